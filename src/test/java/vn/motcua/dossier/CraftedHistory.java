package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crafted history of one commune around Q3 2025 (dossiers A to M), with the figures of legal-rules.md §4 computed
 * by hand for 1/7–30/9/2025: carried over 2 (A, B); received 8 (online D, E, G, H, L; direct C, M; postal F);
 * resolved 6 (early H, L; on time C, M; late A, D); stopped 1 (F); in progress 2 (within time G, overdue B);
 * awaiting supplement 1 (E); digitised 2 (C, H); extended 1 (D); refused at intake 1 (I); on-time rate 66.67.
 */
public final class CraftedHistory {

	private final JdbcClient jdbc;

	private final DeadlineCalendar calendar;

	private final String agency;

	public CraftedHistory(JdbcClient jdbc, DeadlineCalendar calendar, String agency) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.agency = agency;
	}

	public void insert() {
		// A: carried over (accepted in June), resolved late in July.
		dossier("A", "DIRECT", "2025-06-20T09:00", "2025-06-25", "2025-07-02", "APPROVED");
		// B: carried over, still open at the end of September, past its due date: in progress, overdue.
		dossier("B", "DIRECT", "2025-06-25T09:00", "2025-07-10", null, null);
		// C: received, resolved on its due date, component and result stored: on time, digitised.
		long c = dossier("C", "DIRECT", "2025-07-01T08:30", "2025-07-04", "2025-07-04", "APPROVED");
		document(c, "COMPONENT");
		document(c, "RESULT");
		// D: extended with an apology to 10/7, resolved 9/7: late against the original date 7/7, and extended.
		long d = dossier("D", "ONLINE", "2025-07-02T10:00", "2025-07-07", "2025-07-09", "APPROVED");
		step(d, "EXTENDED", null, "2025-07-04T09:00");
		jdbc.sql("update dossier set extended_due_date = '2025-07-10' where id = ?").param(d).update();
		// E: a supplement requested on 26/9 and not received by the end of the period: awaiting supplement.
		long e = dossier("E", "ONLINE", "2025-09-25T09:00", "2025-10-01", null, null);
		supplement(e, "2025-09-26T10:00", null);
		// F: stopped at the applicant's request in August.
		long f = dossier("F", "POSTAL", "2025-08-01T09:00", "2025-08-06", null, null);
		step(f, "STOPPED", "STOPPED", "2025-08-03T14:00");
		// G: received on 29/9, due 2/10: in progress, within time.
		dossier("G", "ONLINE", "2025-09-29T09:00", "2025-10-02", null, null);
		// H: refused after review before its due date: early; digitised (a refusal needs no result file).
		long h = dossier("H", "ONLINE", "2025-07-15T09:00", "2025-07-18", "2025-07-16", "REFUSED");
		document(h, "COMPONENT");
		// I: refused at intake in August: never received, counted apart.
		long i = dossier("I", "DIRECT", null, null, null, null);
		step(i, "REFUSED_AT_INTAKE", "REFUSED_AT_INTAKE", "2025-08-10T09:00");
		// J: accepted and resolved in June: not in the period at all.
		dossier("J", "DIRECT", "2025-06-01T09:00", "2025-06-05", "2025-06-10", "APPROVED");
		// K: accepted in October: after the period.
		dossier("K", "DIRECT", "2025-10-02T09:00", "2025-10-07", null, null);
		// L: a supplement requested and received in August, then resolved early.
		long l = dossier("L", "ONLINE", "2025-08-01T09:00", "2025-08-15", "2025-08-12", "APPROVED");
		supplement(l, "2025-08-01T15:00", "2025-08-05T09:00");
		// M: received Monday 1/9/2025 10:15 (National Day holidays 1–2/9), 3 working days: due Monday 8/9, resolved then.
		LocalDate due = calendar.dueDate(agency, OffsetDateTime.parse("2025-09-01T10:15:00+07:00"),
				TimeLimit.workingDays(3)).dueDate();
		assertThat(due).isEqualTo(LocalDate.of(2025, 9, 8));
		dossier("M", "DIRECT", "2025-09-01T10:15", due.toString(), "2025-09-08", "APPROVED");
	}

	long dossier(String name, String channel, String acceptedAt, String dueDate, String resolvedOn,
			String decision) {
		String status = resolvedOn != null ? "RESOLVED" : acceptedAt == null ? "SUBMITTED" : "IN_REVIEW";
		return jdbc.sql("""
				insert into dossier (code, agency_code, procedure_code, procedure_name, time_limit_amount,
				  time_limit_unit, supplement_policy, channel, status, applicant_name, submitted_at, received_at,
				  due_date, resolved_on, decision)
				values (?, ?, '1.001193', 'Đăng ký khai sinh', 3, 'WORKING_DAYS', 'RESTART', ?, ?, 'Nguyễn Văn An',
				  ?, ?, ?, ?, ?) returning id""")
			.params(agency + "-STAT-" + name, agency, channel, status,
					OffsetDateTime.parse((acceptedAt == null ? "2025-08-10T09:00" : acceptedAt) + ":00+07:00"),
					acceptedAt == null ? null : OffsetDateTime.parse(acceptedAt + ":00+07:00"),
					dueDate == null ? null : LocalDate.parse(dueDate), resolvedOn == null ? null : LocalDate.parse(resolvedOn),
					decision)
			.query(Long.class).single();
	}

	void step(long dossier, String action, String toStatus, String at) {
		jdbc.sql("insert into dossier_step (dossier_id, at, actor, action, to_status) values (?, ?, 'test', ?, ?)")
			.params(dossier, OffsetDateTime.parse(at + ":00+07:00"), action, toStatus).update();
		if (toStatus != null) {
			jdbc.sql("update dossier set status = ? where id = ?").params(toStatus, dossier).update();
		}
	}

	void supplement(long dossier, String requestedAt, String receivedAt) {
		jdbc.sql("""
				insert into dossier_supplement (dossier_id, cycle, requested_at, missing, remaining_working_days, received_at)
				values (?, (select count(*) + 1 from dossier_supplement where dossier_id = ?), ?, 'Giấy chứng sinh', 1, ?)""")
			.params(dossier, dossier, OffsetDateTime.parse(requestedAt + ":00+07:00"),
					receivedAt == null ? null : OffsetDateTime.parse(receivedAt + ":00+07:00"))
			.update();
	}

	void document(long dossier, String kind) {
		jdbc.sql("""
				insert into dossier_document (dossier_id, position, kind, name, original, copies, stored_document_id)
				values (?, (select count(*) from dossier_document where dossier_id = ?), ?, 'Tệp', true, 1, ?)""")
			.params(dossier, dossier, kind, UUID.randomUUID()).update();
	}
}
