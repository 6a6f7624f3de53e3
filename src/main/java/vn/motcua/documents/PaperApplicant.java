package vn.motcua.documents;

import java.util.Objects;

/**
 * A person or organisation as printed on a form: name, identification number (số định danh cá nhân/tổ chức: a
 * citizen's ID, a foreigner's passport, an organisation's tax code), address, phone, e-mail, and for an organisation
 * its legal representative (người đại diện theo pháp luật; TT 03/2025/TT-VPCP Mẫu 01 “Ông (Bà)/Tổ chức”).
 */
public record PaperApplicant(String name, String idNumber, String address, String phone, String email,
		String legalRepresentative) {

	public PaperApplicant {
		Objects.requireNonNull(name, "name");
	}

	public PaperApplicant(String name, String idNumber, String address, String phone, String email) {
		this(name, idNumber, address, phone, email, null);
	}
}
