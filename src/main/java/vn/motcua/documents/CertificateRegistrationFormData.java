package vn.motcua.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A certificate to register as posted on the registry page ({@link SigningCertificateAdminController}): whose it is
 * (an officer's user name; blank: the agency's organisational certificate), the name shown, the device that holds the
 * key (the configured key {@code MOTCUA_SIGNING_*}, a PKCS#12 file, a PKCS#11 token or a remote signer) and where
 * ({@code keyRef}: the .p12 path, {@code library#slot}, the remote signer id), the PIN that opens a local device once
 * to read its certificate (never kept), and the other users allowed to sign with it (space-separated).
 */
record CertificateRegistrationFormData(
		@Size(max = 40, message = "{certificates.error.holder}") @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{certificates.error.holder}") String holder,
		@NotBlank(message = "{certificates.error.holderName}") @Size(max = 200, message = "{certificates.error.holderName}") String holderName,
		@NotNull(message = "{form.unreadable}") Device device,
		@Size(max = 500, message = "{certificates.error.keyRef}") String keyRef,
		@Size(max = 100, message = "{form.unreadable}") String pin,
		@Size(max = 500, message = "{certificates.error.users}") @Pattern(regexp = "[A-Za-z0-9._ -]*", message = "{certificates.error.users}") String users) {

	/** Where the key is: the configured key, or one of the device kinds with a reference. */
	enum Device {
		CONFIGURED, PKCS12, PKCS11, REMOTE
	}

	/** Whether the device needs a reference (all but the configured key). */
	boolean needsKeyRef() {
		return device != Device.CONFIGURED;
	}
}
