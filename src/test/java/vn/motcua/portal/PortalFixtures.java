package vn.motcua.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

/** Dossiers at Xã Thiên Phủ through the real intake and workflow, for the portal tests. */
@Component
public class PortalFixtures {

	public static final String NAME = "Trần Thị Bích Ngọc";

	public static final String ID_NUMBER = "038195004567";

	public static final String PHONE = "0987654321";

	public static final String ADDRESS = "Thôn Đông Sơn, xã Thiên Phủ";

	private final Intake intake;

	private final DossierWorkflow workflow;

	private final Catalogue catalogue;

	private final Clock clock;

	PortalFixtures(Intake intake, DossierWorkflow workflow, Catalogue catalogue, Clock clock) {
		this.clock = clock;
		this.intake = intake;
		this.workflow = workflow;
		this.catalogue = catalogue;
	}

	public Dossier received() {
		return intake.accept(request("1.004873"), "tiepnhan");
	}

	public Dossier awaitingSupplement(String missing) {
		Dossier dossier = received();
		workflow.assign(dossier.code(), "chuyenvien", "tiepnhan");
		return workflow.requestSupplement(dossier.code(), missing, "Thiếu giấy tờ", false, "chuyenvien");
	}

	public Dossier returned() {
		Dossier dossier = received();
		workflow.assign(dossier.code(), "chuyenvien", "tiepnhan");
		workflow.propose(dossier.code(), Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		workflow.decide(dossier.code(), Decision.APPROVED, null, "lanhdao");
		workflow.attachResult(dossier.code(), scan("ket-qua.pdf"), "lanhdao");
		return workflow.returnResult(dossier.code(), "COUNTER", "tiepnhan");
	}

	IntakeRequest request(String procedureCode) {
		ProcedureVersion version = catalogue.inForce(procedureCode, LocalDate.now(clock)).orElseThrow();
		List<HandedDocument> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			documents.add(new HandedDocument(document.position(), document.original(), document.copies(),
					scan("scan-" + document.position() + ".pdf")));
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", procedureCode, SubmissionChannel.DIRECT, false,
				new Applicant(NAME, ID_NUMBER, PHONE, ADDRESS, "ngoc@example.vn", null), documents);
	}

	static Scan scan(String name) {
		return new Scan(name, "application/pdf", ("%PDF-1.4 " + name + " " + UUID.randomUUID())
			.getBytes(StandardCharsets.UTF_8));
	}
}
