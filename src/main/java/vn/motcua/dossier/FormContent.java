package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.agency.Agencies;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.FeeAssessment;
import vn.motcua.documents.ApologyForm;
import vn.motcua.documents.FormApplicant;
import vn.motcua.documents.FormIssuer;
import vn.motcua.documents.FormSigner;
import vn.motcua.documents.HandOver;
import vn.motcua.documents.MissingItem;
import vn.motcua.documents.ProcessControlForm;
import vn.motcua.documents.ReceiptForm;
import vn.motcua.documents.RefusalAfterReviewForm;
import vn.motcua.documents.RefusalForm;
import vn.motcua.documents.StopNoticeForm;
import vn.motcua.documents.SubmittedDocument;
import vn.motcua.documents.SupplementRequestForm;
import vn.motcua.identity.Officer;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.VietnamTime;

/** Fills each one-stop form with what the dossier says: the applicant, the documents, the dates, the people. */
@Component
class FormContent {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Agencies agencies;

	private final OfficerAccounts officers;

	private final Catalogue catalogue;

	private final DossierLinks links;

	private final MessageSource messages;

	FormContent(Agencies agencies, OfficerAccounts officers, Catalogue catalogue, DossierLinks links,
			MessageSource messages) {
		this.agencies = agencies;
		this.officers = officers;
		this.catalogue = catalogue;
		this.links = links;
		this.messages = messages;
	}

	ReceiptForm receipt(Dossier d) {
		Applicant a = d.applicant();
		List<SubmittedDocument> documents = d.documents().stream()
			.filter(doc -> doc.kind() == DossierDocument.Kind.COMPONENT)
			.map(doc -> new SubmittedDocument(doc.name(),
					doc.original() ? SubmittedDocument.CopyKind.ORIGINAL : SubmittedDocument.CopyKind.COPY, doc.copies()))
			.toList();
		BigDecimal fee = null;
		String feeNote = null;
		if (d.procedure().versionId() != null) {
			FeeAssessment assessment = catalogue.assessFees(d.procedure().versionId(), d.channel(),
					local(d.receivedAt()).toLocalDate());
			if (!assessment.lines().isEmpty()) {
				fee = BigDecimal.valueOf(d.feeDue());
				feeNote = assessment.exemptionsApplied().isEmpty() ? null
						: assessment.exemptionsApplied().get(0).description() + " ("
								+ assessment.exemptionsApplied().get(0).legalBasis() + ")";
			}
		}
		String receiver = stepActor(d, "RECEIVED");
		return new ReceiptForm(issuer(d), null, links.receiptUrl(d.code()), d.code(), presenter(a), authoriser(a),
				a.representative() == null ? null : a.representative().authorisationPaper(), d.procedure().name(),
				documents, 1, timeLimit(d.procedure().timeLimit()), local(d.receivedAt()),
				local(d.dueAt() != null ? d.dueAt() : d.dueDate().atTime(17, 0).atZone(VietnamTime.ZONE).toOffsetDateTime()),
				text("dossier.form.delivery." + d.channel().name()), fee, feeNote, null, null, name(receiver),
				links.ratingCode(d.code()));
	}

	SupplementRequestForm supplementRequest(Dossier d, LocalDate today) {
		String missing;
		String reason;
		String guide;
		if (d.status() == DossierStatus.INCOMPLETE_AT_INTAKE) {
			missing = d.closingReason();
			reason = text("dossier.form.missingReason");
			guide = stepActor(d, "INCOMPLETE_AT_INTAKE");
		}
		else {
			SupplementCycle last = d.supplements().get(d.supplements().size() - 1);
			missing = last.missing();
			reason = last.reason() == null || last.reason().isBlank() ? text("dossier.form.missingReason") : last.reason();
			guide = stepActor(d, "SUPPLEMENT_REQUESTED");
		}
		return new SupplementRequestForm(issuer(d), null, today, links.receiptUrl(d.code()), d.code(),
				full(d.applicant()), d.procedure().name(), missingItems(missing, reason), name(guide), null);
	}

	RefusalForm refusal(Dossier d, LocalDate today) {
		return new RefusalForm(issuer(d), null, today, links.receiptUrl(d.code()), d.code(), full(d.applicant()),
				d.procedure().name(), d.closingReason(), name(stepActor(d, "REFUSED_AT_INTAKE")));
	}

	ApologyForm apology(Dossier d, LocalDate today) {
		LocalDateTime originalDue = local(d.dueAt() != null ? d.dueAt()
				: d.dueDate().atTime(17, 0).atZone(VietnamTime.ZONE).toOffsetDateTime());
		LocalDateTime newDue = d.extendedDueDate().atTime(originalDue.toLocalTime());
		return new ApologyForm(issuer(d), null, today, links.receiptUrl(d.code()), d.code(), full(d.applicant()),
				d.procedure().name(), local(d.receivedAt()), originalDue, d.extensionReason(), newDue,
				signer(stepActor(d, "EXTENDED")));
	}

	/**
	 * Mẫu 05 on the applicant's withdrawal (NĐ 118/2025 Art. 21; TT 03/2025 Art. 7): the request's day, the way it came
	 * in (counter, post, online) and the stage the dossier was at are those of the withdrawal request, not of the
	 * dossier's submission; the notice is dated the day it was issued (the stop).
	 */
	StopNoticeForm stopNotice(Dossier d, LocalDate today) {
		DossierStep stop = step(d, "STOPPED");
		DossierStep request = d.withdrawalRequest().orElse(stop);
		String channel = d.channel().name();
		if (request != null && request.note() != null) {
			for (vn.motcua.shared.SubmissionChannel c : vn.motcua.shared.SubmissionChannel.values()) {
				if (request.note().startsWith(c.name() + ":")) {
					channel = c.name();
				}
			}
		}
		return new StopNoticeForm(issuer(d), null, stop == null ? today : local(stop.at()).toLocalDate(),
				links.receiptUrl(d.code()), d.code(), full(d.applicant()),
				d.procedure().name(), local(d.receivedAt()), local(request == null ? null : request.at()),
				text("dossier.form.requestChannel." + channel),
				request == null || request.from() == null ? null : text("dossier.status." + request.from().name()),
				text("dossier.form.originals"), text("dossier.form.fees"), signer(stop == null ? null : stop.actor()));
	}

