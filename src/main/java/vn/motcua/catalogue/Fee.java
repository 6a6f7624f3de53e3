package vn.motcua.catalogue;

/**
 * A fee (phí) or a charge (lệ phí) a procedure prescribes, in VND; 0 means free where the law says so. A charge whose
 * amount the provincial People's Council sets (e.g. lệ phí hộ tịch: Luật Phí và lệ phí 97/2015/QH13 Điều 21 khoản 2,
 * Thông tư 85/2019/TT-BTC Điều 5) and which the catalogue does not know yet is {@code toBeSet}: shown as “do tỉnh quy
 * định”, never as a false 0.
 */
public record Fee(Kind kind, String description, long amountVnd, boolean toBeSet) {

	public Fee {
		if (amountVnd < 0) {
			throw new IllegalArgumentException("a fee cannot be negative: " + amountVnd);
		}
		if (toBeSet && amountVnd != 0) {
			throw new IllegalArgumentException("a fee to be set by the province has no amount yet: " + amountVnd);
		}
	}

	public Fee(Kind kind, String description, long amountVnd) {
		this(kind, description, amountVnd, false);
	}

	/** Phí (payment for a service) or lệ phí (a state charge). */
	public enum Kind {
		/** Phí. */
		FEE,
		/** Lệ phí. */
		CHARGE
	}
}
