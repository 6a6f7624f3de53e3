package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stories of the legal flows, with the real calendar, catalogue, document store and database. */
@MotCuaTest
class DossierLifecycleScenarioTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DeadlineCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Test
	void receivedAtTheCounterDecidedAndReturned() {
		Dossier received = intake.accept(complete("1.001193"), "tiepnhan");
		assertThat(received.code()).matches("14908-\\d{6}-\\d{4}");
		assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(calendar.isWorkingDay(received.dueDate())).isTrue();
		assertThat(received.documents()).allMatch(DossierDocument::digitised);

		workflow.assign(received.code(), "chuyenvien", "tiepnhan");
		workflow.propose(received.code(), Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		workflow.decide(received.code(), Decision.APPROVED, null, "lanhdao");
		workflow.attachResult(received.code(), scan("giay-khai-sinh.pdf"), "lanhdao");
		Dossier returned = workflow.returnResult(received.code(), "COUNTER", "tiepnhan");

		assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
		assertThat(returned.digitised()).isTrue();
		assertThat(workflow.find(received.code()).orElseThrow().steps()).extracting(step -> step.action().name())
			.containsExactly("SUBMITTED", "RECEIVED", "ASSIGNED", "PROPOSED_APPROVED", "APPROVED", "RESULT_DIGITISED",
					"RETURNED");
		assertThat(jdbc.sql("select count(*) from audit_entry where target = ?").param(received.code())
			.query(Integer.class).single()).isEqualTo(6);
	}

	@Test
	void aMalformedIdNumberAndAMissingScanAreSaidBeforeAccepting() {
		IntakeRequest request = complete("1.001193");
		List<HandedDocument> withoutScans = request.documents().stream()
			.map(d -> new HandedDocument(d.requiredPosition(), d.original(), d.copies(), new Scan("x.pdf", "application/pdf", new byte[0])))
			.toList();
		IntakeRequest bad = new IntakeRequest(UUID.randomUUID(), "14908", "1.001193", SubmissionChannel.DIRECT, false,
				new Applicant("Nguyễn Văn An", "12345", null, null, null, null), withoutScans);
		long before = dossiers();
		assertThatThrownBy(() -> intake.accept(bad, "tiepnhan")).isInstanceOfSatisfying(IntakeRefused.class,
				refused -> assertThat(refused.problems()).extracting(IntakeRefused.Problem::messageKey)
					.contains("dossier.intake.idNumberInvalid", "dossier.intake.scanMissing"));
		assertThat(dossiers()).isEqualTo(before);
	}

	@Test
	void aDoubleSubmittedFormCreatesOneDossier() {
		IntakeRequest request = complete("1.001193");
		Dossier first = intake.accept(request, "tiepnhan");
		Dossier second = intake.accept(request, "tiepnhan");
		assertThat(second.code()).isEqualTo(first.code());
	}

	@Test
	void supplementThenResubmitRestartsTheClock() {
		Dossier received = intake.accept(complete("1.001193"), "tiepnhan");
		workflow.assign(received.code(), "chuyenvien", "tiepnhan");
		Dossier waiting = workflow.requestSupplement(received.code(), "Giấy chứng sinh bản chính", "Bản sao không rõ",
				false, "chuyenvien");
		assertThat(waiting.status()).isEqualTo(DossierStatus.AWAITING_SUPPLEMENT);
		Dossier resumed = workflow.receiveSupplement(received.code(), "tiepnhan");
		assertThat(resumed.status()).isEqualTo(DossierStatus.IN_REVIEW);
		assertThat(resumed.supplements()).singleElement().satisfies(c -> assertThat(c.receivedAt()).isNotNull());
		assertThat(resumed.dueDate()).isAfterOrEqualTo(received.dueDate());
	}

	@Test
	void refusalStopAndNotAcceptedAtIntake() {
		Dossier refused = intake.accept(complete("1.001193"), "tiepnhan");
		workflow.assign(refused.code(), "chuyenvien", "tiepnhan");
		workflow.propose(refused.code(), Decision.REFUSED, "Đã đăng ký trước đó", "lanhdao", "chuyenvien");
		assertThat(workflow.decide(refused.code(), Decision.REFUSED, "Trẻ đã được đăng ký khai sinh", "lanhdao").status())
			.isEqualTo(DossierStatus.RESOLVED);

		Dossier stopped = intake.accept(complete("1.001193"), "tiepnhan");
		assertThat(workflow.stop(stopped.code(), SubmissionChannel.DIRECT, "Người nộp xin rút hồ sơ", "tiepnhan").status())
			.isEqualTo(DossierStatus.STOPPED);

		Dossier incomplete = intake.requestCompletion(complete("1.001193"), "Thiếu giấy chứng sinh", "tiepnhan");
		assertThat(incomplete.status()).isEqualTo(DossierStatus.INCOMPLETE_AT_INTAKE);
		assertThat(incomplete.dueDate()).isNull();
	}

	IntakeRequest complete(String procedureCode) {
		ProcedureVersion version = catalogue.inForce(procedureCode, LocalDate.now(clock)).orElseThrow();
		List<HandedDocument> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			documents.add(new HandedDocument(document.position(), document.original(), document.copies(),
					scan("scan-" + document.position() + ".pdf")));
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", procedureCode, SubmissionChannel.DIRECT, false,
				new Applicant("Nguyễn Văn An", "038095000123", "0912345678", "Thôn 1, xã Thiên Phủ", null, null),
				documents);
	}

	static Scan scan(String name) {
		return new Scan(name, "application/pdf", ("%PDF-1.4 " + name + " " + UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8));
	}

	long dossiers() {
		return jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}
}
