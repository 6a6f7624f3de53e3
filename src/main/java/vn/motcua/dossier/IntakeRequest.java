package vn.motcua.dossier;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.motcua.shared.SubmissionChannel;

/**
 * What the receiving officer (or the citizen online) hands in: the procedure, the applicant, the documents ticked with
 * their scans, the channel. {@code submissionToken} makes a double-submitted form create one dossier.
 *
 * @param casesApplying positions of the conditional documents whose case the counter ticked as applying (they are then
 *        required, Nghị định 118/2025/NĐ-CP Điều 15 khoản 1)
 * @param feeConditionsHolding positions (from 1) of the procedure's conditional fee exemptions whose condition the
 *        counter found to hold, e.g. khai tử registered within the time limit (Luật Hộ tịch Điều 11 khoản 1)
 * @param messageChannels how the applicant chose to be told of the dossier's steps (null: no choice made, the
 *        default of {@link #channelsChosen()}; empty: no messages)
 */
public record IntakeRequest(UUID submissionToken, String agencyCode, String procedureCode, SubmissionChannel channel,
		boolean assisted, Applicant applicant, List<HandedDocument> documents, Set<Integer> casesApplying,
		Set<Integer> feeConditionsHolding, Set<MessageChannel> messageChannels) {

	public IntakeRequest {
		documents = documents == null ? List.of() : List.copyOf(documents);
		casesApplying = casesApplying == null ? Set.of() : Set.copyOf(casesApplying);
		feeConditionsHolding = feeConditionsHolding == null ? Set.of() : Set.copyOf(feeConditionsHolding);
		messageChannels = messageChannels == null ? null : Set.copyOf(messageChannels);
	}

	/** A request whose applicant made no choice of messages: SMS to the phone they gave ({@link #channelsChosen()}). */
	public IntakeRequest(UUID submissionToken, String agencyCode, String procedureCode, SubmissionChannel channel,
			boolean assisted, Applicant applicant, List<HandedDocument> documents, Set<Integer> casesApplying,
			Set<Integer> feeConditionsHolding) {
		this(submissionToken, agencyCode, procedureCode, channel, assisted, applicant, documents, casesApplying,
				feeConditionsHolding, null);
	}

	/**
	 * The channels the applicant is told through: those chosen, or by default (no choice made) SMS when the phone number
	 * given is a mobile one (issue 16 item 4).
	 */
	public Set<MessageChannel> channelsChosen() {
		if (messageChannels != null) {
			return messageChannels;
		}
		return applicant != null && ApplicantCheck.mobile(applicant.phone()) ? Set.of(MessageChannel.SMS) : Set.of();
	}

	/** A request where no case and no fee condition was ticked. */
	public IntakeRequest(UUID submissionToken, String agencyCode, String procedureCode, SubmissionChannel channel,
			boolean assisted, Applicant applicant, List<HandedDocument> documents) {
		this(submissionToken, agencyCode, procedureCode, channel, assisted, applicant, documents, Set.of(), Set.of(),
				null);
	}

	/**
	 * A required document of the procedure version (by its position), as handed in, with its scan if any: either the
	 * uploaded bytes, or ({@code storedScanId}) a scan already kept by the document store, e.g. uploaded with an
	 * earlier post of the counter form that had to be corrected.
	 */
	public record HandedDocument(int requiredPosition, boolean original, int copies, Scan scan, UUID storedScanId) {

		public HandedDocument(int requiredPosition, boolean original, int copies, Scan scan) {
			this(requiredPosition, original, copies, scan, null);
		}

		/** Whether a non-empty scan comes with it. */
		public boolean scanned() {
			return storedScanId != null || (scan != null && !scan.empty());
		}
	}

	/**
	 * An uploaded scan: its bytes ({@code content}), or ({@code source}) a stream to read them from once, for an
	 * upload of any size that must not be held in memory (the document store checks its size while reading it).
	 */
	public record Scan(String fileName, String contentType, byte[] content, Source source) {

		public Scan(String fileName, String contentType, byte[] content) {
			this(fileName, contentType, content, null);
		}

		/** A scan read from a stream when it is stored (a non-empty upload: the store refuses an empty one). */
		public static Scan streamed(String fileName, String contentType, Source source) {
			return new Scan(fileName, contentType, null, source);
		}

		public boolean empty() {
			return source == null && (content == null || content.length == 0);
		}

		/** Opens the scan's bytes. */
		public java.io.InputStream open() throws java.io.IOException {
			return source != null ? source.open() : new java.io.ByteArrayInputStream(content);
		}

		/** Where a streamed scan's bytes are read from. */
		public interface Source {

			java.io.InputStream open() throws java.io.IOException;
		}
	}
}
