package vn.motcua.intake;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.SubmissionChannel;

/**
 * The counter's one intake form, as posted: the applicant, the representative, the documents ticked with their scans
 * (kept by id once uploaded, so a corrected post does not ask for them again), the cases ticked for conditional
 * documents, the conditions ticked for conditional fee exemptions, the channel, the applicant's choice of messages,
 * and the texts of Mẫu 02/03. What a document is (its name, mandatory, conditional or shown only) comes from the
 * catalogue, never from the post ({@link CounterFormMapping}). Bean Validation bounds what can be read from the post
 * itself (lengths, the number of copies); what the law asks of an applicant and a dossier stays the intake's refusal
 * ({@code IntakeRefused}), shown on the field it names. A checkbox not ticked is not posted: a {@code Boolean}, false
 * when absent.
 */
record CounterFormData(
		String token,
		String agencyCode,
		@NotBlank(message = "{dossier.counter.procedureNotInForce}") String procedureCode,
		Applicant.Identifier identifier,
		@Size(max = 200, message = "{dossier.form.textTooLong}") String applicantName,
		@Size(max = 200, message = "{dossier.form.textTooLong}") String legalRepresentative,
		Applicant.Representative.Basis representativeBasis,
		@Size(max = 40, message = "{dossier.form.textTooLong}") String idNumber,
		@Size(max = 30, message = "{dossier.form.textTooLong}") String phone,
		@Size(max = 300, message = "{dossier.form.textTooLong}") String address,
		@Size(max = 200, message = "{dossier.form.textTooLong}") String email,
		Boolean represented,
		@Size(max = 200, message = "{dossier.form.textTooLong}") String representativeName,
		@Size(max = 40, message = "{dossier.form.textTooLong}") String representativeIdNumber,
		@Size(max = 30, message = "{dossier.form.textTooLong}") String representativePhone,
		@Size(max = 300, message = "{dossier.form.textTooLong}") String authorisationPaper,
		SubmissionChannel channel,
		Boolean assisted,
		@Size(max = TEXT, message = "{dossier.form.textTooLong}") String missing,
		@Size(max = TEXT, message = "{dossier.form.textTooLong}") String reason,
		List<@Valid Line> documents,
		List<Integer> feeConditions,
		List<MessageChannel> messageChannels) {

	/** The longest list of missing papers or reason an officer may type (a page of text). */
	static final int TEXT = 2000;

	CounterFormData {
		identifier = identifier == null ? Applicant.Identifier.CITIZEN_ID : identifier;
		representativeBasis = representativeBasis == null ? Applicant.Representative.Basis.AUTHORISATION
				: representativeBasis;
		represented = Boolean.TRUE.equals(represented);
		channel = channel == null ? SubmissionChannel.DIRECT : channel;
		assisted = Boolean.TRUE.equals(assisted);
		documents = documents == null ? List.of() : documents.stream().filter(java.util.Objects::nonNull).toList();
		feeConditions = feeConditions == null ? List.of() : List.copyOf(feeConditions);
		messageChannels = messageChannels == null ? List.of() : List.copyOf(messageChannels);
	}

	/**
	 * A required document of the procedure version, as posted: its position in the version's list, the case ticked
	 * (conditional papers), handed or not, original or copy, how many copies, and its scan (a new upload, or the id
	 * of one kept from an earlier post).
	 */
	record Line(Integer position, Boolean caseApplies, Boolean handed, Boolean original,
			@Min(value = 1, message = "{dossier.counter.copiesInvalid}")
			@Max(value = 99, message = "{dossier.counter.copiesInvalid}") Integer copies,
			String scanId, String scanName, MultipartFile scan) {

		Line {
			position = position == null ? 0 : position;
			caseApplies = Boolean.TRUE.equals(caseApplies);
			handed = Boolean.TRUE.equals(handed);
			original = Boolean.TRUE.equals(original);
			copies = copies == null ? 1 : copies;
		}

		static Line of(RequiredDocument required) {
			return new Line(required.position(), false, false, required.original(), Math.max(1, required.copies()),
					null, null, null);
		}

		/** The same line with the scan kept under {@code id} (or none), the upload itself dropped. */
		Line withScan(String id, String name) {
			return new Line(position, caseApplies, handed, original, copies, id, name, null);
		}
	}

	/** A new form for a procedure version at a commune: every required document unticked, with its usual copies. */
	static CounterFormData of(ProcedureVersion version, String agencyCode) {
		List<Line> lines = version.requiredDocuments().stream().map(Line::of).toList();
		return new CounterFormData(UUID.randomUUID().toString(), agencyCode, version.code(), null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, lines, null,
				List.of(MessageChannel.SMS));
	}

	/** The same form with these document lines. */
	CounterFormData withDocuments(List<Line> lines) {
		return new CounterFormData(token, agencyCode, procedureCode, identifier, applicantName, legalRepresentative,
				representativeBasis, idNumber, phone, address, email, represented, representativeName,
				representativeIdNumber, representativePhone, authorisationPaper, channel, assisted, missing, reason,
				lines, feeConditions, messageChannels);
	}

	/** The same form with the list of missing papers of Mẫu 02. */
	CounterFormData withMissing(String text) {
		return new CounterFormData(token, agencyCode, procedureCode, identifier, applicantName, legalRepresentative,
				representativeBasis, idNumber, phone, address, email, represented, representativeName,
				representativeIdNumber, representativePhone, authorisationPaper, channel, assisted, text, reason,
				documents, feeConditions, messageChannels);
	}
}
