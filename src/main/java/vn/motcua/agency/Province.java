package vn.motcua.agency;

/** A province-level unit (tỉnh, thành phố trực thuộc trung ương) with its official 2-digit code. */
public record Province(String code, String name, int communes, int activeCommunes) {
}
