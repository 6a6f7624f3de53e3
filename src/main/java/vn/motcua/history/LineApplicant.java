package vn.motcua.history;

import java.util.List;

import vn.motcua.dossier.Applicant;

/**
 * The applicant of a history line (legal-rules.md §5): a citizen with an ID unless the optional {@code kind} /
 * {@code identifier} say otherwise (an {@code ORGANISATION} is identified by its tax code); numbers are kept as the
 * earlier system gave them (it may hold 9-digit ID cards). Unknown or contradicting values are errors.
 */
final class LineApplicant {

	private final ImportMessages messages;

	LineApplicant(ImportMessages messages) {
		this.messages = messages;
	}

	Applicant read(HistoryLine line, List<String> errors) {
		if (line.applicantName() == null) {
			errors.add(messages.say("imports.error.applicantNameMissing"));
		}
		HistoryLine.Who who = line.who();
		Applicant.Kind kind = Applicant.Kind.CITIZEN;
		if (who.kind() != null) {
			try {
				kind = Applicant.Kind.valueOf(who.kind());
			}
			catch (IllegalArgumentException e) {
				errors.add(messages.say("imports.error.applicantKindUnknown", who.kind()));
			}
		}
		Applicant.Identifier identifier = kind == Applicant.Kind.ORGANISATION ? Applicant.Identifier.TAX_CODE
				: Applicant.Identifier.CITIZEN_ID;
		if (who.identifier() != null) {
			try {
				identifier = Applicant.Identifier.valueOf(who.identifier());
				if (who.kind() != null && identifier.kind() != kind) {
					errors.add(messages.say("imports.error.applicantIdentifierMismatch", who.identifier(), who.kind()));
				}
			}
			catch (IllegalArgumentException e) {
				errors.add(messages.say("imports.error.applicantIdentifierUnknown", who.identifier()));
			}
		}
		return new Applicant(identifier, line.applicantName() == null ? "" : line.applicantName(),
				line.applicantIdNumber(), line.applicantPhone(), line.applicantAddress(), null,
				who.legalRepresentative(), representative(who, errors));
	}

	/** The person who came on the applicant's behalf, if any: a name is needed once anything of them is given. */
	private Applicant.Representative representative(HistoryLine.Who who, List<String> errors) {
		Applicant.Representative.Basis basis = null;
		if (who.representativeBasis() != null) {
			try {
				basis = Applicant.Representative.Basis.valueOf(who.representativeBasis());
			}
			catch (IllegalArgumentException e) {
				errors.add(messages.say("imports.error.representativeBasisUnknown", who.representativeBasis()));
			}
		}
		if (who.representativeName() == null && (who.representativeIdNumber() != null
				|| who.representativePhone() != null || who.authorisationPaper() != null)) {
			errors.add(messages.say("imports.error.representativeNameMissing"));
		}
		return who.representativeName() == null ? null
				: new Applicant.Representative(who.representativeName(), who.representativeIdNumber(),
						who.representativePhone(), who.authorisationPaper(), basis);
	}
}