	/** The notice of refusal after review (NĐ 61/2018 Art. 19.8), dated the day of the decision, signed by its maker. */
	RefusalAfterReviewForm refusalAfterReview(Dossier d, LocalDate today) {
		DossierStep decided = step(d, "REFUSED");
		DossierStep lapsed = step(d, "SUPPLEMENT_LAPSED");
		DossierStep act = lapsed != null ? lapsed : decided;
		return new RefusalAfterReviewForm(issuer(d), null, d.resolvedOn() != null ? d.resolvedOn() : today,
				links.receiptUrl(d.code()), d.code(), full(d.applicant()), d.procedure().name(), local(d.receivedAt()),
				d.resolvedOn(), d.decisionReason(), lapsed != null, signer(act == null ? null : act.actor()));
	}

	/** Mẫu 06: each hand-over, judged against the promised date (early, on time, late). */
	ProcessControlForm processControl(Dossier d, LocalDate today) {
		List<HandOver> handOvers = new ArrayList<>();
		LocalDate promised = d.effectiveDueDate();
		for (DossierStep step : d.steps()) {
			String unit = unit(step.action());
			if (unit == null) {
				continue;
			}
			LocalDate day = local(step.at()).toLocalDate();
			HandOver.Timeliness timeliness = promised == null ? null
					: day.isBefore(promised) ? HandOver.Timeliness.EARLY
					: day.isEqual(promised) ? HandOver.Timeliness.ON_TIME : HandOver.Timeliness.LATE;
			handOvers.add(new HandOver(text(unit), name(step.actor()),
					step.handedTo() == null ? null : name(step.handedTo()), local(step.at()), timeliness,
					text("dossier.step." + step.action())));
		}
		String agencyName = agencies.find(d.agencyCode()).map(x -> x.name()).orElse(d.agencyCode());
		return new ProcessControlForm(issuer(d), null, today, links.receiptUrl(d.code()), d.code(), d.applicant().name(),
				d.procedure().name(), text("dossier.form.resolvingUnit", agencyName), null, local(d.receivedAt()),
				d.effectiveDueDate() == null ? null : d.effectiveDueDate().atTime(17, 0), handOvers);
	}

	FormIssuer issuer(String agencyCode) {
		String name = agencies.find(agencyCode).map(x -> x.name()).orElse(agencyCode);
		String place = name.replaceFirst("^(Xã|Phường|Đặc khu|Thị trấn)\\s+", "");
		String lower = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
		return new FormIssuer(text("dossier.form.parentBody", name.toUpperCase(VIETNAMESE)),
				text("dossier.form.issuingBody"), text("dossier.form.issuerName", lower), place);
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

	static LocalDateTime local(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
	}

	private FormIssuer issuer(Dossier d) {
		return issuer(d.agencyCode());
	}

	private FormSigner signer(String username) {
		return new FormSigner(text("dossier.form.signerAuthority"), text("dossier.form.signerPosition"), name(username));
	}

	private String timeLimit(TimeLimit limit) {
		return text("dossier.form.timeLimit." + limit.unit().name(), String.format("%02d", limit.amount()));
	}

	private static String unit(String action) {
		return switch (action) {
			case "RECEIVED", "ASSIGNED", "RETURNED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED",
					"WITHDRAWAL_REQUESTED" -> "dossier.unit.counter";
			case "PROPOSED_APPROVED", "PROPOSED_REFUSED" -> "dossier.unit.specialist";
			case "SENT_BACK", "APPROVED", "REFUSED", "EXTENDED", "STOPPED", "SUPPLEMENT_LAPSED" -> "dossier.unit.leader";
			default -> null;
		};
	}

	private static List<MissingItem> missingItems(String missing, String reason) {
		List<MissingItem> items = new ArrayList<>();
		for (String line : missing.split("\\R")) {
			String item = line.strip().replaceFirst("^[-•*]\\s*", "");
			if (item.isEmpty()) {
				continue;
			}
			int colon = item.indexOf(':');
			items.add(colon > 0 && colon < item.length() - 1
					? new MissingItem(item.substring(0, colon).strip(), item.substring(colon + 1).strip())
					: new MissingItem(item, reason));
		}
		return items.isEmpty() ? List.of(new MissingItem(missing.strip(), reason)) : items;
	}

	private static FormApplicant full(Applicant a) {
		return new FormApplicant(a.name(), a.idNumber(), a.address(), a.phone(), a.email());
	}

	/** Who handed the dossier in: the authorised representative when there is one, else the applicant. */
	private static FormApplicant presenter(Applicant a) {
		Applicant.Representative r = a.representative();
		return r == null ? full(a) : new FormApplicant(r.name(), r.idNumber(), null, r.phone(), null);
	}

	private static FormApplicant authoriser(Applicant a) {
		return a.representative() == null ? null : full(a);
	}

	private static String stepActor(Dossier d, String action) {
		DossierStep step = step(d, action);
		return step == null ? null : step.actor();
	}

	private static DossierStep step(Dossier d, String action) {
		DossierStep found = null;
		for (DossierStep step : d.steps()) {
			if (step.action().equals(action)) {
				found = step;
			}
		}
		return found;
	}
}
