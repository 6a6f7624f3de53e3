package vn.motcua.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.dossier.Decision;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierExtended;
import vn.motcua.dossier.DossierLinks;
import vn.motcua.dossier.DossierNotAccepted;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierResolved;
import vn.motcua.dossier.DossierReturned;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStopped;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.FeePayments;
import vn.motcua.dossier.MessageChannel;
import vn.motcua.dossier.SupplementReceived;
import vn.motcua.dossier.SupplementRequested;
import vn.motcua.shared.VietnameseMessages;

/**
 * Makes the applicant's message for each event of a dossier, in the transaction that changed the dossier: a
 * synchronous listener, as the national link's outbox (docs/architecture.md, "Events"), because the counter's intake
 * is the hot path and a registry delivery per received dossier cost a fifth of its throughput; the row is committed
 * with the step or not at all, and {@link NotificationSender} sends it. One message per event and dossier: the key
 * is the kind, the dossier and the event's own instant or date, so an event told twice makes one message.
 * <p>
 * What each message carries is what the law asks to tell (Nghị định 118/2025/NĐ-CP Art. 16–19): the code and due date,
 * what is missing and by when, the new date with an apology, where to collect the result and the fee still due; the
 * status link carries the QR token of the forms (the full receipt to whoever holds it). Never an ID number.
 */
@Component
class NotificationOutbox {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Notifications notifications;

	private final MessageTemplates templates;

	private final ApplicantContacts contacts;

	private final DossierLinks links;

	private final DossierWorkflow dossiers;

	private final FeePayments payments;

	private final Agencies agencies;

	private final VietnameseMessages messages;

	private final Clock clock;

	NotificationOutbox(Notifications notifications, MessageTemplates templates, ApplicantContacts contacts,
			DossierLinks links, DossierWorkflow dossiers, FeePayments payments, Agencies agencies,
			MessageSource bundle, Clock clock) {
		this.notifications = notifications;
		this.templates = templates;
		this.contacts = contacts;
		this.links = links;
		this.dossiers = dossiers;
		this.payments = payments;
		this.agencies = agencies;
		this.messages = new VietnameseMessages(bundle);
		this.clock = clock;
	}

	@EventListener
	void on(DossierReceived e) {
		make(NotificationKind.RECEIVED, e.code(), e.agencyCode(), e.code(),
				Map.of("han", day(e.dueDate())));
	}

	@EventListener
	void on(DossierNotAccepted e) {
		boolean incomplete = e.outcome() == DossierStatus.INCOMPLETE_AT_INTAKE;
		make(incomplete ? NotificationKind.INCOMPLETE : NotificationKind.REFUSED_AT_INTAKE, e.code(), e.agencyCode(),
				e.code(), Map.of(incomplete ? "thieu" : "ly_do", shortened(e.reason())));
	}

	@EventListener
	void on(SupplementRequested e) {
		Dossier d = dossiers.find(e.code()).orElseThrow();
		String by = dossiers.supplementBy(d).map(NotificationOutbox::day)
			.orElseGet(() -> messages.say("notifications.value.noDate"));
		make(NotificationKind.SUPPLEMENT_REQUESTED, e.code(), e.agencyCode(), e.code() + "@" + instant(e.at()),
				Map.of("thieu", shortened(e.missing()), "han_bo_sung", by));
	}

	@EventListener
	void on(SupplementReceived e) {
		make(NotificationKind.SUPPLEMENT_RECEIVED, e.code(), e.agencyCode(), e.code() + "@" + instant(e.at()),
				Map.of("han", day(e.newDueDate())));
	}

	@EventListener
	void on(DossierExtended e) {
		make(NotificationKind.EXTENDED, e.code(), e.agencyCode(), e.code() + "@" + instant(e.at()),
				Map.of("han_moi", day(e.newDueDate())));
	}

	@EventListener
	void on(DossierResolved e) {
		String where = messages.say("notifications.value.where",
				agencies.find(e.agencyCode()).map(Agency::name).orElse(e.agencyCode()));
		if (e.decision() == Decision.APPROVED) {
			Dossier d = dossiers.find(e.code()).orElseThrow();
			long paid = payments.of(d).stream().mapToLong(FeePayment::amountVnd).sum();
			long owed = Math.max(0, d.feeDue() - paid);
			String fee = owed == 0 ? messages.say("notifications.value.noFee")
					: messages.say("notifications.value.fee", String.format("%,d", owed).replace(',', '.'));
			make(NotificationKind.RESULT_READY, e.code(), e.agencyCode(), e.code(),
					Map.of("noi_nhan", where, "phi_con", fee));
		}
		else {
			make(NotificationKind.REFUSED, e.code(), e.agencyCode(), e.code(), Map.of("noi_nhan", where));
		}
	}

	@EventListener
	void on(DossierReturned e) {
		make(NotificationKind.RETURNED, e.code(), e.agencyCode(), e.code(), Map.of());
	}

	@EventListener
	void on(DossierStopped e) {
		make(NotificationKind.STOPPED, e.code(), e.agencyCode(), e.code(), Map.of());
	}

	private void make(NotificationKind kind, String code, String agencyCode, String key, Map<String, String> values) {
		if (!contacts.known(code)) {
			dossiers.find(code).ifPresent(d -> contacts.record(d, Set.of(MessageChannel.SMS)));
		}
		MessageTemplates.Template template = templates.current(kind);
		Map<String, String> params = new LinkedHashMap<>();
		for (String name : kind.parameters()) {
			params.put(name, switch (name) {
				case "ma_ho_so" -> code;
				case "lien_ket" -> links.receiptUrl(code);
				default -> values.getOrDefault(name, "");
			});
		}
		notifications.create(kind.name() + ":" + key, code, agencyCode, kind, template.version(), params,
				MessageText.fill(template.body(), params), OffsetDateTime.now(clock));
	}

	/** A free text (what is missing, a reason) cut to {@value MessageTemplates#FREE_TEXT} characters. */
	private static String shortened(String text) {
		String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return clean.length() <= MessageTemplates.FREE_TEXT ? clean
				: clean.substring(0, MessageTemplates.FREE_TEXT - 1).strip() + "…";
	}

	private static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	private static String instant(OffsetDateTime at) {
		return at == null ? "" : at.toInstant().toString();
	}
}
