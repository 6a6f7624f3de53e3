package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.Applicant.Identifier;
import vn.motcua.dossier.Applicant.Representative;
import vn.motcua.dossier.IntakeRefused.Problem;
import vn.motcua.shared.CitizenIdNumber;
import vn.motcua.shared.PhoneNumber;

/**
 * The checks of who applies, at the counter and when an online submission is sent (Nghị định 118/2025/NĐ-CP Art. 15;
 * TT 03/2025/TT-VPCP Mẫu 01 “Số định danh cá nhân/tổ chức” and the representative's details): the identifier fits
 * its kind ({@link Applicant.Identifier#accepts}: {@link CitizenIdNumber}, {@link vn.motcua.shared.PassportNumber},
 * {@link vn.motcua.shared.TaxCode}), an organisation names its legal
 * representative, and a person submitting for another gives their own 12-digit ID and, unless they act by law
 * (Bộ luật Dân sự 2015 Art. 136: a parent for a minor child, a guardian), the authorisation paper (Art. 138).
 */
final class ApplicantCheck {

	private ApplicantCheck() {
	}

	/** The problems of the applicant; {@code complete} adds what only acceptance needs (the identifiers). */
	static List<Problem> problems(Applicant applicant, boolean complete) {
		List<Problem> problems = new ArrayList<>();
		if (applicant == null || blank(applicant.name())) {
			problems.add(new Problem("applicant.name", applicant != null && applicant.organisation()
					? "dossier.intake.organisationNameRequired" : "dossier.intake.nameRequired"));
		}
		if (applicant == null) {
			return problems;
		}
		Identifier identifier = applicant.identifier();
		if (!blank(applicant.idNumber()) && !identifier.accepts(applicant.idNumber())) {
			problems.add(new Problem("applicant.idNumber", switch (identifier) {
				case CITIZEN_ID -> "dossier.intake.idNumberInvalid";
				case PASSPORT -> "dossier.intake.passportInvalid";
				case TAX_CODE -> "dossier.intake.taxCodeInvalid";
			}));
		}
		if (complete && blank(applicant.idNumber())) {
			problems.add(new Problem("applicant.idNumber", switch (identifier) {
				case CITIZEN_ID -> "dossier.intake.idNumberRequired";
				case PASSPORT -> "dossier.intake.passportRequired";
				case TAX_CODE -> "dossier.intake.taxCodeRequired";
			}));
		}
		if (applicant.organisation() && blank(applicant.legalRepresentative())) {
			problems.add(new Problem("applicant.legalRepresentative", "dossier.intake.legalRepresentativeRequired"));
		}
		if (!blank(applicant.phone()) && !PhoneNumber.isValid(applicant.phone())) {
			problems.add(new Problem("applicant.phone", "dossier.intake.phoneInvalid"));
		}
		if (!blank(applicant.email()) && !EMAIL.matcher(applicant.email().strip()).matches()) {
			problems.add(new Problem("applicant.email", "dossier.intake.emailInvalid"));
		}
		Representative representative = applicant.representative();
		if (representative != null) {
			if (blank(representative.name())) {
				problems.add(new Problem("representative.name", "dossier.intake.representativeNameRequired"));
			}
			if (!blank(representative.idNumber()) && !CitizenIdNumber.isValid(representative.idNumber())) {
				problems.add(new Problem("representative.idNumber", "dossier.intake.idNumberInvalid"));
			}
			if (complete && blank(representative.idNumber())) {
				problems.add(new Problem("representative.idNumber", "dossier.intake.representativeIdRequired"));
			}
			if (representative.basis() == Representative.Basis.AUTHORISATION && blank(representative.authorisationPaper())) {
				problems.add(new Problem("representative.authorisationPaper", "dossier.intake.authorisationRequired"));
			}
		}
		return problems;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** A plausible e-mail address: one {@code @}, a dotted domain, no spaces, at most 254 characters (RFC 5321). */
	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("(?=.{3,254}$)[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	/**
	 * The applicant's choice of messages (issue 16 item 4) against the contacts they gave: SMS and Zalo need a mobile
	 * number, e-mail an address.
	 */
	static boolean mobile(String phone) {
		return PhoneNumber.isMobile(phone);
	}

	static List<Problem> channelProblems(Applicant applicant, java.util.Set<MessageChannel> channels) {
		List<Problem> problems = new java.util.ArrayList<>();
		boolean byPhone = channels.stream().anyMatch(MessageChannel::byPhone);
		if (byPhone && !mobile(applicant.phone())) {
			problems.add(new Problem("applicant.phone", "dossier.intake.mobileRequired"));
		}
		if (channels.contains(MessageChannel.EMAIL) && blank(applicant.email())) {
			problems.add(new Problem("applicant.email", "dossier.intake.emailRequired"));
		}
		return problems;
	}
}
