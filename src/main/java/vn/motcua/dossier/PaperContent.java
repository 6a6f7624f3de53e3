package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.NoticeSigning;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.FeeAssessment;
import vn.motcua.documents.ApologyPaper;
import vn.motcua.documents.PaperIssuer;
import vn.motcua.documents.PaperSigner;
import vn.motcua.documents.HandOver;
import vn.motcua.documents.ProcessControlPaper;
import vn.motcua.documents.ReceiptPaper;
import vn.motcua.documents.RefusalAfterReviewPaper;
import vn.motcua.documents.RefusalPaper;
import vn.motcua.documents.StopNoticePaper;
import vn.motcua.documents.SubmittedDocument;
import vn.motcua.documents.SupplementRequestPaper;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;

import static vn.motcua.dossier.PaperFacts.authoriser;
import static vn.motcua.dossier.PaperFacts.full;
import static vn.motcua.dossier.PaperFacts.inRunningText;
import static vn.motcua.dossier.PaperFacts.local;
import static vn.motcua.dossier.PaperFacts.missingItems;
import static vn.motcua.dossier.PaperFacts.originalDue;
import static vn.motcua.dossier.PaperFacts.presenter;
import static vn.motcua.dossier.PaperFacts.step;
import static vn.motcua.dossier.PaperFacts.stepActor;
import static vn.motcua.dossier.PaperFacts.unit;

/**
 * Fills each one-stop form with what the dossier says: the applicant, the documents, the dates, the people. It is
 * longer than 300 lines because it fills every form of the one-stop (Mẫu 01–06, the refusal after review, the liên
 * thông transfer slip) from the same lookups (issuers, signers, names, links); one class per form would repeat them.
 */
@Component
class PaperContent {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The kind before a commune's name (“Xã Thiên Phủ”), left out of the place of the date line. */
	private static final String KIND = "^(Xã|Phường|Đặc khu|Thị trấn)\\s+";

	private final Agencies agencies;

	private final OfficerAccounts officers;

	private final Catalogue catalogue;

	private final DossierLinks links;

	private final MessageSource messages;

	private final NoticeSigning signing;

	private final NoticeNumbers numbers;

