package vn.motcua.catalogue;

/** A fee (phí) or a charge (lệ phí) a procedure prescribes, in VND; 0 means free where the law says so. */
public record Fee(Kind kind, String description, long amountVnd) {

	public Fee {
		if (amountVnd < 0) {
			throw new IllegalArgumentException("a fee cannot be negative: " + amountVnd);
		}
	}

	/** Phí (payment for a service) or lệ phí (a state charge). */
	public enum Kind {
		/** Phí. */
		FEE,
		/** Lệ phí. */
		CHARGE
	}
}
