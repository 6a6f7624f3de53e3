package vn.motcua.dossier;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * The life of a dossier as an earlier system recorded it (legal-rules.md §5), replayed in memory through the
 * aggregate's own verbs, so that history obeys the rules of {@link DossierTransition} like a dossier handled at the
 * counter: submitted and accepted at {@code receivedAt} (D as recorded, else from the calendar), then each event as
 * the verb it is, at its own time, by the actor {@value #ACTOR}. A sequence the dossier refuses is refused here with
 * the dossier's own reason, and the replayed dossiers are written in batches ({@link ImportBatchWriter}); the history
 * import checks the format of a line and calls this.
 * <ul>
 * <li>{@code SUPPLEMENT_REQUESTED} → {@link Dossier#requestSupplement} (the working days left to D are kept; the
 * lapse day, when the procedure has a rule, is set by the hourly {@code SupplementLapses} job);</li>
 * <li>{@code SUPPLEMENT_RECEIVED} → {@link Dossier#receiveSupplement}: D moves per the procedure's policy
 * (NĐ 61/2018 Art. 19.4), unless the line gives D (the D in force at the end of its history);</li>
 * <li>{@code EXTENDED} → {@link Dossier#extend}, at least one working day before D (NĐ 61/2018 Art. 19.9);</li>
 * <li>{@code RESOLVED} → {@link Dossier#decideAsRecorded} (the earlier system kept no assignment or proposal);</li>
 * <li>{@code RETURNED} → {@link Dossier#returnAsRecorded};</li>
 * <li>{@code WITHDRAWAL_REQUESTED} → {@link Dossier#requestWithdrawal}; {@code STOPPED} → {@link Dossier#stop}, after
 * the request, or else with it, as the counter records a withdrawal made in person (NĐ 118/2025 Art. 21).</li>
 * </ul>
 * No event is published: citizens are not notified of history.
 */
@Service
public class DossierHistory {

	/** The file of a history ZIP that holds its lines, one dossier each (written by the export, read by the import). */
	public static final String LINES = "dossiers.jsonl";

	/** The actor recorded on the steps of a replayed history. */
	public static final String ACTOR = "import";

	/** The events of the history format, in the order of legal-rules.md §5. */
	public enum EventType {
		SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, WITHDRAWAL_REQUESTED, STOPPED
	}

	/**
	 * One event of the history, its values checked for their format: {@code outcome} is set for {@code RESOLVED},
	 * {@code newDueDate} for {@code EXTENDED}.
	 */
	public record Event(EventType type, OffsetDateTime at, String reason, Decision outcome, LocalDate newDueDate) {
	}

	/**
	 * A dossier of the earlier system, its values checked for their format: {@code version} is the procedure version
	 * in force on the day of receipt, {@code dueDate} D as recorded before any extension or null, {@code documents}
	 * as listed (their files are stored when the dossier is written).
	 */
	public record Recorded(String code, String agencyCode, ProcedureVersion version, SubmissionChannel channel,
			Applicant applicant, OffsetDateTime receivedAt, LocalDate dueDate, List<DossierDocument> documents,
			List<Event> events) {
	}

	/**
	 * The outcome of a replay: the dossier; or, when the dossier refused event {@code refusedEvent} (1-based), the
	 * refusal with its reason.
	 */
	public record Replayed(Dossier dossier, int refusedEvent, DossierTransitionRefused refusal) {
	}

	/**
	 * The ways a result is returned ({@code dossier.return.*}; the export writes the method as the event's reason): a
	 * history naming one keeps it as the dossier's method, other words are only the step's note.
	 */
	private static final java.util.Set<String> RETURN_METHODS = java.util.Set.of("COUNTER", "POST", "ELECTRONIC");

	private final DeadlineCalendar calendar;

	private final Catalogue catalogue;

	private final DataSource dataSource;

	DossierHistory(DeadlineCalendar calendar, Catalogue catalogue, DataSource dataSource) {
		this.calendar = calendar;
		this.catalogue = catalogue;
		this.dataSource = dataSource;
	}

	/** Replays the history through the dossier's verbs, in memory. */
	public Replayed replay(Recorded recorded) {
		ProcedureVersion version = recorded.version();
		String agency = recorded.agencyCode();
		OffsetDateTime received = recorded.receivedAt();
		Dossier dossier = Dossier.submitted(agency, ProcedureSnapshot.of(version), recorded.channel(), false,
				recorded.applicant(), recorded.documents(), received, ACTOR);
		dossier.keepCode(recorded.code());
		DueDate due = calendar.dueDate(agency, received, version.timeLimit(), version.cutOff());
		long fee = catalogue.assessFees(version.id(), recorded.channel(), day(received)).totalDueVnd();
		int n = 0;
		try {
			dossier.accept(received, ACTOR, due.startDate(), dueDate(recorded, due), dueAt(recorded, due), fee);
			for (Event event : recorded.events()) {
				n++;
				apply(dossier, recorded, event);
			}
		}
		catch (DossierTransitionRefused refused) {
			return new Replayed(null, n, refused);
		}
		return new Replayed(dossier, 0, null);
	}

	/** A writer of replayed dossiers on a connection of its own, held for a whole import. */
	public ImportBatchWriter batchWriter() throws SQLException {
		return new ImportBatchWriter(dataSource.getConnection());
	}

	private void apply(Dossier dossier, Recorded recorded, Event event) {
		OffsetDateTime at = event.at();
		switch (event.type()) {
			case SUPPLEMENT_REQUESTED -> dossier.requestSupplement(event.reason() != null ? event.reason() : "—",
					event.reason(), Math.max(0, calendar.workingDaysBetween(day(at), dossier.dueDate())), null, at,
					ACTOR);
			case SUPPLEMENT_RECEIVED -> {
				SupplementCycle cycle = dossier.outstandingSupplement();
				ProcedureSnapshot p = dossier.procedure();
				// without an outstanding request the dossier refuses before it reads the new dates
				DueDate due = cycle == null ? null
						: calendar.dueDateAfterSupplement(dossier.agencyCode(), p.timeLimit(), p.supplementPolicy(),
								dossier.dueDate(), cycle.requestedAt(), at, p.cutOff());
				dossier.receiveSupplement(at, ACTOR, due == null ? null : due.startDate(),
						due == null ? null : dueDate(recorded, due), due == null ? null : dueAt(recorded, due));
			}
			case EXTENDED -> dossier.extend(event.newDueDate(), event.reason(),
					calendar.mayExtend(dossier.dueDate(), day(at)), at, ACTOR);
			case RESOLVED -> dossier.decideAsRecorded(event.outcome(), event.reason(), at, ACTOR);
			case RETURNED -> dossier.returnAsRecorded(
					event.reason() != null && RETURN_METHODS.contains(event.reason()) ? event.reason() : null,
					event.reason(), at, ACTOR);
			case WITHDRAWAL_REQUESTED -> requestWithdrawal(dossier, event.reason(), at);
			case STOPPED -> {
				if (dossier.status() != DossierStatus.WITHDRAWAL_REQUESTED) {
					requestWithdrawal(dossier, event.reason(), at);
				}
				dossier.stop(at, ACTOR);
			}
		}
	}

	/**
	 * The applicant's request; the channel it came by is the one its reason names as this system exports it
	 * ({@code "DIRECT: …"}), else the dossier's own.
	 */
	private static void requestWithdrawal(Dossier dossier, String reason, OffsetDateTime at) {
		SubmissionChannel channel = Dossier.withdrawalChannelOf(reason).orElse(dossier.channel());
		String said = reason != null && reason.startsWith(channel.name() + ":")
				? reason.substring(channel.name().length() + 1).strip() : reason;
		dossier.requestWithdrawal(channel, said, at, ACTOR);
	}

	/** D as the line records it, else as the calendar computed it. */
	private static LocalDate dueDate(Recorded recorded, DueDate computed) {
		return recorded.dueDate() != null ? recorded.dueDate() : computed.dueDate();
	}

	private OffsetDateTime dueAt(Recorded recorded, DueDate computed) {
		return recorded.dueDate() == null ? computed.dueAt()
				: recorded.dueDate().atTime(calendar.closingTime(recorded.agencyCode())).atZone(VietnamTime.ZONE)
					.toOffsetDateTime();
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}
}