	PaperContent(Agencies agencies, OfficerAccounts officers, Catalogue catalogue, DossierLinks links,
			MessageSource messages, NoticeSigning signing, NoticeNumbers numbers) {
		this.signing = signing;
		this.numbers = numbers;
		this.agencies = agencies;
		this.officers = officers;
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	ReceiptPaper receipt(Dossier d) {
		Applicant a = d.applicant();
		List<SubmittedDocument> documents = d.documents().stream()
			.filter(doc -> doc.kind() == DossierDocument.Kind.COMPONENT)
			.map(doc -> new SubmittedDocument(doc.name(),
					doc.original() ? SubmittedDocument.CopyKind.ORIGINAL : SubmittedDocument.CopyKind.COPY, doc.copies()))
			.toList();
		BigDecimal fee = null;
		String feeNote = null;
		if (d.procedure().versionId() != null) {
			FeeAssessment assessment = DossierFees.atReceipt(catalogue, d);
			if (!assessment.lines().isEmpty()) {
				fee = assessment.amountToBeSet() ? null : BigDecimal.valueOf(d.feeDue());
				feeNote = assessment.exemptionsApplied().isEmpty()
						? assessment.amountToBeSet() ? text("dossier.form.feeToBeSet") : null
						: assessment.exemptionsApplied().get(0).description() + " ("
								+ assessment.exemptionsApplied().get(0).legalBasis() + ")";
			}
		}
		String receiver = stepActor(d, StepAction.RECEIVED);
		return new ReceiptPaper(issuer(d), null, links.receiptUrl(d.code()), d.code(), presenter(a), authoriser(a),
				a.representative() == null ? null : a.representative().authorisationPaper(), d.procedure().name(),
				documents, 1, timeLimit(d.procedure().timeLimit()), local(d.receivedAt()),
				originalDue(d),
				text("dossier.form.delivery." + d.channel().name()), fee, feeNote, null, null, name(receiver),
				links.ratingCode(d.code()));
	}

	SupplementRequestPaper supplementRequest(Dossier d, LocalDate today) {
		String missing;
		String reason;
		String guide;
		if (d.status() == DossierStatus.INCOMPLETE_AT_INTAKE) {
			missing = d.closingReason();
			reason = text("dossier.form.missingReason");
			guide = stepActor(d, StepAction.INCOMPLETE_AT_INTAKE);
		}
		else {
			SupplementCycle last = d.supplements().get(d.supplements().size() - 1);
			missing = last.missing();
			reason = last.reason() == null || last.reason().isBlank() ? text("dossier.form.missingReason") : last.reason();
			guide = stepActor(d, StepAction.SUPPLEMENT_REQUESTED);
		}
		return new SupplementRequestPaper(issuer(d), null, today, links.receiptUrl(d.code()), d.code(),
				full(d.applicant()), d.procedure().name(), missingItems(missing, reason), name(guide), null);
	}

	RefusalPaper refusal(Dossier d, LocalDate today) {
		return new RefusalPaper(issuer(d), null, today, links.receiptUrl(d.code()), d.code(), full(d.applicant()),
				d.procedure().name(), d.closingReason(), name(stepActor(d, StepAction.REFUSED_AT_INTAKE)));
	}

	/**
	 * Mẫu 04, issued by the resolving agency (the commune's People's Committee), signed by whoever its signing set-up
	 * names (never the receiving officer), numbered from its register and dated on the day of the extension.
	 */
	ApologyPaper apology(Dossier d, LocalDate today) {
		LocalDateTime originalDue = originalDue(d);
		LocalDateTime newDue = d.extendedDueDate().atTime(originalDue.toLocalTime());
		DossierStep extended = step(d, StepAction.EXTENDED);
		LocalDate dated = extended == null ? today : local(extended.at()).toLocalDate();
		NoticeNumbers.Numbered numbered = numbers.of(d, OneStopPaper.APOLOGY, text("dossier.form.symbol.APOLOGY"),
				NoticeSigning.Paper.APOLOGY.register(), dated);
		return new ApologyPaper(committee(d.agencyCode()), numbered.number(), numbered.dated(),
				links.receiptUrl(d.code()), d.code(), full(d.applicant()), d.procedure().name(), local(d.receivedAt()),
				originalDue, d.extensionReason(), newDue, signer(d.agencyCode(), NoticeSigning.Paper.APOLOGY));
	}

	/**
	 * Mẫu 05 on the applicant's withdrawal (NĐ 118/2025 Art. 21; TT 03/2025 Art. 7), issued by the one-stop (the public
	 * administrative service centre), signed by its director or a deputy as set up, numbered from its register and dated
	 * on the day of the stop; the request's day, the way it came in (counter, post, online) and the stage the dossier
	 * was at are those of the withdrawal request, not of the dossier's submission.
	 */
	StopNoticePaper stopNotice(Dossier d, LocalDate today) {
		DossierStep stop = step(d, StepAction.STOPPED);
		DossierStep request = d.withdrawalRequest().orElse(stop);
		String channel = d.withdrawalChannel().name();
		LocalDate dated = stop == null ? today : local(stop.at()).toLocalDate();
		NoticeNumbers.Numbered numbered = numbers.of(d, OneStopPaper.STOP_NOTICE,
				text("dossier.form.symbol.STOP_NOTICE"), NoticeSigning.Paper.STOP_NOTICE.register(), dated);
		return new StopNoticePaper(issuer(d), numbered.number(), numbered.dated(), links.receiptUrl(d.code()), d.code(),
				full(d.applicant()), d.procedure().name(), local(d.receivedAt()),
				local(request == null ? null : request.at()), text("dossier.form.requestChannel." + channel),
				request == null || request.from() == null ? null : text("dossier.status." + request.from().name()),
				text("dossier.form.originals"), text("dossier.form.fees"),
				signer(d.agencyCode(), NoticeSigning.Paper.STOP_NOTICE));
	}

	/**
	 * The notice of refusal after review (NĐ 61/2018 Art. 19.8), issued by the People's Committee, numbered from its
	 * register ("…/TB-UBND") and dated the day of the decision, signed by the leader who decided on its behalf (TM. ỦY BAN NHÂN DÂN, with KT. CHỦ TỊCH for a deputy, Nghị định
	 * 30/2020/NĐ-CP Art. 13), as the committee's other notices are.
	 */
	RefusalAfterReviewPaper refusalAfterReview(Dossier d, LocalDate today) {
		DossierStep decided = step(d, StepAction.REFUSED);
		DossierStep lapsed = step(d, StepAction.SUPPLEMENT_LAPSED);
		DossierStep act = lapsed != null ? lapsed : decided;
		String leader = act == null ? null : act.actor();
		String position = leader == null ? null : officers.position(leader).orElse(null);
		LocalDate dated = d.resolvedOn() != null ? d.resolvedOn() : today;
		NoticeNumbers.Numbered numbered = numbers.of(d, OneStopPaper.REFUSAL_AFTER_REVIEW,
				text("dossier.form.symbol.REFUSAL_AFTER_REVIEW"), NoticeSigning.Paper.APOLOGY.register(), dated);
		return new RefusalAfterReviewPaper(committee(d.agencyCode()), numbered.number(), numbered.dated(),
				links.receiptUrl(d.code()), d.code(), full(d.applicant()), d.procedure().name(), local(d.receivedAt()),
				d.resolvedOn(), d.decisionReason(), lapsed != null, PaperSigner.of(NoticeSigning.titleLines(
						NoticeSigning.Paper.APOLOGY, NoticeSigning.Authority.TM, position), name(leader)));
	}

	/**
	 * Mẫu 06: each hand-over between units, the receiving party named (the one who acted next; the applicant for the
	 * return), judged by {@link Timeliness} against the original due date as the period report judges it; both the
	 * original and the extended due time are printed.
	 */
	ProcessControlPaper processControl(Dossier d, LocalDate today) {
		List<DossierStep> counted = d.steps().stream().filter(step -> unit(step.action()) != null).toList();
		List<HandOver> handOvers = new ArrayList<>();
		String commune = inRunningText(agencyName(d.agencyCode()));
		for (int i = 0; i < counted.size(); i++) {
			DossierStep step = counted.get(i);
			InteragencyTransfer transfer = transferOf(d, step);
			if (transfer != null) {
				handOvers.add(transferLine(step, transfer, text(unit(step.action()), commune), d));
				continue;
			}
			String receiver = step.handedTo() != null ? name(step.handedTo())
					: i + 1 < counted.size() ? name(counted.get(i + 1).actor())
					: step.action() == StepAction.RETURNED ? d.applicant().name() : null;
			Timeliness timeliness = d.dueDate() == null ? null : Timeliness.of(local(step.at()).toLocalDate(), d.dueDate());
			handOvers.add(new HandOver(text(unit(step.action()), commune), name(step.actor()), receiver, local(step.at()),
					timeliness == null ? null : HandOver.Timeliness.valueOf(timeliness.name()),
					text(step.action().messageKey())));
		}
		Timeliness verdict = Timeliness.of(d); // the period report's verdict, against the original due date
		return new ProcessControlPaper(issuer(d), null, today, links.receiptUrl(d.code()), d.code(), d.applicant().name(),
				d.procedure().name(), text("dossier.form.resolvingUnit", commune),
				d.transfers().isEmpty() ? null
						: String.join("; ", d.transfers().stream().map(InteragencyTransfer::agency).distinct().toList()),
				local(d.receivedAt()),
				originalDue(d), d.extendedDueDate() == null ? null : d.extendedDueDate().atTime(originalDue(d).toLocalTime()),
				verdict == null ? null : HandOver.Timeliness.valueOf(verdict.name()), handOvers);
	}

	/**
	 * The transfer slip of the transfer at {@code position} (Phiếu chuyển xử lý; NĐ 61/2018 Art. 19.5, NĐ 118/2025
	 * Art. 18), issued by the receiving one-stop on the day it sent the dossier: the documents handed over are those
	 * received (as on Mẫu 01), the share and its last day as recorded, the lead and the other agencies of a parallel
	 * consultation.
	 */
	vn.motcua.documents.TransferSlipPaper transferSlip(Dossier d, InteragencyTransfer t) {
		List<SubmittedDocument> documents = d.documents().stream()
			.filter(doc -> doc.kind() == DossierDocument.Kind.COMPONENT)
			.map(doc -> new SubmittedDocument(doc.name(),
					doc.original() ? SubmittedDocument.CopyKind.ORIGINAL : SubmittedDocument.CopyKind.COPY, doc.copies()))
			.toList();
		List<InteragencyTransfer> batch = d.transfers().stream().filter(x -> x.batch() == t.batch()).toList();
		String lead = batch.size() < 2 ? null
				: batch.stream().filter(InteragencyTransfer::lead).map(InteragencyTransfer::agency).findFirst().orElse(null);
		List<String> alongside = batch.stream().filter(x -> x.position() != t.position())
			.map(InteragencyTransfer::agency).toList();
		return new vn.motcua.documents.TransferSlipPaper(issuer(d), local(t.sentAt()).toLocalDate(),
				links.receiptUrl(d.code()), d.code(), t.agency(), t.position(), d.applicant().name(), d.procedure().name(),
				local(d.receivedAt()), d.dueDate() == null ? null : originalDue(d), documents, t.shareWorkingDays(),
				local(t.sentAt()), t.shareDueDate(), lead, alongside, name(t.sentBy()));
	}

	/** The liên thông transfer a step of the timeline records (sent or returned at that instant, to that agency). */
	private static InteragencyTransfer transferOf(Dossier d, DossierStep step) {
		boolean out = step.action() == StepAction.TRANSFERRED_OUT;
		boolean back = step.action() == StepAction.TRANSFERRED_BACK || step.action() == StepAction.TRANSFERRED_BACK_LATE;
		if (!out && !back) {
			return null;
		}
		return d.transfers().stream().filter(t -> t.agency().equals(step.handedTo()))
			.filter(t -> out ? t.sentAt().isEqual(step.at()) : t.returnedAt() != null && t.returnedAt().isEqual(step.at()))
			.findFirst().orElse(null);
	}

	/**
	 * A line of Mẫu 06 for a liên thông hand-off (NĐ 61/2018 Art. 19.5–19.6): “Giao” from the one-stop to the agency,
	 * judged as the other lines are (against the dossier's original due date); “Nhận” back from the agency, named as the
	 * unit, judged by {@link Timeliness} against the end of that agency's share.
	 */
	private HandOver transferLine(DossierStep step, InteragencyTransfer t, String oneStop, Dossier d) {
		String share = text("dossier.step.transferShare", t.shareWorkingDays(),
				t.shareDueDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		String note = text(step.action().messageKey()) + " (" + share + ")";
		if (step.action() == StepAction.TRANSFERRED_OUT) {
			Timeliness timeliness = d.dueDate() == null ? null : Timeliness.of(local(step.at()).toLocalDate(), d.dueDate());
			return new HandOver(oneStop, name(step.actor()), t.agency(), local(step.at()),
					timeliness == null ? null : HandOver.Timeliness.valueOf(timeliness.name()), note);
		}
		String from = t.agencyCode() == null ? t.agency() : name(step.actor()) + " – " + t.agency();
		String to = t.agencyCode() == null ? name(step.actor()) : oneStop;
		Timeliness timeliness = Timeliness.of(local(step.at()).toLocalDate(), t.shareDueDate());
		return new HandOver(t.agency(), from, to, local(step.at()), HandOver.Timeliness.valueOf(timeliness.name()), note);
	}

	/**
	 * The user name of the person named on the form's signature block, who signs it with their own certificate (issue
	 * 17 item 4; Nghị định 30/2020/NĐ-CP Art. 13): Mẫu 01 the receiving officer, Mẫu 02 the officer who asked for the
	 * supplement, Mẫu 03 the officer who refused at the counter, Mẫu 04 and 05 the signer of the agency's signing set-up,
	 * the refusal after review the leader who decided; null for a form without a personal signature block (Mẫu 06) or
	 * a blank one (no set-up).
	 */
	String signerOf(Dossier d, OneStopPaper form) {
		return switch (form) {
			case RECEIPT -> stepActor(d, StepAction.RECEIVED);
			case SUPPLEMENT_REQUEST -> d.status() == DossierStatus.INCOMPLETE_AT_INTAKE
					? stepActor(d, StepAction.INCOMPLETE_AT_INTAKE) : stepActor(d, StepAction.SUPPLEMENT_REQUESTED);
			case REFUSAL -> stepActor(d, StepAction.REFUSED_AT_INTAKE);
			case APOLOGY -> signing.setup(d.agencyCode(), NoticeSigning.Paper.APOLOGY).signerUsername();
			case STOP_NOTICE -> signing.setup(d.agencyCode(), NoticeSigning.Paper.STOP_NOTICE).signerUsername();
			case REFUSAL_AFTER_REVIEW -> {
				DossierStep lapsed = step(d, StepAction.SUPPLEMENT_LAPSED);
				DossierStep act = lapsed != null ? lapsed : step(d, StepAction.REFUSED);
				yield act == null ? null : act.actor();
			}
			case PROCESS_CONTROL, TRANSFER_SLIP -> null;
		};
	}

	/** The People's Committee of the commune as the issuer of Mẫu 04 (“ỦY BAN NHÂN DÂN XÃ THIÊN PHỦ”). */
	PaperIssuer committee(String agencyCode) {
		String name = agencyName(agencyCode);
		return new PaperIssuer(null, text("dossier.form.committeeBody", name.toUpperCase(VIETNAMESE)),
				text("dossier.form.resolvingUnit", inRunningText(name)), name.replaceFirst(KIND, ""));
	}

	private String agencyName(String agencyCode) {
		return agencies.find(agencyCode).map(x -> x.name()).orElse(agencyCode);
	}

	PaperIssuer issuer(String agencyCode) {
		String name = agencyName(agencyCode);
		return new PaperIssuer(text("dossier.form.parentBody", name.toUpperCase(VIETNAMESE)),
				text("dossier.form.issuingBody"), text("dossier.form.issuerName", inRunningText(name)), name.replaceFirst(KIND, ""));
	}

	/** The public address printed as the tracking book's QR code. */
	String trackingBookUrl() {
		return links.statusUrl("").replaceAll("/$", "");
	}

	String name(String username) {
		if (username == null) {
			return null;
		}
		return officers.findByUsername(username).map(Officer::fullName).orElse(username);
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, VIETNAMESE);
	}

	private PaperIssuer issuer(Dossier d) {
		return issuer(d.agencyCode());
	}

	/**
	 * The signature block of a notice as the agency's signing set-up names it (Nghị định 30/2020/NĐ-CP Art. 13): the
	 * authority lines with the signer's position, and the signer's name; without a set-up, the law's default block with
	 * a blank name.
	 */
	private PaperSigner signer(String agencyCode, NoticeSigning.Paper paper) {
		NoticeSigning.Setup setup = signing.setup(agencyCode, paper);
		String username = setup.signerUsername();
		String position = username == null ? null : officers.position(username).orElse(null);
		return PaperSigner.of(NoticeSigning.titleLines(paper, setup.authority(), position), name(username));
	}

	private String timeLimit(TimeLimit limit) {
		return text("dossier.form.timeLimit." + limit.unit().name(), String.format("%02d", limit.amount()));
	}
}

