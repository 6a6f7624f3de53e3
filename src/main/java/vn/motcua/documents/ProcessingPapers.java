package vn.motcua.documents;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.OfficialDocument.Block;
import vn.motcua.documents.OfficialDocument.Paragraph;
import vn.motcua.documents.OfficialDocument.Section;
import vn.motcua.documents.OfficialDocument.Table;

import static vn.motcua.documents.VietnameseText.compactTime;
import static vn.motcua.documents.VietnameseText.shortDate;
import static vn.motcua.documents.VietnameseText.timeAndDate;

/**
 * The forms of processing: Mẫu 04 (apology and new date), 05 (stop at the applicant's request), 06 (process
 * control) and 07 (tracking book), and the notice of refusal after review, as official documents.
 */
final class ProcessingPapers {

	private final PaperLabels labels;

	ProcessingPapers(PaperLabels labels) {
		this.labels = labels;
	}

	OfficialDocument apology(ApologyPaper f) {
		String body = f.issuer().name();
		String day = VietnameseText.longDate(f.receivedAt().toLocalDate());
		List<Block> blocks = List.of(labels.dear(f.applicant().name()),
				Paragraph.body(labels.get("documents.form04.received", capitalised(day), body,
						labels.procedurePhrase(f.procedureName()), f.applicant().name(), blank(f.applicant().idNumber()),
						f.dossierCode())),
				Paragraph.body(labels.get("documents.form04.original-due", timeAndDate(f.originalDueAt()))),
				Paragraph.body(labels.get("documents.form04.late", body)),
				new Paragraph(labels.get("documents.form04.reason"), f.reason(), Paragraph.Style.BODY),
				Paragraph.body(labels.get("documents.form04.apology", body, timeAndDate(f.newDueAt()))),
				Paragraph.body(labels.get("documents.form04.thanks")));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form04"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)), List.of(labels.signer(f.signer())),
				List.of(labels.get("documents.form04.recipient-above"), labels.get("documents.form04.recipient-archive")),
				f.statusUrl(), false);
	}

	OfficialDocument stop(StopNoticePaper f) {
		String body = f.issuer().name();
		List<Block> blocks = new ArrayList<>();
		blocks.add(labels.dear(f.applicant().name()));
		blocks.add(Paragraph.body(labels.get("documents.form05.requested",
				capitalised(VietnameseText.longDate(f.requestedAt().toLocalDate())), body, f.applicant().name(),
				blank(f.applicant().idNumber()), blank(f.requestChannel()))));
		blocks.add(labels.field("documents.form.dossier-code", f.dossierCode()));
		labels.addIfPresent(blocks, "documents.form.procedure", f.procedureName());
		if (f.receivedAt() != null) {
			blocks.add(labels.field("documents.form.received-at", timeAndDate(f.receivedAt())));
		}
		labels.addIfPresent(blocks, "documents.form05.stage", f.stage());
		blocks.add(Paragraph.body(labels.get("documents.form05.no-decision", body)));
		labels.addIfPresent(blocks, "documents.form05.originals", f.originalsHandling());
		labels.addIfPresent(blocks, "documents.form05.fees", f.feeHandling());
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form05"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)), List.of(labels.signer(f.signer())),
				List.of(labels.get("documents.form04.recipient-above"), labels.get("documents.form04.recipient-archive")),
				f.statusUrl(), false);
	}

	/** The notice that a dossier does not qualify after review, with its reasons (NĐ 61/2018 Art. 19.8). */
	OfficialDocument refusalAfterReview(RefusalAfterReviewPaper f) {
		String body = f.issuer().name();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(labels.get("documents.form.dear"), f.applicant().name(), Paragraph.Style.CENTRED));
		String received = f.receivedAt() == null ? "" : VietnameseText.longDate(f.receivedAt().toLocalDate());
		blocks.add(Paragraph.body(labels.get("documents.refusal-review.received", capitalised(received), body,
				f.applicant().name(), blank(f.applicant().idNumber()), f.procedureName(), f.dossierCode())));
		blocks.add(Paragraph.body(labels.get(f.lapsed() ? "documents.refusal-review.lapsed"
				: "documents.refusal-review.reviewed", body)));
		for (String reason : f.reasons().split("\\R")) {
			if (!reason.isBlank()) {
				blocks.add(Paragraph.body("- " + reason.strip()));
			}
		}
		blocks.add(Paragraph.body(labels.get("documents.refusal-review.originals")));
		blocks.add(Paragraph.body(labels.get("documents.refusal-review.closing")));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.decidedOn(), labels.get("documents.refusal-review.title"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)), List.of(labels.signer(f.signer())),
				List.of(labels.get("documents.form04.recipient-above"), labels.get("documents.form04.recipient-archive")),
				f.statusUrl(), false);
	}

	OfficialDocument processControl(ProcessControlPaper f) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(Paragraph.centred(labels.get("documents.form06.attached", f.dossierCode())));
		labels.addIfPresent(blocks, "documents.form.applicant", f.applicantName());
		labels.addIfPresent(blocks, "documents.form.procedure", f.procedureName());
		labels.addIfPresent(blocks, "documents.form06.resolving-unit", f.resolvingUnit());
		labels.addIfPresent(blocks, "documents.form06.coordinating-units", f.coordinatingUnits());
		if (f.receivedAt() != null) {
			blocks.add(labels.field("documents.form.received-at", timeAndDate(f.receivedAt())));
		}
		if (f.dueAt() != null) {
			blocks.add(labels.field("documents.form.due-at", timeAndDate(f.dueAt())));
		}
		if (f.extendedDueAt() != null) {
			blocks.add(labels.field("documents.form06.extended-due-at", timeAndDate(f.extendedDueAt())));
		}
		if (f.verdict() != null) {
			blocks.add(labels.field("documents.form06.verdict",
					labels.get("documents.form06.verdict-value", labels.get("documents.form06.result." + f.verdict().name()))));
		}
		List<List<String>> rows = f.handOvers().stream().map(h -> List.of(blank(h.unit()),
				labels.get("documents.form06.hand-over", blank(h.from()), blank(h.to()), timeAndDate(h.at())),
				h.timeliness() == null ? "" : labels.get("documents.form06.result." + h.timeliness().name()),
				h.note() == null ? "" : h.note())).toList();
		blocks.add(new Table(List.of(labels.get("documents.form06.col.unit"), labels.get("documents.form06.col.hand-over"),
				labels.get("documents.form06.col.result"), labels.get("documents.form06.col.note")), rows,
				List.of(4, 5, 4, 3)));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form06"), labels.dossierCodeLine(f.dossierCode()),
				List.of(new Section(null, blocks)), List.of(), List.of(), f.statusUrl(), false);
	}

	OfficialDocument trackingBook(TrackingBookPaper f) {
		List<List<String>> rows = f.entries().stream().map(e -> List.of(String.valueOf(e.sequence()),
				blank(e.dossierCode()), blank(e.procedureName()), blank(e.applicantName()), nonNull(e.addressAndPhone()),
				nonNull(e.leadAgency()), compactTime(e.receivedAt()), due(e), returned(e), nonNull(e.resultDelivery()), "",
				nonNull(e.note()))).toList();
		Table table = new Table(List.of(labels.get("documents.form.col.number"), labels.get("documents.form07.col.code"),
				labels.get("documents.form07.col.procedure"), labels.get("documents.form07.col.applicant"),
				labels.get("documents.form07.col.contact"), labels.get("documents.form07.col.agency"),
				labels.get("documents.form07.col.received"), labels.get("documents.form07.col.due"),
				labels.get("documents.form07.col.returned"), labels.get("documents.form07.col.delivery"),
				labels.get("documents.form07.col.signed"), labels.get("documents.form07.col.note")), rows,
				List.of(3, 16, 12, 11, 10, 9, 9, 9, 9, 9, 5, 6));
		return new OfficialDocument(f.issuer().parentBody(), f.issuer().issuingBody(), f.number(), f.issuer().place(),
				f.issuedOn(), labels.title("form07"),
				labels.get("documents.form07.period", shortDate(f.from()), shortDate(f.to())),
				List.of(new Section(null, List.of(table))), List.of(), List.of(), f.statusUrl(), true);
	}

	/** The due time on the receipt and, after an extension with apology, the new one below it. */
	private String due(TrackingBookEntry e) {
		return e.extendedDueAt() == null ? compactTime(e.dueAt())
				: compactTime(e.dueAt()) + "\n" + labels.get("documents.form07.extended", shortDate(e.extendedDueAt().toLocalDate()));
	}

	/** The return time and the timeliness word of the period report (judged against the original due date). */
	private String returned(TrackingBookEntry e) {
		String time = compactTime(e.returnedAt());
		if (e.timeliness() == null) {
			return time;
		}
		String word = labels.get("documents.form06.result." + e.timeliness().name());
		return time.isEmpty() ? word : time + "\n" + word;
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? "…" : value;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}
}
