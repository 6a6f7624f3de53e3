package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.dossier.IntakeRequest.HandedDocument;
import vn.motcua.dossier.IntakeRequest.Scan;
import vn.motcua.shared.SubmissionChannel;

/** A complete intake at the counter of Xã Thiên Phủ: every required document handed in with its own scan. */
public final class CompleteIntake {

	private CompleteIntake() {
	}

	public static IntakeRequest of(ProcedureVersion version, String applicantName) {
		List<HandedDocument> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			documents.add(new HandedDocument(document.position(), document.original(), document.copies(),
					new Scan("scan-" + document.position() + ".pdf", "application/pdf",
							("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8))));
		}
		return new IntakeRequest(UUID.randomUUID(), "14908", version.code(), SubmissionChannel.DIRECT, false,
				new Applicant(applicantName, "038095000123", "0912345678", "Thôn 4, xã Thiên Phủ", null, null),
				documents);
	}
}
