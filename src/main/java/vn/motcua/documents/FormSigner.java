package vn.motcua.documents;

/**
 * Who signs a form on behalf of the agency: {@code authority} (e.g. “KT. CHỦ TỊCH”, may be null), {@code position}
 * (“PHÓ CHỦ TỊCH”, “GIÁM ĐỐC”) and name.
 */
public record FormSigner(String authority, String position, String name) {
}
