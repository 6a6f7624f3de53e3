package vn.motcua.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.agency.NoticeRegister;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.Countdown;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * The incoming register (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Art. 20–24 and Phụ lục IV): the clerk
 * registers what arrives with the next incoming number of the year (Art. 22.2: one series a year for paper and
 * electronic documents) and presents it to a leader (Art. 23); the leader directs it to a handling officer with a
 * deadline in working days (Art. 24.1, counted by the legal clock of {@link DeadlineCalendar}); the handling officer
 * records it done (Art. 24.2). Every step is on the document and in the audit log.
 */
@Service
public class IncomingDesk {

	/** The incoming register in agency's {@link NoticeRegister} (one row per agency and year). */
	static final String REGISTER = "DEN";

	private final IncomingDocuments documents;

	private final NoticeRegister registers;

	private final PdfUploads uploads;

	private final Staff staff;

	private final DeadlineCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	private final FormTokens formTokens;

	IncomingDesk(IncomingDocuments documents, NoticeRegister registers, PdfUploads uploads, Staff staff,
			DeadlineCalendar calendar, AuditTrail audit, Clock clock, FormTokens formTokens) {
		this.formTokens = formTokens;
		this.documents = documents;
		this.registers = registers;
		this.uploads = uploads;
		this.staff = staff;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** The PDF received, as uploaded ({@code null} content: none, allowed for a paper document only). */
	public record Attachment(String fileName, byte[] content) {

		boolean present() {
			return content != null && content.length > 0;
		}
	}

	/**
	 * Registers a document received by a clerk of the agency, presented to {@code leader} (a leader of the agency).
	 * An electronic document must come with its PDF; a PDF given is checked to be one.
	 */
	@Transactional
	public IncomingDocument register(String agencyCode, IncomingDocument.Receipt receipt, Attachment pdf,
			String leader, String clerk) {
		return register(agencyCode, null, receipt, pdf, leader, clerk);
	}

	/**
	 * Registers as {@link #register(String, IncomingDocument.Receipt, Attachment, String, String)} does, once per
	 * {@code formToken}: the same form posted again answers the document it registered, with its number.
	 */
	@Transactional
	public IncomingDocument register(String agencyCode, UUID formToken, IncomingDocument.Receipt receipt,
			Attachment pdf, String leader, String clerk) {
		Optional<Long> earlier = formTokens.madeBefore(FormTokens.Register.INCOMING, formToken);
		if (earlier.isPresent()) {
			return find(earlier.get()).orElseThrow();
		}
		staff.require(clerk, agencyCode, OfficerRole.CLERK, "correspondence.refused.notAClerk");
		validate(receipt);
		if (receipt.medium() == IncomingDocument.Medium.ELECTRONIC && (pdf == null || !pdf.present())) {
			throw new CorrespondenceRefused("correspondence.pdf.missing");
		}
		staff.require(leader, agencyCode, OfficerRole.LEADER, "correspondence.refused.notALeader");
		UUID stored = pdf != null && pdf.present() ? uploads.keep(agencyCode, pdf.fileName(), pdf.content()).id() : null;
		IncomingDocument saved = save(agencyCode, normalised(receipt), stored, leader.strip(), clerk, null);
		formTokens.keep(FormTokens.Register.INCOMING, saved.id(), formToken);
		return saved;
	}

	/**
	 * Registers, in the recipient agency's register, a document another agency of this installation issued to it
	 * (received electronically, Art. 21–22: the number of the recipient's register, presented to its first leader).
	 */
	@Transactional
	IncomingDocument receiveFromInstallation(String agencyCode, IncomingDocument.Receipt receipt, UUID signedPdf,
			long outgoingId, String actor) {
		String leader = staff.withRole(agencyCode, OfficerRole.LEADER).stream().map(o -> o.username()).findFirst()
			.orElse(null);
		return save(agencyCode, receipt, signedPdf, leader, actor, outgoingId);
	}

	private IncomingDocument save(String agencyCode, IncomingDocument.Receipt receipt, UUID stored, String leader,
			String actor, Long fromOutgoing) {
		LocalDate today = today();
		int number = registers.next(agencyCode, REGISTER, today);
		IncomingDocument document = IncomingDocument.registered(agencyCode, number, now(), today, receipt, stored,
				leader, actor);
		document.fromOutgoing = fromOutgoing;
		documents.insert(document);
		audit.recordAs(actor, "INCOMING_DOCUMENT_REGISTERED", agencyCode, target(document), null,
				document.incomingLabel() + " " + receipt.numberSymbol());
		return document;
	}

	/**
	 * The leader's direction: {@code handler} (an officer of the agency) handles it, {@code supporting} help, within
	 * {@code workingDays} working days counted from the next working day (as the legal clock counts).
	 */
	@Transactional
	public IncomingDocument direct(long id, String direction, String handler, String supporting, Integer workingDays,
			String leader) {
		IncomingDocument document = get(id);
		staff.require(leader, document.agencyCode(), OfficerRole.LEADER, "correspondence.refused.notALeader");
		if (workingDays == null || workingDays < 1 || workingDays > 90) {
			throw new CorrespondenceRefused("correspondence.incoming.daysInvalid");
		}
		if (!IncomingDocument.blank(handler)) {
			staff.requireMember(handler.strip(), document.agencyCode());
		}
		LocalDate due = calendar.plusWorkingDays(today(), workingDays);
		return act(document, "INCOMING_DOCUMENT_DIRECTED",
				d -> d.direct(direction, handler, supporting, due, now(), leader));
	}

	/** The handling officer (or a leader) records the document handled, with the result. */
	@Transactional
	public IncomingDocument complete(long id, String result, String officer) {
		IncomingDocument document = get(id);
		if (!officer.equals(document.handler())
				&& !staff.holds(officer, document.agencyCode(), OfficerRole.LEADER)) {
			throw new CorrespondenceRefused("correspondence.refused.notTheHandler");
		}
		return act(document, "INCOMING_DOCUMENT_DONE", d -> d.complete(result, today(), now(), officer));
	}

	public Optional<IncomingDocument> find(long id) {
		return documents.find(id);
	}

	/**
	 * What an officer looks for in the register: a year, words written with or without diacritics, a state, an
	 * urgency, only the overdue ones, only those waiting for {@code assignedTo} (to direct or to handle); each
	 * {@code null} (or false) means any.
	 */
	public record Filter(Integer year, String query, IncomingDocument.Status status, Urgency urgency, boolean overdue,
			String assignedTo) {

		public static Filter words(String query) {
			return new Filter(null, query, null, null, false, null);
		}
	}

	/** The register of these agencies, the open urgent ones first, then newest first, filtered by words. */
	public List<IncomingDocument> search(Collection<String> agencies, String query) {
		return search(agencies, Filter.words(query));
	}

	/** The register of these agencies as the filter asks, the open hỏa tốc and thượng khẩn ones first. */
	public List<IncomingDocument> search(Collection<String> agencies, Filter filter) {
		return documents.search(agencies, filter, today(), 200);
	}

	/** Whether the document is late: still open and past its deadline (Art. 24.2, tracking to completion). */
	public boolean overdue(IncomingDocument document) {
		return document.status() != IncomingDocument.Status.DONE && document.dueOn() != null
				&& document.dueOn().isBefore(today());
	}

	/** The year of today, Vietnam time: the register a list opens on. */
	public int currentYear() {
		return today().getYear();
	}

	/** Working days left until the deadline (or how late), by the agency's calendar. */
	public Countdown countdown(IncomingDocument document) {
		return document.dueOn() == null ? null : calendar.countdown(document.dueOn(), today());
	}

	private IncomingDocument act(IncomingDocument document, String action,
			java.util.function.Consumer<IncomingDocument> transition) {
		String before = document.status().name();
		transition.accept(document);
		documents.update(document);
		DocumentStep step = document.steps().get(document.steps().size() - 1);
		audit.recordAs(step.actor(), action, document.agencyCode(), target(document), before,
				document.status().name() + (step.note() == null ? "" : " " + step.note()));
		return document;
	}

	private IncomingDocument get(long id) {
		return documents.find(id).orElseThrow(() -> new CorrespondenceRefused("correspondence.unknown"));
	}

	private static void validate(IncomingDocument.Receipt r) {
		if (r == null || r.medium() == null || r.urgency() == null || r.documentDate() == null
				|| IncomingDocument.blank(r.sender()) || IncomingDocument.blank(r.numberSymbol())
				|| IncomingDocument.blank(r.documentType()) || IncomingDocument.blank(r.summary())) {
			throw new CorrespondenceRefused("correspondence.incoming.incomplete");
		}
	}

	private static IncomingDocument.Receipt normalised(IncomingDocument.Receipt r) {
		return new IncomingDocument.Receipt(r.medium(), nfc(r.sender()), nfc(r.numberSymbol()), r.documentDate(),
				nfc(r.documentType()), nfc(r.summary()), r.urgency());
	}

	static String nfc(String text) {
		return text == null ? null : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
	}

	static String target(IncomingDocument d) {
		return "incoming_document:" + d.id();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
