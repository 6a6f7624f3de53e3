package vn.motcua.correspondence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.agency.NoticeRegister;
import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.StoredDocument;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * Outgoing documents from draft to issue (Nghị định 30/2020/NĐ-CP Art. 10–19; see {@link OutgoingDocument}). Each
 * action checks the actor's role in the document's agency (drafting and review: its officers; approval and signature:
 * the named signer, a leader; number, organisation's signature and issue: a clerk), runs in one transaction and is
 * recorded on the document and in the audit log: a refused signature (a wrong PIN) or a failed delivery leaves the
 * document as it was, with no number used. Over 300 lines: the seven steps of Art. 10–19 and the issue to
 * both kinds of recipient read best in one place.
 */
@Service
public class OutgoingDesk {

	/** The common series of the People's Committee in agency's register (shared with the one-stop's Mẫu 04). */
	static final String ADMINISTRATIVE_REGISTER = "UBND";

	/** Legal normative documents, numbered apart (Art. 15.1). */
	static final String NORMATIVE_REGISTER = "UBND-QPPL";

	private final OutgoingDocuments documents;

	private final OutgoingPapers papers;

	private final OutgoingSignatures signatures;

	private final NoticeRegister registers;

	private final IncomingDesk incoming;

	private final DocumentStore store;

	private final Agencies agencies;

	private final Staff staff;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final FormTokens formTokens;

	OutgoingDesk(OutgoingDocuments documents, OutgoingPapers papers, OutgoingSignatures signatures,
			NoticeRegister registers, IncomingDesk incoming, DocumentStore store, Agencies agencies, Staff staff,
			AuditTrail audit, MessageSource messages, Clock clock, FormTokens formTokens) {
		this.formTokens = formTokens;
		this.documents = documents;
		this.papers = papers;
		this.signatures = signatures;
		this.registers = registers;
		this.incoming = incoming;
		this.store = store;
		this.agencies = agencies;
		this.staff = staff;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** A new draft by an officer of the agency; the signer must be one of its leaders. */
	@Transactional
	public OutgoingDocument draft(String agencyCode, OutgoingDocument.Draft draft, String drafter) {
		return draft(agencyCode, null, draft, drafter);
	}

	/** A new draft as {@link #draft(String, OutgoingDocument.Draft, String)}, once per {@code formToken}. */
	@Transactional
	public OutgoingDocument draft(String agencyCode, UUID formToken, OutgoingDocument.Draft draft, String drafter) {
		Optional<Long> earlier = formTokens.madeBefore(FormTokens.Register.OUTGOING, formToken);
		if (earlier.isPresent()) {
			return get(earlier.get());
		}
		staff.requireMember(drafter, agencyCode);
		if (draft.register() == null || draft.type() == null || draft.authority() == null
				|| IncomingDocument.blank(draft.title()) || IncomingDocument.blank(draft.body())
				|| IncomingDocument.blank(draft.signerPosition())
				|| draft.internalRecipients().isEmpty() && draft.externalRecipients().isEmpty()) {
			throw new CorrespondenceRefused("correspondence.outgoing.incomplete");
		}
		staff.require(draft.signer(), agencyCode, OfficerRole.LEADER, "correspondence.refused.notALeader");
		for (String code : draft.internalRecipients()) {
			if (code.equals(agencyCode) || agencies.find(code).filter(Agency::active).isEmpty()) {
				throw new CorrespondenceRefused("correspondence.outgoing.unknownRecipient", code);
			}
		}
		OutgoingDocument.Draft clean = new OutgoingDocument.Draft(draft.register(), draft.type(),
				IncomingDesk.nfc(draft.draftingUnit()), IncomingDesk.nfc(draft.title()), IncomingDesk.nfc(draft.body()),
				draft.authority(), draft.signer().strip(), IncomingDesk.nfc(draft.signerPosition()),
				draft.internalRecipients(), draft.externalRecipients().stream().map(IncomingDesk::nfc)
					.filter(r -> !r.isBlank()).toList(), keptCopies(draft.keptCopies()));
		OutgoingDocument document = OutgoingDocument.drafted(agencyCode, clean, drafter, now());
		documents.insert(document);
		formTokens.keep(FormTokens.Register.OUTGOING, document.id(), formToken);
		audit.recordAs(drafter, "OUTGOING_DOCUMENT_DRAFTED", agencyCode, target(document), null, clean.title());
		return document;
	}

	/**
	 * The "Lưu" line (Nghị định 30/2020/NĐ-CP Phụ lục I mục II.11): the clerk's file always keeps a copy ("VT"), so a
	 * line left empty is "VT".
	 */
	private static String keptCopies(String typed) {
		String kept = IncomingDesk.nfc(typed);
		return kept == null || kept.isBlank() ? "VT" : kept;
	}

	@Transactional
	public OutgoingDocument submit(long id, String actor) {
		OutgoingDocument document = get(id);
		staff.requireMember(actor, document.agencyCode());
		return act(document, "OUTGOING_DOCUMENT_SUBMITTED", d -> d.submit(now(), actor));
	}

	/** Review by an officer of the agency other than the drafter: passed on to the signer, or sent back. */
	@Transactional
	public OutgoingDocument review(long id, boolean passed, String note, String actor) {
		OutgoingDocument document = get(id);
		staff.requireMember(actor, document.agencyCode());
		if (actor.equals(document.drafter())) {
			throw new CorrespondenceRefused("correspondence.refused.ownDraft");
		}
		return act(document, "OUTGOING_DOCUMENT_REVIEWED", d -> d.review(passed, note, now(), actor));
	}

	/** Approval by the signer named in the draft (a leader). */
	@Transactional
	public OutgoingDocument approve(long id, boolean approved, String note, String actor) {
		OutgoingDocument document = act(signerOnly(id, actor), "OUTGOING_DOCUMENT_APPROVED",
				d -> d.approve(approved, note, now(), actor));
		if (document.status() == OutgoingDocument.Status.APPROVED) {
			waitForLeader(document, actor); // on the leader's /ky-so from now on, when the leader has a certificate
		}
		return document;
	}

	/**
	 * The signer's own digital signature (Nghị định 30/2020/NĐ-CP Art. 13, Phụ lục I mục I) on the PDF rendered at
	 * approval (number and date blank, as fields for the clerk), with their personal certificate of the registry and
	 * {@code pin} (a PKCS#12 file or a token; null for a remote one, whose request goes to the phone and the document
	 * stays approved until {@link #onPaperSigned} moves it on). Refused when the leader has no usable personal
	 * certificate ("… chưa có chứng thư số cá nhân dùng được …") or the PIN is wrong; nothing changes then.
	 */
	@Transactional
	public OutgoingDocument sign(long id, String actor, char[] pin) {
		OutgoingDocument document = signerOnly(id, actor);
		if (document.status() != OutgoingDocument.Status.APPROVED) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		PaperSignatures.Request waiting = signatures.waiting(document).or(() -> waitForLeader(document, actor))
			.orElseThrow(() -> new CorrespondenceRefused("correspondence.refused.noPersonalCertificate",
					staff.fullName(actor)));
		signatures.signAsLeader(waiting, actor, pin);
		return get(id);
	}

	/** The leader's signature request of the document, waiting on their /ky-so; see {@link #sign}. */
	public Optional<PaperSignatures.Request> leaderSignature(OutgoingDocument document) {
		return signatures.waiting(document);
	}

	/** The device of the personal certificate the named signer may sign with now, or empty: none usable. */
	public Optional<SignatureDevice.Kind> signerDevice(OutgoingDocument document) {
		return signatures.leaderDevice(document);
	}

	/**
	 * A leader's paper got its signature (typed PIN here or on /ky-so, or approved on the phone): the
	 * document it belongs to is signed, in the same transaction, recorded as the leader's step.
	 */
	@EventListener
	void onPaperSigned(PaperSignatures.Signed signed) {
		OutgoingSignatures.documentOf(signed).flatMap(documents::find)
			.filter(d -> d.status() == OutgoingDocument.Status.APPROVED)
			.ifPresent(d -> act(d, "OUTGOING_DOCUMENT_SIGNED", x -> x.sign(signed.signedDocumentId(), now(),
					signed.signer())));
	}

	private Optional<PaperSignatures.Request> waitForLeader(OutgoingDocument document, String actor) {
		if (signatures.leaderDevice(document).isEmpty()) {
			return Optional.empty();
		}
		Agency agency = agency(document.agencyCode());
		String signerName = staff.fullName(document.draft().signer());
		byte[] pdf = papers.toSign(document, agency, signerName, today(), internalNames(document));
		StoredDocument stored = store.store(document.agencyCode(), "van-ban-di-" + document.id() + "-cho-ky.pdf",
				"application/pdf", new ByteArrayInputStream(pdf));
		return signatures.request(document, stored.id(), signerName, papers.place(agency), actor);
	}

	/**
	 * The clerk's number and date of issue in the right register of the year (Art. 15.1; restarts at 01 each 1
	 * January; legal normative documents apart), written into the signed PDF's fields, then the organisation's
	 * signature (Art. 15.2, Phụ lục I). A refused signature rolls the number back.
	 */
	@Transactional
	public OutgoingDocument number(long id, String clerk) {
		OutgoingDocument document = get(id);
		staff.require(clerk, document.agencyCode(), OfficerRole.CLERK, "correspondence.refused.notAClerk");
		if (document.status() != OutgoingDocument.Status.SIGNED) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		Agency agency = agency(document.agencyCode());
		LocalDate today = today();
		String register = document.draft().register() == OutgoingDocument.Register.NORMATIVE ? NORMATIVE_REGISTER
				: ADMINISTRATIVE_REGISTER;
		int number = registers.next(document.agencyCode(), register, today);
		String numberSymbol = papers.numberAndSymbol(number, document, today.getYear());
		byte[] filled = NumberFields.fill(read(document.signedPdf()), papers.numberLine(numberSymbol),
				papers.dateLine(agency, today));
		byte[] sealed = signatures.signAsOrganisation(filled, say("correspondence.sign.reason.organisation",
				numberSymbol), papers.place(agency));
		StoredDocument stored = store.store(document.agencyCode(), numberSymbol.replace('/', '-') + ".pdf",
				"application/pdf", new ByteArrayInputStream(sealed));
		return act(document, "OUTGOING_DOCUMENT_NUMBERED",
				d -> d.number(today.getYear(), number, numberSymbol, today, stored.id(), now(), clerk));
	}

	/**
	 * Issues the numbered document (Art. 16): each agency of this installation receives it into its incoming register
	 * at once (electronically, signed); for the others a package for the national document exchange is stored and
	 * the exchange status starts at 00 (packaged), which the clerk updates by hand.
	 */
	@Transactional
	public OutgoingDocument issue(long id, String clerk) {
		OutgoingDocument document = get(id);
		staff.require(clerk, document.agencyCode(), OfficerRole.CLERK, "correspondence.refused.notAClerk");
		if (document.status() != OutgoingDocument.Status.NUMBERED) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		Agency agency = agency(document.agencyCode());
		byte[] pdf = read(document.issuedPdf());
		String sender = say("correspondence.paper.parentBody") + " " + agency.name();
		for (String code : document.draft().internalRecipients()) {
			StoredDocument copy = store.store(code, document.numberSymbol().replace('/', '-') + ".pdf",
					"application/pdf", new ByteArrayInputStream(pdf));
			incoming.receiveFromInstallation(code, new IncomingDocument.Receipt(IncomingDocument.Medium.ELECTRONIC,
					sender, document.numberSymbol(), document.issuedOn(),
					say("correspondence.type." + document.draft().type().name()), document.draft().title(),
					Urgency.NORMAL), copy.id(), document.id(), clerk);
		}
		String exchange = null;
		if (!document.draft().externalRecipients().isEmpty()) {
			byte[] zip = ExchangePackage.zip(header(document, agency), pdf);
			store.store(document.agencyCode(), document.numberSymbol().replace('/', '-') + "-edxml.zip",
					"application/zip", new ByteArrayInputStream(zip));
			exchange = ExchangeStatus.PACKAGED.code();
		}
		String status = exchange;
		return act(document, "OUTGOING_DOCUMENT_ISSUED", d -> d.issue(status, now(), clerk));
	}

	/** A status the national exchange answered, recorded by a clerk. */
	@Transactional
	public OutgoingDocument recordExchangeStatus(long id, ExchangeStatus status, String clerk) {
		OutgoingDocument document = get(id);
		staff.require(clerk, document.agencyCode(), OfficerRole.CLERK, "correspondence.refused.notAClerk");
		if (status == null) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		return act(document, "OUTGOING_DOCUMENT_EXCHANGE_STATUS", d -> d.exchangeStatus(status, now(), clerk));
	}

	/** The exchange package of an issued document (the header and the signed PDF, one ZIP). */
	public byte[] exchangePackage(OutgoingDocument document) {
		if (document.issuedPdf() == null) {
			throw new CorrespondenceRefused("correspondence.notNow");
		}
		return ExchangePackage.zip(header(document, agency(document.agencyCode())), read(document.issuedPdf()));
	}

	public Optional<OutgoingDocument> find(long id) {
		return documents.find(id);
	}

	public List<OutgoingDocument> search(Collection<String> agencyCodes, String query) {
		return search(agencyCodes, query, null);
	}

	/** The documents of these agencies in these states ({@code null}: any), newest first. */
	public List<OutgoingDocument> search(Collection<String> agencyCodes, String query,
			Collection<OutgoingDocument.Status> states) {
		return documents.search(agencyCodes, query, states, 200);
	}

	/** The draft as it will be signed, in the layout of Phụ lục I (number blank, dated today), not signed. */
	public byte[] preview(OutgoingDocument document) {
		return papers.toSign(document, agency(document.agencyCode()), staff.fullName(document.draft().signer()),
				today(), internalNames(document));
	}

	/** The PDF as it stands: issued (numbered and sealed), signed by the leader, or null before signature. */
	public byte[] pdf(OutgoingDocument document) {
		UUID id = document.issuedPdf() != null ? document.issuedPdf() : document.signedPdf();
		return id == null ? null : read(id);
	}

	private ExchangePackage.Header header(OutgoingDocument d, Agency agency) {
		String symbol = d.numberSymbol().substring(d.numberSymbol().indexOf('/') + 1);
		return new ExchangePackage.Header(agency.code(), say("correspondence.paper.parentBody") + " " + agency.name(),
				d.numberSymbol(), d.number(), symbol, d.issuedOn(), papers.place(agency),
				say("correspondence.type." + d.draft().type().name()), d.draft().title(), d.draft().signerPosition(),
				staff.fullName(d.draft().signer()), d.draft().externalRecipients());
	}

	private List<String> internalNames(OutgoingDocument d) {
		List<String> names = new ArrayList<>();
		for (String code : d.draft().internalRecipients()) {
			names.add(say("correspondence.paper.parentBody") + " " + agency(code).name());
		}
		return names;
	}

	private OutgoingDocument signerOnly(long id, String actor) {
		OutgoingDocument document = get(id);
		staff.require(actor, document.agencyCode(), OfficerRole.LEADER, "correspondence.refused.notALeader");
		if (!actor.equals(document.draft().signer())) {
			throw new CorrespondenceRefused("correspondence.refused.notTheSigner");
		}
		return document;
	}

	private OutgoingDocument act(OutgoingDocument document, String action, Consumer<OutgoingDocument> transition) {
		String before = document.status().name();
		transition.accept(document);
		documents.update(document);
		DocumentStep step = document.steps().get(document.steps().size() - 1);
		audit.recordAs(step.actor(), action, document.agencyCode(), target(document), before,
				document.status().name() + (step.note() == null ? "" : " " + step.note()));
		return document;
	}

	private byte[] read(UUID stored) {
		try (InputStream in = store.open(stored)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Agency agency(String code) {
		return agencies.find(code).orElseThrow(() -> new CorrespondenceRefused("correspondence.unknown"));
	}

	private OutgoingDocument get(long id) {
		return documents.find(id).orElseThrow(() -> new CorrespondenceRefused("correspondence.unknown"));
	}

	private static String target(OutgoingDocument d) {
		return "outgoing_document:" + d.id();
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, OutgoingPapers.VIETNAMESE);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
