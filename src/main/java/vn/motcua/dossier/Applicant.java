package vn.motcua.dossier;

/**
 * The person or organisation a dossier is for (chủ hồ sơ: “Ông (Bà)/Tổ chức”, TT 03/2025/TT-VPCP Mẫu 01), and, when
 * someone else submits it, the representative ({@link Representative}).
 * <p>
 * Who may apply (Nghị định 118/2025/NĐ-CP Art. 15; one-stop rules “Receiving”): a citizen with the 12-digit personal
 * identification number, a foreigner with a passport (a {@link Kind#CITIZEN} identified by {@link Identifier#PASSPORT}),
 * or an organisation with its tax/enterprise code, its name and its legal representative
 * ({@code legalRepresentative}, người đại diện theo pháp luật, Bộ luật Dân sự 2015 Art. 137). The kind is what the
 * national sync sends as {@code LoaiDoiTuong} ({@link Kind#nationalCode()}).
 */
public record Applicant(Identifier identifier, String name, String idNumber, String phone, String address, String email,
		String legalRepresentative, Representative representative) {

	public Applicant {
		identifier = identifier == null ? Identifier.CITIZEN_ID : identifier;
		if (identifier == Identifier.PASSPORT) {
			idNumber = vn.motcua.shared.PassportNumber.normalise(idNumber);
		}
		if (identifier != Identifier.TAX_CODE) {
			legalRepresentative = null;
		}
	}

	/** A citizen identified by the 12-digit personal identification number. */
	public Applicant(String name, String idNumber, String phone, String address, String email,
			Representative representative) {
		this(Identifier.CITIZEN_ID, name, idNumber, phone, address, email, null, representative);
	}

	/** Citizen or organisation: {@code LoaiDoiTuong} of the national sync (dvcqg.md, {@code DongBoHoSoMC}). */
	public enum Kind {

		CITIZEN("1"), ORGANISATION("2");

		private final String nationalCode;

		Kind(String nationalCode) {
			this.nationalCode = nationalCode;
		}

		/** The {@code LoaiDoiTuong} value: "1" citizen, "2" organisation. */
		public String nationalCode() {
			return nationalCode;
		}
	}

	/** The number the applicant is identified by (số định danh cá nhân/tổ chức). */
	public enum Identifier {

		/** The 12-digit personal identification number of a Vietnamese citizen (căn cước). */
		CITIZEN_ID(Kind.CITIZEN),
		/** A foreigner's passport number. */
		PASSPORT(Kind.CITIZEN),
		/** An organisation's tax code, which is its enterprise code (mã số thuế / mã số doanh nghiệp). */
		TAX_CODE(Kind.ORGANISATION);

		private final Kind kind;

		Identifier(Kind kind) {
			this.kind = kind;
		}

		public Kind kind() {
			return kind;
		}

		/** Whether {@code number} is well formed for this identifier (12-digit ID, passport, tax code with its check digit). */
		public boolean accepts(String number) {
			return switch (this) {
				case CITIZEN_ID -> vn.motcua.shared.CitizenIdNumber.isValid(number);
				case PASSPORT -> vn.motcua.shared.PassportNumber.isValid(number);
				case TAX_CODE -> vn.motcua.shared.TaxCode.isValid(number);
			};
		}
	}

	public Kind kind() {
		return identifier.kind();
	}

	public boolean organisation() {
		return kind() == Kind.ORGANISATION;
	}

	/**
	 * The person who submits for the applicant: by a written authorisation (giấy ủy quyền, Bộ luật Dân sự 2015 Art.
	 * 138, 562), or by law (đại diện theo pháp luật: a parent for a minor child, a guardian, Art. 136), who needs no
	 * authorisation paper but whose relation is checked against the papers shown. {@code authorisationPaper} is the
	 * paper's number and date (or, by law, the relation).
	 */
	public record Representative(String name, String idNumber, String phone, String authorisationPaper, Basis basis) {

		public Representative {
			basis = basis == null ? Basis.AUTHORISATION : basis;
		}

		public Representative(String name, String idNumber, String phone, String authorisationPaper) {
			this(name, idNumber, phone, authorisationPaper, Basis.AUTHORISATION);
		}

		/** On what ground the representative acts. */
		public enum Basis {
			/** A written authorisation, required as a paper of the dossier. */
			AUTHORISATION,
			/** A representative by law (parent of a minor, guardian): no authorisation paper. */
			LAW
		}
	}

	/** The name as shown on public pages: a person's given name in full, the rest reduced to initials (“N. V. An”); an organisation's name in full. */
	public String maskedName() {
		if (organisation()) {
			return name.trim();
		}
		String[] words = name.trim().split("\\s+");
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < words.length - 1; i++) {
			masked.append(words[i].charAt(0)).append(". ");
		}
		return masked.append(words[words.length - 1]).toString();
	}
}
