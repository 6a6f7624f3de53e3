package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * The messages told to the applicant about their dossier (receipt, supplement request, apology, result …): the
 * channels they chose at intake, and what was sent. Declared here and implemented by the {@code notifications}
 * module, which depends on this one (as {@link NationalSyncState}); without an implementation nothing is recorded and
 * the dossier page shows no messages.
 */
public interface ApplicantMessages {

	/**
	 * Records, in the intake's transaction, how the applicant of a new dossier wants to be told: {@code channels} among
	 * the contacts they gave (empty: no messages).
	 */
	void chosen(Dossier dossier, Set<MessageChannel> channels);

	/** Every message of the dossier, oldest first, with its delivery status. */
	List<Sent> of(String code);

	/**
	 * The dossiers of {@code agencies} with a message that could not be delivered on any channel the applicant chose
	 * ({@code FAILED}) since {@code since}, newest first, at most {@code limit}: the receiving officer phones the
	 * applicant (issue 16 item 3; Nghị định 118/2025/NĐ-CP Art. 16–19: the applicant must be told).
	 */
	default List<Unreached> unreached(java.util.Collection<String> agencies, OffsetDateTime since, int limit) {
		return List.of();
	}

	/** A dossier whose applicant a message did not reach: the code, what the message was about, when it failed. */
	record Unreached(String code, String kind, MessageChannel channel, OffsetDateTime failedAt) {
	}

	/**
	 * One message: what it was about ({@code kind}, a bundle key suffix), through which channel (null while none was
	 * tried), to whom (masked), its status ({@code CREATED}, {@code SENDING}, {@code DELIVERED}, {@code FAILED},
	 * {@code WITHHELD}), when it last changed, and the last thing that happened to it (a bundle key and its
	 * arguments, or null).
	 */
	record Sent(String kind, MessageChannel channel, String recipient, String status, OffsetDateTime createdAt,
			OffsetDateTime changedAt, String detailKey, List<String> detailArguments) {
	}
}
