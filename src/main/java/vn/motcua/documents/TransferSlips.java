package vn.motcua.documents;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;

import static vn.motcua.documents.VietnameseText.shortDate;
import static vn.motcua.documents.VietnameseText.timeAndDate;

/**
 * The transfer slip of a liên thông dossier (Phiếu chuyển xử lý, NĐ 61/2018/NĐ-CP Art. 19.5; NĐ 118/2025/NĐ-CP Art.
 * 18) as an official document in the Nghị định 30/2020 layout: addressed to the agency, with the documents handed over
 * as a table and the share of the time limit with its last day, signed by the officer who sends it.
 */
final class TransferSlips {

	private final PaperLabels labels;

	TransferSlips(PaperLabels labels) {
		this.labels = labels;
	}

	OfficialDocument slip(TransferSlipPaper f) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(labels.get("documents.form.dear"), f.agency(), Paragraph.Style.CENTRED));
		blocks.add(Paragraph.body(labels.get("documents.transfer.body", f.issuer().name(), f.dossierCode(),
				f.applicantName(), labels.procedurePhrase(f.procedureName()), f.agency())));
		if (f.receivedAt() != null) {
			blocks.add(labels.field("documents.form.received-at", timeAndDate(f.receivedAt())));
		}
		if (f.dueAt() != null) {
			blocks.add(labels.field("documents.form.due-at", timeAndDate(f.dueAt())));
		}
		blocks.add(Paragraph.field(labels.get("documents.transfer.documents"), null));
		blocks.add(labels.documentsTable(f.documents()));
		blocks.add(labels.field("documents.transfer.share",
				labels.get("documents.transfer.share-value", String.format("%02d", f.shareWorkingDays()),
						timeAndDate(f.sentAt()), shortDate(f.shareDueDate()))));
		if (f.leadAgency() != null) {
			blocks.add(labels.field("documents.transfer.lead", f.leadAgency()));
		}
		if (!f.alongside().isEmpty()) {
			blocks.add(labels.field("documents.transfer.alongside", String.join("; ", f.alongside())));
		}
		blocks.add(Paragraph.body(labels.get("documents.transfer.answer", f.issuer().name(), shortDate(f.shareDueDate()))));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), null, f.issuer().place(),
				f.issuedOn(), labels.title("transfer"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)),
				List.of(labels.signer("documents.transfer.signer", f.sender())),
				List.of(labels.get("documents.transfer.recipient", f.agency()),
						labels.get("documents.form04.recipient-archive")),
				f.statusUrl(), false);
	}
}
