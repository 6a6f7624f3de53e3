package vn.motcua.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A citizen's petition as posted from the public form: what it is about, the commune, the title and content, the
 * dossier it concerns (optional), who files it and how to reach them (optional, never shown publicly). Texts as typed,
 * the subject too, so that every post binds and the form shows what was typed; whether the subject is one of the
 * list and the commune one of the installation's is checked by the controller.
 */
record PetitionFilingFormData(
		@NotBlank(message = "{portal.petition.error.subject}") String subject,
		String agencyCode,
		@NotBlank(message = "{portal.petition.error.title}")
		@Size(max = TEXT, message = "{portal.petition.error.tooLong}") String title,
		@NotBlank(message = "{portal.petition.error.content}")
		@Size(max = TEXT, message = "{portal.petition.error.tooLong}") String content,
		@Size(max = 40, message = "{portal.petition.error.tooLong}") String dossierCode,
		@NotBlank(message = "{portal.petition.error.name}")
		@Size(max = TEXT, message = "{portal.petition.error.tooLong}") String petitionerName,
		@Size(max = 200, message = "{portal.petition.error.tooLong}") String petitionerContact) {

	/** The longest text a citizen may type. */
	static final int TEXT = 5000;

	static PetitionFilingFormData about(String dossierCode) {
		return new PetitionFilingFormData(null, null, null, null, dossierCode == null ? "" : dossierCode, null, null);
	}

	/** What was typed, by field name, as the page shows it back. */
	Map<String, String> typed() {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("subject", subject);
		typed.put("agencyCode", agencyCode);
		typed.put("title", title);
		typed.put("content", content);
		typed.put("dossierCode", dossierCode);
		typed.put("petitionerName", petitionerName);
		typed.put("petitionerContact", petitionerContact);
		return typed;
	}
}
