package vn.motcua.agency;

/** A commune-level administrative unit (xã, phường, đặc khu) with its official 5-digit code. */
public record Agency(String code, String name, Kind kind, String provinceCode, String provinceName, boolean active) {

	public enum Kind {
		COMMUNE, WARD, SPECIAL_ZONE
	}
}
