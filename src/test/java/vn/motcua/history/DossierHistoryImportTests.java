package vn.motcua.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.agency.Agencies;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredDocument;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.DossierTransitionRefused;
import vn.motcua.dossier.DossierWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.history.HistoryLines.code;
import static vn.motcua.history.HistoryLines.event;
import static vn.motcua.history.HistoryLines.extended;
import static vn.motcua.history.HistoryLines.line;
import static vn.motcua.history.HistoryLines.lines;
import static vn.motcua.history.HistoryLines.resolved;

/** Crafted histories through the import, checked in the dossier tables the rest of the product reads. */
@MotCuaTest
class DossierHistoryImportTests {

	@Autowired
	DossierHistoryImport imports;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DocumentStore store;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void goodLinesGoInAndEachBadLineIsRejectedWithItsNumberAndReasons() {
		String good = code("good");
		String[] bad = { code("b3"), code("b4"), code("b5"), code("b6"), code("b7"), code("b8"), code("b9"),
				code("b10"), code("b12"), code("b13") };
		ImportReport report = imports.importJsonLines(lines(
				line(good, "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-03T10:00:00+07:00")),
				"",
				line(bad[0], "2025-07-01T08:15:00+07:00", "").replace("1.001022", "9.999999"),
				line(bad[1], "2025-07-01 08:15", ""),
				line(bad[2], "2025-07-01T08:15:00+07:00", "").replace("DIRECT", "FAX"),
				line(bad[3], "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-03T10:00:00+07:00") + ","
						+ event("RETURNED", "2025-07-02T10:00:00+07:00")),
				line(bad[4], "2025-07-01T08:15:00+07:00", event("RESOLVED", "2025-07-03T10:00:00+07:00")),
				line(bad[5], "2025-07-01T08:15:00+07:00", event("EXTENDED", "2025-07-02T10:00:00+07:00")),
				line(bad[6], "2025-07-01T08:15:00+07:00", extended("2025-07-08", "2025-07-02T10:00:00+07:00") + ","
						+ extended("2025-07-10", "2025-07-03T10:00:00+07:00")),
				line(bad[7], "2025-07-01T08:15:00+07:00", "").replace("\"agency\": \"14908\"", "\"agency\": \"99999\""),
				line(good, "2025-07-01T08:15:00+07:00", ""),
				"{\"code\": \"" + bad[8] + "\", ",
				line(bad[9], "2025-07-01T08:15:00+07:00", event("ARCHIVED", "2025-07-02T10:00:00+07:00"))));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).extracting(ImportReport.Rejection::line)
			.containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
		assertThat(errors(report, 3)).containsExactly("Mã thủ tục 9.999999 không có trong danh mục thủ tục hành chính.");
		assertThat(errors(report, 4)).containsExactly(
				"Thời điểm receivedAt = \"2025-07-01 08:15\" không đúng định dạng ISO-8601 có múi giờ (ví dụ 2025-07-01T08:15:00+07:00).");
		assertThat(errors(report, 5)).containsExactly("Kênh nộp hồ sơ \"FAX\" không hợp lệ (ONLINE, DIRECT hoặc POSTAL).");
		assertThat(errors(report, 6)).containsExactly(
				"Sự kiện thứ 2 (RETURNED) xảy ra trước sự kiện liền trước hoặc trước khi tiếp nhận: các sự kiện phải theo thứ tự thời gian.");
		assertThat(errors(report, 7)).containsExactly(
				"Sự kiện thứ 1 (RESOLVED) thiếu kết quả giải quyết (outcome APPROVED hoặc REFUSED).");
		assertThat(errors(report, 8)).containsExactly("Sự kiện thứ 1 (EXTENDED) thiếu ngày hẹn mới (newDueDate).");
		assertThat(errors(report, 9)).containsExactly(
				"Sự kiện thứ 2 (EXTENDED): Hồ sơ đã được gia hạn một lần; pháp luật không cho gia hạn lần thứ hai.");
		assertThat(errors(report, 10)).containsExactly("Mã xã 99999 không có trong danh mục đơn vị hành chính.");
		assertThat(errors(report, 11)).containsExactly("Mã hồ sơ " + good + " trùng với dòng 1 của tệp.");
		assertThat(errors(report, 12)).containsExactly("Dòng không phải JSON hợp lệ.");
		assertThat(errors(report, 13)).containsExactly(
				"Sự kiện thứ 1: loại \"ARCHIVED\" không hợp lệ (SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, STOPPED).");
		assertThat(report.rejected().get(0).code()).isEqualTo(bad[0]);
		assertThat(report.rejected().get(9).code()).isNull();
		assertThat(count("select count(*) from dossier where code = any(?)", (Object) bad)).isZero();
		assertThat(count("select count(*) from dossier where code = ?", good)).isEqualTo(1);
	}

	@Test
	void reimportingTheSameCodesDuplicatesNothingAndSaysSo() {
		String a = code("again");
		String b = code("again");
		String[] file = { line(a, "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-02T09:00:00+07:00")),
				line(b, "2025-07-02T08:15:00+07:00", "") };
		long audits = count("select count(*) from audit_entry where action = 'DOSSIERS_IMPORTED'");

		ImportReport first = imports.importJsonLines(lines(file));
		ImportReport second = imports.importJsonLines(lines(file));

		assertThat(first.imported()).isEqualTo(2);
		assertThat(second.imported()).isZero();
		assertThat(second.skipped()).isEqualTo(2);
		assertThat(second.rejected()).isEmpty();
		assertThat(count("select count(*) from dossier where code in (?, ?)", a, b)).isEqualTo(2);
		assertThat(count("select count(*) from dossier_step s join dossier d on d.id = s.dossier_id where d.code = ?", a))
			.isEqualTo(3);
		assertThat(count("select count(*) from audit_entry where action = 'DOSSIERS_IMPORTED'")).isEqualTo(audits + 2);
		assertThat(jdbc.sql("select after_value from audit_entry where action = 'DOSSIERS_IMPORTED' order by id desc limit 1")
			.query(String.class).single()).isEqualTo("imported=0, skipped=2, rejected=0");
	}

	@Test
	void aDueDateIsComputedAcrossTheNationalDayHolidays() {
		String c = code("national-day");
		imports.importJsonLines(lines(line(c, "2025-09-01T10:15:00+07:00", "")));

		Dossier dossier = workflow.find(c).orElseThrow();
		assertThat(dossier.startDate()).isEqualTo(LocalDate.of(2025, 9, 3));
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2025, 9, 8));
		assertThat(dossier.dueAt()).isEqualTo(instant("2025-09-08T17:00:00+07:00"));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.procedure().timeLimit().amount()).isEqualTo(3);
		assertThat(dossier.steps()).extracting(DossierStep::actor).containsOnly("import");
	}

	@Test
	void aDueDateOnTheLineIsKeptAsRecorded() {
		String c = code("recorded-due");
		imports.importJsonLines(lines(line(c, "2025-07-01T08:15:00+07:00", "")
			.replace("\"events\"", "\"dueDate\": \"2025-07-07\", \"events\"")));
		assertThat(workflow.find(c).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 7, 7));
	}

	@Test
	void aSupplementCycleRestartsTheClockAndAnOutstandingOneLeavesTheDossierWaiting() {
		String cycle = code("supplement");
		String waiting = code("waiting");
		ImportReport report = imports.importJsonLines(lines(
				line(cycle, "2025-07-01T08:00:00+07:00", event("SUPPLEMENT_REQUESTED", "2025-07-02T09:00:00+07:00")
						+ "," + event("SUPPLEMENT_RECEIVED", "2025-07-07T09:00:00+07:00") + ","
						+ resolved("APPROVED", "2025-07-10T16:00:00+07:00")),
				line(waiting, "2025-07-01T08:00:00+07:00", event("SUPPLEMENT_REQUESTED", "2025-07-02T09:00:00+07:00"))));
		assertThat(report.imported()).isEqualTo(2);

		Dossier resolved = workflow.find(cycle).orElseThrow();
		assertThat(resolved.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(resolved.startDate()).isEqualTo(LocalDate.of(2025, 7, 7));
		assertThat(resolved.dueDate()).isEqualTo(LocalDate.of(2025, 7, 10));
		assertThat(resolved.resolvedOn()).isEqualTo(resolved.dueDate());
		assertThat(resolved.supplements()).hasSize(1);
		assertThat(resolved.supplements().get(0).requestedAt()).isEqualTo(instant("2025-07-02T09:00:00+07:00"));
		assertThat(resolved.supplements().get(0).receivedAt()).isEqualTo(instant("2025-07-07T09:00:00+07:00"));
		assertThat(resolved.steps()).extracting(step -> step.action().name())
			.containsExactly("SUBMITTED", "RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED", "APPROVED");

		Dossier open = workflow.find(waiting).orElseThrow();
		assertThat(open.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		assertThat(open.dueDate()).isEqualTo(LocalDate.of(2025, 7, 4));
		assertThat(open.outstandingSupplement()).isNotNull();
	}

	@Test
	void anExtensionKeepsTheOriginalDueDateBesideTheExtendedOne() {
		String c = code("extended");
		imports.importJsonLines(lines(line(c, "2025-07-01T08:00:00+07:00",
				extended("2025-07-09", "2025-07-02T10:00:00+07:00") + "," + resolved("APPROVED", "2025-07-08T10:00:00+07:00")
						+ "," + event("RETURNED", "2025-07-09T08:00:00+07:00"))));

		Dossier dossier = workflow.find(c).orElseThrow();
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2025, 7, 4));
		assertThat(dossier.extendedDueDate()).isEqualTo(LocalDate.of(2025, 7, 9));
		assertThat(dossier.extensionReason()).isEqualTo("Cần xác minh thêm");
		assertThat(dossier.resolvedOn()).isEqualTo(LocalDate.of(2025, 7, 8));
		assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(dossier.decision()).isEqualTo(Decision.APPROVED);
	}

	@Test
	void aHistoryTheDossierRefusesIsRejectedWithTheDossiersOwnReasonAndTheGoodLinesAreKept() {
		String good = code("kept");
		String[] bad = { code("returned-early"), code("extended-twice"), code("unrequested"), code("decided-waiting"),
				code("stop-after-decision") };
		ImportReport report = imports.importJsonLines(lines(
				line(good, "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-03T10:00:00+07:00") + ","
						+ event("RETURNED", "2025-07-04T10:00:00+07:00")),
				line(bad[0], "2025-07-01T08:15:00+07:00", event("RETURNED", "2025-07-02T10:00:00+07:00") + ","
						+ resolved("APPROVED", "2025-07-03T10:00:00+07:00")),
				line(bad[1], "2025-07-01T08:15:00+07:00", extended("2025-07-08", "2025-07-02T10:00:00+07:00") + ","
						+ extended("2025-07-10", "2025-07-03T10:00:00+07:00")),
				line(bad[2], "2025-07-01T08:15:00+07:00", event("SUPPLEMENT_RECEIVED", "2025-07-02T10:00:00+07:00")),
				line(bad[3], "2025-07-01T08:15:00+07:00", event("SUPPLEMENT_REQUESTED", "2025-07-02T10:00:00+07:00")
						+ "," + resolved("APPROVED", "2025-07-03T10:00:00+07:00")),
				line(bad[4], "2025-07-01T08:15:00+07:00", resolved("REFUSED", "2025-07-02T10:00:00+07:00") + ","
						+ "{\"type\": \"STOPPED\", \"at\": \"2025-07-03T10:00:00+07:00\", \"reason\": \"Rút\"}")));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(2, 3, 4, 5, 6);
		assertThat(errors(report, 2)).containsExactly(
				"Sự kiện thứ 1 (RETURNED): Hồ sơ chưa có kết quả giải quyết (trạng thái hiện tại: Đã tiếp nhận, chờ chuyển xử lý).");
		assertThat(errors(report, 3)).containsExactly(
				"Sự kiện thứ 2 (EXTENDED): Hồ sơ đã được gia hạn một lần; pháp luật không cho gia hạn lần thứ hai.");
		assertThat(errors(report, 4)).containsExactly(
				"Sự kiện thứ 1 (SUPPLEMENT_RECEIVED): Hồ sơ không có yêu cầu bổ sung nào đang chờ.");
		assertThat(errors(report, 5)).containsExactly("Sự kiện thứ 2 (RESOLVED): Chỉ ghi nhận được quyết định giải "
				+ "quyết của hồ sơ đã tiếp nhận, đang giải quyết và không chờ bổ sung (trạng thái hiện tại: Chờ bổ sung).");
		assertThat(errors(report, 6)).containsExactly(
				"Sự kiện thứ 2 (STOPPED): Hồ sơ đã có quyết định giải quyết nên không thể dừng.");
		// the very words the dossier gives when the same step is tried on a received dossier through the workflow
		String received = code("received");
		imports.importJsonLines(lines(line(received, "2025-07-01T08:15:00+07:00", "")));
		DossierTransitionRefused refusal = org.junit.jupiter.api.Assertions.assertThrows(DossierTransitionRefused.class,
				() -> workflow.returnResult(received, "DIRECT", "test"));
		assertThat(errors(report, 2)).containsExactly(
				"Sự kiện thứ 1 (RETURNED): " + refusal.message(messages, java.util.Locale.forLanguageTag("vi")));
		assertThat(count("select count(*) from dossier where code = any(?)", (Object) bad)).isZero();
		assertThat(workflow.find(good).orElseThrow().steps()).extracting(step -> step.action().name())
			.containsExactly("SUBMITTED", "RECEIVED", "APPROVED", "RETURNED");
	}

	@Test
	void aStoppedAndARefusedDossier() {
		String stopped = code("stopped");
		String refused = code("refused");
		imports.importJsonLines(lines(
				line(stopped, "2025-07-01T08:00:00+07:00",
						"{\"type\": \"STOPPED\", \"at\": \"2025-07-02T08:30:00+07:00\", \"reason\": \"Người nộp rút hồ sơ\"}"),
				line(refused, "2025-07-01T08:00:00+07:00", resolved("REFUSED", "2025-07-03T15:30:00+07:00"))));

		Dossier stop = workflow.find(stopped).orElseThrow();
		assertThat(stop.status()).isEqualTo(DossierStatus.STOPPED);
		assertThat(stop.closingReason()).isEqualTo("Người nộp rút hồ sơ");
		assertThat(stop.decision()).isNull();

		Dossier refusal = workflow.find(refused).orElseThrow();
		assertThat(refusal.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(refusal.decision()).isEqualTo(Decision.REFUSED);
		assertThat(refusal.decisionReason()).isEqualTo("Theo quy định");
		assertThat(refusal.resolvedOn()).isEqualTo(LocalDate.of(2025, 7, 3));
	}

	@Test
	void theAgencyMayBeOmittedWhileOneCommuneIsServed() {
		// other tests of this shared installation may have activated communes: serve only 14908 for this test
		List<String> others = agencies.active().stream().map(a -> a.code()).filter(code -> !code.equals("14908")).toList();
		others.forEach(code -> agencies.setActive(code, false));
		try {
			String alone = code("one-commune");
			imports.importJsonLines(lines(withoutAgency(line(alone, "2025-07-01T08:00:00+07:00", ""))));
			assertThat(workflow.find(alone).orElseThrow().agencyCode()).isEqualTo("14908");
		}
		finally {
			others.forEach(code -> agencies.setActive(code, true));
		}
	}

	@Test
	void theAgencyIsRequiredWhileSeveralCommunesAreServed() {
		boolean wasActive = agencies.active().stream().anyMatch(a -> a.code().equals("14902"));
		agencies.setActive("14902", true);
		try {
			ImportReport report = imports.importJsonLines(
					lines(withoutAgency(line(code("several"), "2025-07-01T08:00:00+07:00", ""))));
			assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.errors())
				.containsExactly("Thiếu mã xã (agency): hệ thống đang phục vụ nhiều xã."));
		}
		finally {
			if (!wasActive) {
				agencies.setActive("14902", false);
			}
		}
	}

	private static String withoutAgency(String line) {
		return line.replace("\"agency\": \"14908\", ", "");
	}

	@Test
	void filesOfAZipAreStoredChecksummedAndLinked() throws Exception {
		String c = code("zip");
		String missing = code("zip-missing");
		byte[] form = "%PDF-1.4 tờ khai".getBytes(StandardCharsets.UTF_8);
		byte[] result = "%PDF-1.4 giấy khai sinh".getBytes(StandardCharsets.UTF_8);
		String documents = ", \"documents\": [{\"kind\": \"COMPONENT\", \"name\": \"Tờ khai\", \"file\": \"files/to-khai.pdf\"},"
				+ " {\"kind\": \"RESULT\", \"name\": \"Kết quả\", \"file\": \"./files/ket-qua.pdf\"}]}";
		String jsonl = line(c, "2025-07-01T08:00:00+07:00", resolved("APPROVED", "2025-07-02T08:00:00+07:00"))
			.replaceAll("}$", documents) + "\n"
				+ line(missing, "2025-07-01T08:00:00+07:00", "")
					.replaceAll("}$", ", \"documents\": [{\"kind\": \"COMPONENT\", \"file\": \"files/khong-co.pdf\"}]}");
		Path zip = Files.createTempFile("history", ".zip");
		Files.write(zip, HistoryLines.zip(jsonl, Map.of("files/to-khai.pdf", form, "files/ket-qua.pdf", result)));

		ImportReport report = imports.importZip(zip);

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.errors()).containsExactly("Tài liệu thứ 1: tệp \"files/khong-co.pdf\" không có trong tệp ZIP.");
		});
		Dossier dossier = workflow.find(c).orElseThrow();
		assertThat(dossier.documents()).extracting(DossierDocument::kind, DossierDocument::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DossierDocument.Kind.COMPONENT, "Tờ khai"),
					org.assertj.core.groups.Tuple.tuple(DossierDocument.Kind.RESULT, "Kết quả"));
		assertThat(dossier.digitised()).isTrue();
		StoredDocument stored = store.find(dossier.documents().get(1).storedDocumentId()).orElseThrow();
		assertThat(stored.sha256()).isEqualTo(sha256(result));
		assertThat(stored.fileName()).isEqualTo("ket-qua.pdf");
		try (InputStream in = store.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(result);
		}
	}

	private static java.time.OffsetDateTime instant(String text) {
		return java.time.OffsetDateTime.parse(text).withOffsetSameInstant(java.time.ZoneOffset.UTC);
	}

	private static List<String> errors(ImportReport report, int line) {
		return report.rejected().stream().filter(r -> r.line() == line).findFirst().orElseThrow().errors();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
