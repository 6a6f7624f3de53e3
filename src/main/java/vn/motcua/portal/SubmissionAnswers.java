package vn.motcua.portal;

import java.util.Arrays;
import java.util.EnumSet;
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
 * their ID number, a foreigner by passport, an organisation by tax code with its legal representative) and the
 * authorised representative, with the rules the intake applies; each adds its problems by field (message keys) to
 * the form's own ({@link SubmissionFormData}).
 */
final class SubmissionAnswers {

	private SubmissionAnswers() {
	}

	/**
	 * The applicant's page: who applies, their contacts, and how they want to be told of the dossier's steps
	 * ({@code messageChannels}, the boxes ticked; SMS and Zalo need a mobile number, e-mail an address: issue 16 item
	 * 4). The answers go into the draft; {@code problems} (the form's own, by field) gets the law's.
	 */
	static void applicant(SubmissionDraft draft, SubmissionFormData.Applicant form, Map<String, String> problems) {
		Applicant.Identifier identifier = identifier(form.applicantIdentifier());
		draft.applicantIdentifier = identifier.name();
		draft.applicantName = trim(form.applicantName());
		draft.applicantIdNumber = identifier == Applicant.Identifier.PASSPORT
				? PassportNumber.normalise(trim(form.applicantIdNumber())) : trim(form.applicantIdNumber());
		draft.legalRepresentative = identifier == Applicant.Identifier.TAX_CODE ? trim(form.legalRepresentative()) : null;
		draft.applicantPhone = trim(form.applicantPhone());
		draft.applicantAddress = trim(form.applicantAddress());
		draft.applicantEmail = trim(form.applicantEmail());
		if (!identifier.accepts(draft.applicantIdNumber)) {
			problems.putIfAbsent("applicantIdNumber", switch (identifier) {
				case CITIZEN_ID -> "portal.submit.error.idNumber";
				case PASSPORT -> "portal.submit.error.passport";
				case TAX_CODE -> "portal.submit.error.taxCode";
			});
		}
		if (identifier == Applicant.Identifier.TAX_CODE && draft.legalRepresentative == null) {
			problems.putIfAbsent("legalRepresentative", "portal.submit.error.legalRepresentative");
		}
		if (!PhoneNumber.isValid(draft.applicantPhone)) {
			problems.putIfAbsent("applicantPhone", "portal.submit.error.phone");
		}
		Set<MessageChannel> chosen = EnumSet.noneOf(MessageChannel.class);
		for (String name : form.messageChannels() == null ? List.<String>of() : form.messageChannels()) {
			Arrays.stream(MessageChannel.values()).filter(c -> c.name().equals(name)).forEach(chosen::add);
		}
		draft.messageChannels = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
		if (chosen.stream().anyMatch(MessageChannel::byPhone) && !PhoneNumber.isMobile(draft.applicantPhone)) {
			problems.putIfAbsent("messageChannels", "portal.submit.error.mobileForMessages");
		}
		else if (chosen.contains(MessageChannel.EMAIL) && draft.applicantEmail == null) {
			problems.putIfAbsent("messageChannels", "portal.submit.error.emailForMessages");
		}
	}

	/** The authorised representative's page, as {@link #applicant}. */
	static void representativeDetails(SubmissionDraft draft, SubmissionFormData.RepresentativeDetails form,
			Map<String, String> problems) {
		draft.representativeName = trim(form.representativeName());
		draft.representativeIdNumber = trim(form.representativeIdNumber());
		draft.representativePhone = trim(form.representativePhone());
		draft.authorisationPaper = trim(form.authorisationPaper());
		if (draft.representativeIdNumber != null && !CitizenIdNumber.isValid(draft.representativeIdNumber)) {
			problems.putIfAbsent("representativeIdNumber", "portal.submit.error.idNumber");
		}
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

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
