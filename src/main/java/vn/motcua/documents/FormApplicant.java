package vn.motcua.documents;

import java.util.Objects;

/** A person or organisation as printed on a form: name, identification number (số định danh), address, phone, e-mail. */
public record FormApplicant(String name, String idNumber, String address, String phone, String email) {

	public FormApplicant {
		Objects.requireNonNull(name, "name");
	}
}
