package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.OfficerRole;

/**
 * The administrator's page of the signing certificate registry (issue 17 item 4; Nghị định 68/2024/NĐ-CP on trusted
 * services, Nghị định 30/2020/NĐ-CP Phụ lục I on the signature images): every certificate of the agency with its
 * subject, issuer, serial, validity (expired ones flagged), device and who may use it; registering one read from a
 * configured device; revoking one (audited by {@link SigningCertificates#revoke}); uploading an officer's signature
 * image or the agency's seal (PNG, at most {@link #MAX_IMAGE_BYTES}); and the signatures waiting for a remote
 * signer's approval on the phone. The installation's administrator sees every agency; a commune's administrator their
 * own only (another agency is "not found").
 */
@Controller
@RequestMapping("/admin/signing-certificates")
class SigningCertificateAdminController {

	/** The largest signature or seal image accepted: a 38 mm seal at 300 dpi is about 450 px square, far below. */
	static final long MAX_IMAGE_BYTES = 1024 * 1024;

	private final SigningCertificates certificates;

	private final DocumentSigning signing;

	private final PdfSigner signer;

	private final MessageSource messages;

	private final Clock clock;

	SigningCertificateAdminController(SigningCertificates certificates, DocumentSigning signing, PdfSigner signer,
			MessageSource messages, Clock clock) {
		this.certificates = certificates;
		this.signing = signing;
		this.signer = signer;
		this.messages = messages;
		this.clock = clock;
	}

	/** One row of the registry table: the entry and its state now (valid, expired, not yet valid, revoked). */
	record Row(SigningCertificates.Entry entry, String state) {
	}

	@GetMapping
	String page(@RequestParam(required = false) String agency, Authentication authentication, Model model) {
		String chosen = agency == null || agency.isBlank() ? defaultAgency(authentication) : agency;
		OffsetDateTime now = OffsetDateTime.now(clock);
		model.addAttribute("installationAdmin", AgencyAccess.isInstallationAdmin(authentication));
		if (chosen == null) {
			model.addAttribute("rows", certificates.all().stream().map(e -> row(e, now)).toList());
			model.addAttribute("caStatuses", certificates.caStatuses(null));
			return "documents/signing-certificates";
		}
		administered(chosen, authentication);
		List<SigningCertificates.Entry> entries = certificates.of(chosen);
		Set<String> holders = new LinkedHashSet<>();
		entries.stream().filter(e -> !e.organisational()).forEach(e -> holders.add(e.holder()));
		model.addAttribute("agency", chosen);
		model.addAttribute("rows", entries.stream().map(e -> row(e, now)).toList());
		model.addAttribute("holders", holders);
		model.addAttribute("caStatuses", certificates.caStatuses(chosen));
		model.addAttribute("devices", CertificateRegistrationFormData.Device.values());
		model.addAttribute("configuredKey", signer.isConfigured());
		model.addAttribute("remoteSigning", signer.remoteSettings() != null && signer.remoteSettings().configured());
		model.addAttribute("sealUploaded", certificates.image(chosen, null).isPresent());
		model.addAttribute("pending", signing.pending(chosen).stream().filter(p -> "PENDING".equals(p.status())).toList());
		return "documents/signing-certificates";
	}

