package vn.motcua.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.MessageChannel;

/**
 * Between the counter's form and the dossier module: the post turned into an {@link IntakeRequest} with what the
 * catalogue says of each document (a shown-only paper never carries a scan), Mẫu 02's list prefilled from the
 * documents not handed, and a problem of the intake mapped back to the form field it belongs to.
 */
final class CounterFormMapping {

	private CounterFormMapping() {
	}

	/** The version's required documents by position: what the page prints next to each posted line. */
	static Map<Integer, RequiredDocument> requirements(ProcedureVersion version) {
		return version.requiredDocuments().stream()
			.collect(Collectors.toMap(RequiredDocument::position, Function.identity()));
	}

	static IntakeRequest request(CounterFormData f, ProcedureVersion version) {
		Map<Integer, RequiredDocument> required = requirements(version);
		List<IntakeRequest.HandedDocument> handed = new ArrayList<>();
		Set<Integer> cases = new HashSet<>();
		for (CounterFormData.Line line : f.documents()) {
			RequiredDocument document = required.get(line.position());
			if (document == null) {
				continue;
			}
			if (line.caseApplies()) {
				cases.add(line.position());
			}
			if (line.handed() && !document.shownOnly()) {
				handed.add(new IntakeRequest.HandedDocument(line.position(), line.original(), line.copies(), null,
						uuid(line.scanId()).orElse(null)));
			}
		}
		Applicant.Representative representative = f.represented()
				? new Applicant.Representative(strip(f.representativeName()), strip(f.representativeIdNumber()),
						strip(f.representativePhone()), strip(f.authorisationPaper()), f.representativeBasis())
				: null;
		var applicant = new Applicant(f.identifier(), strip(f.applicantName()), strip(f.idNumber()), strip(f.phone()),
				strip(f.address()), strip(f.email()), strip(f.legalRepresentative()), representative);
		return new IntakeRequest(uuid(f.token()).orElse(null), f.agencyCode(), f.procedureCode(), f.channel(),
				f.assisted(), applicant, handed, cases, new HashSet<>(f.feeConditions()), messageChannels(f));
	}

	/**
	 * The channels ticked, or null (the default: SMS when the phone is a mobile number) when only SMS is, as the form
	 * comes: an officer who leaves it as it is chose nothing, and a landline number is no error.
	 */
	static Set<MessageChannel> messageChannels(CounterFormData f) {
		Set<MessageChannel> ticked = EnumSet.noneOf(MessageChannel.class);
		ticked.addAll(f.messageChannels());
		return ticked.equals(Set.of(MessageChannel.SMS)) ? null : ticked;
	}

	/** The required lines not handed: what Mẫu 02 asks for, unless the officer wrote it. */
	static List<String> unticked(CounterFormData form, ProcedureVersion version) {
		Map<Integer, RequiredDocument> required = requirements(version);
		return form.documents().stream().filter(l -> {
			RequiredDocument d = required.get(l.position());
			return d != null && (d.mandatory() || d.conditional() && l.caseApplies()) && !d.shownOnly() && !l.handed();
		}).map(l -> "- " + required.get(l.position()).name()).toList();
	}

	/** The form with Mẫu 02's list filled from the lines not handed, when the officer left it blank. */
	static CounterFormData prefillMissing(CounterFormData form, ProcedureVersion version) {
		return blank(form.missing()) ? form.withMissing(String.join("\n", unticked(form, version))) : form;
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
					for (int i = 0; i < form.documents().size(); i++) {
						if (form.documents().get(i).position() == position) {
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
