package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.dossier.PeriodFigures;
import vn.motcua.history.DossierHistoryImport;
import vn.motcua.history.ImportReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crafted history imported through the fixed import format (legal-rules.md §5), then reported for Q3 2025: every
 * figure of §4 against the answer computed by hand in the comments.
 */
@MotCuaTest
class ImportedHistoryReportTests {

	static final String AGENCY = "14812";

	@Autowired
	DossierHistoryImport imports;

	@Autowired
	Reports reports;

	@Autowired
	Agencies agencies;

	@Test
	void theImportedQuarterAddsUpToTheHandComputedFigures() {
		String history = String.join("\n",
				// A: accepted in June, resolved late (2/7, due 25/6): carried over, resolved late
				line("A", "DIRECT", "2025-06-20T09:00:00+07:00", "2025-06-25", resolved("APPROVED", "2025-07-02T10:00:00+07:00")),
				// B: accepted in June, still open, due 10/7: carried over, in progress and overdue at 30/9
				line("B", "DIRECT", "2025-06-25T09:00:00+07:00", "2025-07-10", ""),
				// C: resolved on its due date: on time
				line("C", "DIRECT", "2025-07-01T08:30:00+07:00", "2025-07-04", resolved("APPROVED", "2025-07-04T10:00:00+07:00")),
				// D: extended with an apology to 10/7, resolved 9/7: late against the original 7/7, and extended
				line("D", "ONLINE", "2025-07-02T10:00:00+07:00", "2025-07-07",
						"{\"type\": \"EXTENDED\", \"at\": \"2025-07-04T09:00:00+07:00\", \"reason\": \"Cần xác minh\", \"newDueDate\": \"2025-07-10\"}, "
								+ resolved("APPROVED", "2025-07-09T10:00:00+07:00")),
				// E: a supplement requested on 26/9 and not received: awaiting supplement
				line("E", "ONLINE", "2025-09-25T09:00:00+07:00", "2025-10-01",
						"{\"type\": \"SUPPLEMENT_REQUESTED\", \"at\": \"2025-09-26T10:00:00+07:00\", \"reason\": \"Thiếu giấy chứng sinh\"}"),
				// F: stopped at the applicant's request
				line("F", "POSTAL", "2025-08-01T09:00:00+07:00", "2025-08-06",
						"{\"type\": \"STOPPED\", \"at\": \"2025-08-03T14:00:00+07:00\", \"reason\": \"Xin rút hồ sơ\"}"),
				// G: received 29/9, due 2/10: in progress within time
				line("G", "ONLINE", "2025-09-29T09:00:00+07:00", "2025-10-02", ""),
				// H: refused after review before its due date: early
				line("H", "ONLINE", "2025-07-15T09:00:00+07:00", "2025-07-18", resolved("REFUSED", "2025-07-16T10:00:00+07:00")),
				// J: accepted and resolved in June: outside the period
				line("J", "DIRECT", "2025-06-01T09:00:00+07:00", "2025-06-05", resolved("APPROVED", "2025-06-10T10:00:00+07:00")),
				// K: accepted in October: outside the period
				line("K", "DIRECT", "2025-10-02T09:00:00+07:00", "2025-10-07", ""),
				// L: a supplement requested and received in August, then resolved early
				line("L", "ONLINE", "2025-08-01T09:00:00+07:00", "2025-08-15",
						"{\"type\": \"SUPPLEMENT_REQUESTED\", \"at\": \"2025-08-01T15:00:00+07:00\", \"reason\": \"Thiếu\"}, "
								+ "{\"type\": \"SUPPLEMENT_RECEIVED\", \"at\": \"2025-08-05T09:00:00+07:00\"}, "
								+ resolved("APPROVED", "2025-08-12T10:00:00+07:00")),
				// M: received on National Day (1/9/2025, a holiday) and resolved on its due date 8/9: on time
				line("M", "DIRECT", "2025-09-01T10:15:00+07:00", "2025-09-08", resolved("APPROVED", "2025-09-08T10:00:00+07:00")));
		agencies.setActive(AGENCY, true);
		ImportReport report;
		try {
			report = imports.importJsonLines(new ByteArrayInputStream(history.getBytes(StandardCharsets.UTF_8)));
		}
		finally {
			agencies.setActive(AGENCY, false);
		}
		assertThat(report.rejected()).isEmpty();
		assertThat(report.imported()).isEqualTo(12);

		PeriodFigures q3 = reports.dossiers(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30),
				List.of(agencies.find(AGENCY).orElseThrow())).total();
		// digitised: none (no files in this history); refused at intake: none (the import holds accepted dossiers)
		assertThat(q3.digitized()).isZero();
		assertThat(q3.carriedOver()).isEqualTo(2);
		assertThat(q3.received()).isEqualTo(new PeriodFigures.Received(8, 5, 2, 1));
		assertThat(q3.resolved()).isEqualTo(new PeriodFigures.Resolved(6, 2, 2, 2));
		assertThat(q3.stopped()).isEqualTo(1);
		assertThat(q3.inProgress()).isEqualTo(new PeriodFigures.InProgress(2, 1, 1));
		assertThat(q3.awaitingSupplement()).isEqualTo(1);
		assertThat(q3.extended()).isEqualTo(1);
		assertThat(q3.onTimeRate()).isEqualByComparingTo("66.67");
		assertThat(q3.reconciles()).isTrue();
	}

	private static String line(String name, String channel, String receivedAt, String dueDate, String events) {
		return "{\"code\": \"" + AGENCY + "-IMP-" + name + "\", \"agency\": \"" + AGENCY
				+ "\", \"procedureCode\": \"1.001193\", \"channel\": \"" + channel
				+ "\", \"applicant\": {\"name\": \"Nguyễn Văn An\"}, \"receivedAt\": \"" + receivedAt
				+ "\", \"dueDate\": \"" + dueDate + "\", \"events\": [" + events + "]}";
	}

	private static String resolved(String outcome, String at) {
		return "{\"type\": \"RESOLVED\", \"at\": \"" + at + "\", \"outcome\": \"" + outcome + "\""
				+ ("REFUSED".equals(outcome) ? ", \"reason\": \"Không đủ điều kiện\"" : "") + "}";
	}
}