	@PostMapping
	String register(@RequestParam String agency, @Valid @ModelAttribute CertificateRegistrationFormData form,
			BindingResult input, Authentication authentication, RedirectAttributes redirect) {
		administered(agency, authentication);
		if (input.hasErrors()) {
			return failed(redirect, agency, FormErrors.first(input, messages, "form.unreadable"));
		}
		if (form.needsKeyRef() && (form.keyRef() == null || form.keyRef().isBlank())) {
			return failed(redirect, agency, text("certificates.error.keyRef"));
		}
		SignatureDevice.Kind kind = switch (form.device()) {
			case CONFIGURED -> signer.configuredKind();
			case PKCS12 -> SignatureDevice.Kind.PKCS12;
			case PKCS11 -> SignatureDevice.Kind.PKCS11;
			case REMOTE -> SignatureDevice.Kind.REMOTE;
		};
		String keyRef = form.needsKeyRef() ? form.keyRef().strip() : SigningCertificates.CONFIGURED;
		try {
			SigningCertificates.Entry entry = certificates.register(agency, form.holder(), form.holderName().strip(),
					kind, keyRef, form.pin() == null ? null : form.pin().toCharArray(), authentication.getName());
			if (form.users() != null && !form.users().isBlank()) {
				certificates.allow(entry.id(), Set.copyOf(Arrays.asList(form.users().strip().split("\\s+"))),
						authentication.getName());
			}
		}
		catch (DocumentRefusedException e) {
			return failed(redirect, agency, e.getMessage());
		}
		catch (NumberFormatException e) {
			// a PKCS#11 slot that is not a number ("library#slot")
			return failed(redirect, agency, text("certificates.error.keyRef"));
		}
		redirect.addFlashAttribute("success", "certificates.registered");
		return back(agency);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, @Valid @ModelAttribute RevocationFormData form, BindingResult input,
			Authentication authentication, RedirectAttributes redirect) {
		SigningCertificates.Entry entry = certificates.find(id).orElseThrow(NotFound::new);
		administered(entry.agencyCode(), authentication);
		if (input.hasErrors()) {
			return failed(redirect, entry.agencyCode(), FormErrors.first(input, messages, "form.unreadable"));
		}
		certificates.revoke(id, form.reason().strip(), authentication.getName());
		redirect.addFlashAttribute("success", "certificates.revoked");
		return back(entry.agencyCode());
	}

	/**
	 * "Kiểm tra với CA": asks the certificate's CA now (OCSP, else CRL) and shows its answer in the row, beside the
	 * administrator's own mark.
	 */
	@PostMapping("/{id}/check-ca")
	String checkWithCa(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
		SigningCertificates.Entry entry = certificates.find(id).orElseThrow(NotFound::new);
		administered(entry.agencyCode(), authentication);
		SigningCertificates.CaStatus status = certificates.checkWithCa(id, authentication.getName());
		redirect.addFlashAttribute("success", "certificates.ca.checked." + status.state());
		return back(entry.agencyCode());
	}

	/** Uploads an officer's signature image ({@code holder} a user name) or, with {@code holder} blank, the seal. */
	@PostMapping("/images")
	String upload(@RequestParam String agency, @RequestParam(required = false) String holder,
			@RequestParam(required = false) MultipartFile image, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		administered(agency, authentication);
		if (image == null || image.isEmpty()) {
			return failed(redirect, agency, text("certificates.error.image-missing"));
		}
		if (image.getSize() > MAX_IMAGE_BYTES) {
			return failed(redirect, agency, text("certificates.error.image-too-large", String.valueOf(MAX_IMAGE_BYTES / 1024)));
		}
		byte[] png;
		try (InputStream in = image.getInputStream()) {
			png = in.readNBytes((int) MAX_IMAGE_BYTES + 1);
		}
		String who = holder == null || holder.isBlank() ? null : holder.strip();
		if (who != null && certificates.of(agency).stream().noneMatch(e -> who.equals(e.holder()))) {
			return failed(redirect, agency, text("certificates.error.holder"));
		}
		try {
			certificates.saveImage(agency, who, png, authentication.getName());
		}
		catch (DocumentRefusedException e) {
			return failed(redirect, agency, e.getMessage());
		}
		redirect.addFlashAttribute("success", who == null ? "certificates.seal.saved" : "certificates.signature.saved");
		return back(agency);
	}

	private Row row(SigningCertificates.Entry entry, OffsetDateTime now) {
		String state = entry.revokedAt() != null ? "REVOKED" : now.isAfter(entry.notAfter()) ? "EXPIRED"
				: now.isBefore(entry.notBefore()) ? "NOT_YET" : "VALID";
		return new Row(entry, state);
	}

	private String failed(RedirectAttributes redirect, String agency, String text) {
		redirect.addFlashAttribute("failureText", text);
		return back(agency);
	}

	private static String back(String agency) {
		return "redirect:/admin/signing-certificates?agency=" + agency;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	/** The commune administrator's (first) agency; null for the installation's administrator (all agencies). */
	private static String defaultAgency(Authentication authentication) {
		if (AgencyAccess.isInstallationAdmin(authentication)) {
			return null;
		}
		return AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR).stream().sorted().findFirst()
			.orElseThrow(NotFound::new);
	}

	private static void administered(String agency, Authentication authentication) {
		boolean may = AgencyAccess.isInstallationAdmin(authentication)
				|| AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR).contains(agency);
		if (!may) {
			throw new NotFound();
		}
	}

	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class NotFound extends RuntimeException {
	}
}
