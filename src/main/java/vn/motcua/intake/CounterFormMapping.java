package vn.motcua.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.shared.SubmissionChannel;

/**
 * Between the counter's form and the dossier module: the catalogue's names and requirements put on the posted lines,
 * the post turned into an {@link IntakeRequest}, and a problem of the intake mapped back to the form field it belongs
 * to.
 */
final class CounterFormMapping {

	private CounterFormMapping() {
	}

	/** Names, requirements and cases come from the catalogue, never from the posted form. */
	static void describe(CounterFormData form, ProcedureVersion version) {
		for (CounterFormData.Line line : form.getDocuments()) {
			version.requiredDocuments().stream().filter(r -> r.position() == line.getPosition()).findFirst()
				.ifPresent(r -> {
					line.setName(r.name());
					line.setMandatory(r.mandatory());
					line.setShownOnly(r.shownOnly());
					line.setCondition(r.conditional() ? r.condition() : null);
					if (r.shownOnly()) {
						line.setScan(null);
						line.setScanId(null);
						line.setScanName(null);
					}
				});
		}
	}

	static IntakeRequest request(CounterFormData f) {
		List<IntakeRequest.HandedDocument> handed = new ArrayList<>();
		Set<Integer> cases = new HashSet<>();
		for (CounterFormData.Line line : f.getDocuments()) {
			if (line.isCaseApplies()) {
				cases.add(line.getPosition());
			}
			if (line.isHanded() && !line.isShownOnly()) {
				handed.add(new IntakeRequest.HandedDocument(line.getPosition(), line.isOriginal(), Math.max(1, line.getCopies()),
						null, uuid(line.getScanId()).orElse(null)));
			}
		}
		Applicant.Representative representative = f.isRepresented()
				? new Applicant.Representative(strip(f.getRepresentativeName()), strip(f.getRepresentativeIdNumber()),
						strip(f.getRepresentativePhone()), strip(f.getAuthorisationPaper()), f.getRepresentativeBasis())
				: null;
		var applicant = new Applicant(f.getIdentifier(), strip(f.getApplicantName()), strip(f.getIdNumber()),
				strip(f.getPhone()), strip(f.getAddress()), strip(f.getEmail()), strip(f.getLegalRepresentative()),
				representative);
		return new IntakeRequest(uuid(f.getToken()).orElse(null), f.getAgencyCode(), f.getProcedureCode(),
				f.getChannel() == null ? SubmissionChannel.DIRECT : f.getChannel(), f.isAssisted(), applicant, handed, cases,
				new HashSet<>(f.getFeeConditions()), messageChannels(f));
	}

	/**
	 * The channels ticked, or null (the default: SMS when the phone is a mobile number) when only SMS is, as the form
	 * comes: an officer who leaves it as it is chose nothing, and a landline number is no error.
	 */
	static java.util.Set<vn.motcua.dossier.MessageChannel> messageChannels(CounterFormData f) {
		java.util.Set<vn.motcua.dossier.MessageChannel> ticked = java.util.EnumSet.noneOf(vn.motcua.dossier.MessageChannel.class);
		ticked.addAll(f.getMessageChannels());
		return ticked.equals(java.util.Set.of(vn.motcua.dossier.MessageChannel.SMS)) ? null : ticked;
	}

	/** The required lines not ticked: what Mẫu 02 asks for, unless the officer wrote it. */
	static List<String> unticked(CounterFormData form) {
		return form.getDocuments().stream().filter(l -> (l.isMandatory() || l.isCaseApplies() && l.getCondition() != null)
				&& !l.isShownOnly() && !l.isHanded()).map(l -> "- " + l.getName())
			.toList();
	}

	/** Fills Mẫu 02's list from the unticked lines when the officer left it blank. */
	static void prefillMissing(CounterFormData form) {
		if (blank(form.getMissing())) {
			form.setMissing(String.join("\n", unticked(form)));
		}
	}

	/** The form field a problem of the intake belongs to. */
	static String field(String problemField, CounterFormData form, String action) {
		switch (problemField) {
			case "applicant.name": return "applicantName";
			case "applicant.idNumber": return "idNumber";
			case "applicant.phone": return "phone";
			case "applicant.email": return "email";
			case "applicant.legalRepresentative": return "legalRepresentative";
			case "representative.name": return "representativeName";
			case "representative.idNumber": return "representativeIdNumber";
			case "representative.authorisationPaper": return "authorisationPaper";
			case "reason": return "incomplete".equals(action) ? "missing" : "reason";
			case "channel": return "channel";
			default:
				if (problemField.startsWith("documents[")) {
					int position = Integer.parseInt(problemField.substring(10, problemField.length() - 1));
					for (int i = 0; i < form.getDocuments().size(); i++) {
						if (form.getDocuments().get(i).getPosition() == position) {
							return "documents[" + i + "].handed";
						}
					}
				}
				return "procedureCode";
		}
	}

	static Optional<UUID> uuid(String text) {
		try {
			return blank(text) ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return blank(text) ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}
}
