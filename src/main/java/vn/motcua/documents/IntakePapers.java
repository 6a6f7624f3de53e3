package vn.motcua.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Table;

import static vn.motcua.documents.VietnameseText.timeAndDate;

/** The forms of the counter: Mẫu 01 (receipt), 02 (supplement request) and 03 (refusal), as official documents. */
final class IntakePapers {

	private final PaperLabels labels;

	IntakePapers(PaperLabels labels) {
		this.labels = labels;
	}

	OfficialDocument receipt(ReceiptPaper f) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(labels.field("documents.form.receiving-unit", f.issuer().name()));
		blocks.addAll(labels.applicant("documents.form.received-from", f.applicant()));
		if (f.authoriser() != null) {
			blocks.add(labels.field("documents.form.authoriser", f.authoriser().name()));
			labels.addIfPresent(blocks, "documents.form.authoriser-id", f.authoriser().idNumber());
			labels.addIfPresent(blocks, "documents.form.authoriser-address", f.authoriser().address());
			labels.addIfPresent(blocks, "documents.form.authorisation-paper", f.authorisationPaper());
		}
		blocks.add(labels.field("documents.form.request", f.procedureName()));
		blocks.add(Paragraph.field(labels.get("documents.form01.documents"), null));
		blocks.add(labels.documentsTable(f.documents()));
		blocks.add(labels.field("documents.form01.sets",
				labels.get("documents.form01.sets-value", String.format("%02d", Math.max(1, f.sets())))));
		labels.addIfPresent(blocks, "documents.form01.time-limit", f.legalTimeLimit());
		blocks.add(labels.field("documents.form01.received-at", timeAndDate(f.receivedAt())));
		blocks.add(labels.field("documents.form01.due-at", timeAndDate(f.dueAt())));
		labels.addIfPresent(blocks, "documents.form01.delivery", f.resultDelivery());
		if (f.fee() != null) {
			blocks.add(labels.field("documents.form01.fee", fee(f.fee(), f.feeNote())));
		}
		else if (f.feeNote() != null && !f.feeNote().isBlank()) {
			blocks.add(labels.field("documents.form01.fee", f.feeNote().strip()));
		}
		if (f.bookVolume() != null || f.bookEntry() != null) {
			blocks.add(Paragraph.note(labels.get("documents.form01.book", blank(f.bookVolume()), blank(f.bookEntry()))));
		}
		if (f.ratingCode() != null) {
			blocks.add(Paragraph.note(labels.get("documents.form01.rating-code", f.ratingCode())));
		}
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.receivedAt().toLocalDate(), labels.title("form01"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)),
				List.of(labels.signer("documents.form.signer.applicant", f.applicant().name()),
						labels.signer("documents.form.signer.receiver", f.receivingOfficer())),
				List.of(), f.statusUrl(), false);
	}

	OfficialDocument supplementRequest(SupplementRequestPaper f) {
		List<Block> blocks = new ArrayList<>(labels.applicant("documents.form.dossier-of", f.applicant()));
		blocks.add(1, labels.field("documents.form.request", f.procedureName()));
		blocks.add(Paragraph.field(labels.get("documents.form02.missing"), null));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < f.missing().size(); i++) {
			rows.add(List.of(String.valueOf(i + 1), f.missing().get(i).item(), f.missing().get(i).reason()));
		}
		blocks.add(new Table(List.of(labels.get("documents.form.col.number"), labels.get("documents.form02.col.item"),
				labels.get("documents.form02.col.reason")), rows, List.of(1, 7, 6)));
		if (f.guideName() != null) {
			// never “số điện thoại …”: the phone is named only when known, else the place where the guide works
			String phone = f.guidePhone() == null || f.guidePhone().isBlank() ? ""
					: labels.get("documents.form02.contact-phone", f.guidePhone().strip());
			blocks.add(Paragraph.body(labels.get("documents.form02.contact", f.guideName(), f.issuer().name(), phone)));
		}
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form02"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)), List.of(labels.signer("documents.form.signer.guide", f.guideName())),
				List.of(), f.statusUrl(), false);
	}

	OfficialDocument refusal(RefusalPaper f) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(labels.field("documents.form.receiving-unit", f.issuer().name()));
		blocks.addAll(labels.applicant("documents.form.received-from", f.applicant()));
		blocks.add(labels.field("documents.form.request", f.procedureName()));
		blocks.add(Paragraph.body(labels.get("documents.form03.refusal", f.issuer().name())));
		blocks.add(Paragraph.body(f.reason()));
		blocks.add(Paragraph.body(labels.get("documents.form03.closing")));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form03"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)),
				List.of(labels.signer("documents.form.signer.applicant", f.applicant().name()),
						labels.signer("documents.form.signer.receiver", f.receivingOfficer())),
				List.of(), f.statusUrl(), false);
	}

	private static String fee(BigDecimal amount, String note) {
		String text = VietnameseText.amount(amount);
		return note == null || note.isBlank() ? text : text + " (" + note.strip() + ")";
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? "…" : value;
	}
}
