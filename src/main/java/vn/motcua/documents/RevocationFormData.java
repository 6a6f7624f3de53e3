package vn.motcua.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason a certificate is revoked (lost token, officer left), as posted on the registry page. */
record RevocationFormData(
		@NotBlank(message = "{certificates.error.reason}") @Size(max = 300, message = "{certificates.error.reason}") String reason) {
}
