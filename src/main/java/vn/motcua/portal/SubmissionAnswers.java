package vn.motcua.portal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.CitizenIdNumber;
import vn.motcua.shared.PassportNumber;
import vn.motcua.shared.PhoneNumber;

/**
 * The answers of the "who" pages of an online submission put into the draft and checked: the applicant (a citizen by
 * their ID number, a foreigner by passport, an organisation by tax code with its legal representative) and the authorised representative. Each returns the problems by field (message keys), empty when none.
 */
final class SubmissionAnswers {

	private SubmissionAnswers() {
	}

	/**
	 * The applicant's page: who applies, their contacts, and how they want to be told of the dossier's steps
	 * ({@code channels}, the boxes ticked; SMS and Zalo need a mobile number, e-mail an address: issue 16 item 4).
	 */
	static Map<String, String> applicant(SubmissionDraft draft, Map<String, String> form, List<String> channels) {
		Applicant.Identifier identifier = identifier(form.get("applicantIdentifier"));
		draft.applicantIdentifier = identifier.name();
		draft.applicantName = trim(form.get("applicantName"));
		draft.applicantIdNumber = identifier == Applicant.Identifier.PASSPORT
				? PassportNumber.normalise(trim(form.get("applicantIdNumber"))) : trim(form.get("applicantIdNumber"));
		draft.legalRepresentative = identifier == Applicant.Identifier.TAX_CODE ? trim(form.get("legalRepresentative"))
				: null;
		draft.applicantPhone = trim(form.get("applicantPhone"));
		draft.applicantAddress = trim(form.get("applicantAddress"));
		draft.applicantEmail = trim(form.get("applicantEmail"));
		Map<String, String> errors = new LinkedHashMap<>();
		require(errors, "applicantName", draft.applicantName, "portal.submit.error.name");
		if (!identifier.accepts(draft.applicantIdNumber)) {
			errors.put("applicantIdNumber", switch (identifier) {
				case CITIZEN_ID -> "portal.submit.error.idNumber";
				case PASSPORT -> "portal.submit.error.passport";
				case TAX_CODE -> "portal.submit.error.taxCode";
			});
		}
		if (identifier == Applicant.Identifier.TAX_CODE) {
			require(errors, "legalRepresentative", draft.legalRepresentative, "portal.submit.error.legalRepresentative");
		}
		if (!PhoneNumber.isValid(draft.applicantPhone)) {
			errors.put("applicantPhone", "portal.submit.error.phone");
		}
		if (draft.applicantEmail != null && !draft.applicantEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("applicantEmail", "portal.submit.error.email");
		}
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		for (String name : channels == null ? List.<String>of() : channels) {
			Arrays.stream(MessageChannel.values()).filter(c -> c.name().equals(name)).forEach(chosen::add);
		}
		draft.messageChannels = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
		if (chosen.stream().anyMatch(MessageChannel::byPhone) && !PhoneNumber.isMobile(draft.applicantPhone)) {
			errors.put("messageChannels", "portal.submit.error.mobileForMessages");
		}
		else if (chosen.contains(MessageChannel.EMAIL) && draft.applicantEmail == null) {
			errors.put("messageChannels", "portal.submit.error.emailForMessages");
		}
		return errors;
	}

	static Map<String, String> representativeDetails(SubmissionDraft draft, Map<String, String> form) {
		draft.representativeName = trim(form.get("representativeName"));
		draft.representativeIdNumber = trim(form.get("representativeIdNumber"));
		draft.representativePhone = trim(form.get("representativePhone"));
		draft.authorisationPaper = trim(form.get("authorisationPaper"));
		Map<String, String> errors = new LinkedHashMap<>();
		require(errors, "representativeName", draft.representativeName, "portal.submit.error.representativeName");
		if (draft.representativeIdNumber != null && !CitizenIdNumber.isValid(draft.representativeIdNumber)) {
			errors.put("representativeIdNumber", "portal.submit.error.idNumber");
		}
		require(errors, "authorisationPaper", draft.authorisationPaper, "portal.submit.error.authorisation");
		return errors;
	}

	/** The kind of applicant chosen on the form; a citizen with an ID when nothing (or something unknown) is sent. */
	static Applicant.Identifier identifier(String value) {
		for (Applicant.Identifier identifier : Applicant.Identifier.values()) {
			if (identifier.name().equals(value)) {
				return identifier;
			}
		}
		return Applicant.Identifier.CITIZEN_ID;
	}

	static void require(Map<String, String> errors, String field, String value, String key) {
		if (value == null) {
			errors.put(field, key);
		}
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
