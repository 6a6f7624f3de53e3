package vn.motcua.documents;

/** One thing the applicant must supplement or complete (Mẫu 02), and why. */
public record MissingItem(String item, String reason) {
}
