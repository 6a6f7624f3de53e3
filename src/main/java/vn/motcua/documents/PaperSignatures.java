package vn.motcua.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * The papers MotCua issues that wait for the personal signature of the officer or leader named on their signature
 * block ("văn bản chờ ký"; issue 17 item 4). Nghị định 30/2020/NĐ-CP Art. 13 and Phụ lục I mục I: the competent
 * person signs first, at the signing place of the signature block, then the organisation's signature (the seal) is
 * applied; Nghị định 118/2025/NĐ-CP and Thông tư 03/2025/TT-VPCP name, on each one-stop form, who signs it.
 * <p>
 * A PKCS#12 file or a PKCS#11 token needs its holder's PIN, which MotCua never stores: so the paper is kept
 * {@code WAITING} for that person until they enter the PIN on "Văn bản chờ tôi ký" ({@code /ky-so}); a remote-signing
 * certificate sends the request to the service and the paper is {@code REMOTE_PENDING} until the holder approves on
 * the phone ({@link DocumentSigning#collect}). Once signed (and sealed when {@code thenOrganisation} and the
 * agency's key is configured), {@link #current(UUID)} gives the signed copy for downloads and the verification code
 * opens its check. A person without a usable personal certificate gets no request ({@link #request} is empty): the
 * caller issues the paper with the organisation's signature only, never blocked. A newer copy of the same paper
 * cancels the older request ({@link #supersede}); while a paper waits, the copy given out says so ({@link #served}).
 * Over 300 lines: the whole life of a waiting paper (request, sign, collect, supersede, serve) reads best in one place.
 */
@Service
public class PaperSignatures {

	/** The state of a paper's personal signature. */
	public enum Status {
		WAITING, REMOTE_PENDING, SIGNED, REFUSED, CANCELLED
	}

	/**
	 * Published (synchronously, in the signing transaction) when a paper got its personal signature (and the
	 * organisation's, when it follows): {@code subject} is what the paper belongs to, {@code signedDocumentId} the
	 * signed copy. The outgoing documents move on to "signed" with it, whether the leader typed the PIN on the
	 * document's page, on "Văn bản chờ tôi ký", or approved on the phone.
	 */
	public record Signed(UUID requestId, String agencyCode, String subject, String title, UUID signedDocumentId,
			String signer) {
	}

	/** A paper waiting for (or given) a person's signature. */
	public record Request(UUID id, String agencyCode, String subject, String title, UUID documentId, String signer,
			String signerName, UUID certificateId, boolean thenOrganisation, UUID paperCode, String location, Status status,
			String message, OffsetDateTime requestedAt, UUID signedDocumentId, OffsetDateTime signedAt) {

		public boolean waiting() {
			return status == Status.WAITING || status == Status.REMOTE_PENDING;
		}
	}

	/** What a paper to be signed is: whose, which file, what it belongs to. */
	public record Paper(UUID documentId, String agencyCode, String subject, String title, String location,
			UUID paperCode) {
	}

	private final DocumentSigning signing;

	private final PdfSigner signer;

	private final SigningCertificates certificates;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	PaperSignatures(DocumentSigning signing, PdfSigner signer, SigningCertificates certificates, JdbcClient jdbc,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
		this.signing = signing;
		this.signer = signer;
		this.certificates = certificates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The personal certificate {@code username} may sign with now (their own first, then one they are allowed to
	 * use), or empty: then the paper carries the organisation's signature only.
	 */
	public Optional<SigningCertificates.Entry> personalCertificate(String agencyCode, String username) {
		if (username == null) {
			return Optional.empty();
		}
		return certificates.usableBy(agencyCode, username).stream().filter(e -> !e.organisational())
			.min(Comparator.comparing((SigningCertificates.Entry e) -> !username.equals(e.holder()))
				.thenComparing(SigningCertificates.Entry::notAfter, Comparator.reverseOrder()));
	}

	/**
	 * Keeps the paper waiting for {@code signer}'s personal signature when they have a usable personal certificate;
	 * empty otherwise (nothing recorded). {@code thenOrganisation}: the organisation's signature follows theirs.
	 */
	@Transactional
	public Optional<Request> request(Paper paper, String signer, String signerName, boolean thenOrganisation,
			String actor) {
		Optional<SigningCertificates.Entry> certificate = personalCertificate(paper.agencyCode(), signer);
		if (certificate.isEmpty()) {
			return Optional.empty();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into paper_signature (id, agency_code, subject, title, document_id, signer, signer_name,
				  certificate_id, then_organisation, paper_code, reason, location, status, requested_at, requested_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?)""")
			.params(id, paper.agencyCode(), paper.subject(), paper.title(), paper.documentId(), signer,
					signerName == null ? signer : signerName, certificate.get().id(), thenOrganisation, paper.paperCode(),
					paper.title(), paper.location(), OffsetDateTime.now(clock), actor)
			.update();
		audit.recordAs(actor, "PAPER_SIGNATURE_REQUESTED", paper.agencyCode(), paper.subject(), null,
				paper.title() + " — " + (signerName == null ? signer : signerName));
		return find(id);
	}

	/** The request still waiting for {@code subject}'s paper titled {@code title}, if any. */
	public Optional<Request> waitingOn(String subject, String title) {
		return jdbc.sql("select * from paper_signature where subject = ? and title = ?"
				+ " and status in ('WAITING', 'REMOTE_PENDING') order by requested_at desc, id limit 1")
			.params(subject, title).query((rs, i) -> request(rs)).optional();
	}

	/**
	 * Cancels the requests still waiting for {@code subject}'s paper titled {@code title} (null: any paper of the
	 * subject): a newer paper replaces it
	 * (a new Mẫu 02 for the same dossier, a re-issued paper), so the older one must not be signed any more. It leaves
	 * "Văn bản chờ tôi ký" with {@code reason} as its message; the audit says who and why
	 * ({@code PAPER_SIGNATURE_CANCELLED}, from its state to {@code CANCELLED}). Answers how many were cancelled.
	 */
	@Transactional
	public int supersede(String subject, String title, String reason, String actor) {
		List<Request> older = jdbc.sql("select * from paper_signature where subject = ? and (title = ? or cast(? as text) is null)"
				+ " and status in ('WAITING', 'REMOTE_PENDING') for update").params(subject, title, title)
			.query((rs, i) -> request(rs)).list();
		for (Request r : older) {
			jdbc.sql("update paper_signature set status = 'CANCELLED', message = ?, pending_signature_id = null"
					+ " where id = ?").params(reason, r.id()).update();
			audit.recordAs(actor, "PAPER_SIGNATURE_CANCELLED", r.agencyCode(), r.subject(), r.status().name(),
					"CANCELLED " + r.title() + " — " + reason);
		}
		return older.size();
	}

	/** The papers waiting for {@code username}'s signature, oldest first (remote ones asked again first). */
	public List<Request> waitingFor(String username) {
		return jdbc.sql("select * from paper_signature where signer = ? and status in ('WAITING', 'REMOTE_PENDING')"
				+ " order by requested_at, id").param(username).query((rs, i) -> request(rs)).list();
	}

	/** How many papers wait for {@code username}'s signature (the count in the navigation). */
	public long countWaiting(String username) {
		return jdbc.sql("select count(*) from paper_signature where signer = ? and status in ('WAITING', 'REMOTE_PENDING')")
			.param(username).query(Long.class).single();
	}

	/** The papers {@code username} signed, newest first (the last 20). */
	public List<Request> signedBy(String username) {
		return jdbc.sql("select * from paper_signature where signer = ? and status = 'SIGNED' order by signed_at desc"
				+ " limit 20").param(username).query((rs, i) -> request(rs)).list();
	}

	public Optional<Request> find(UUID id) {
		return jdbc.sql("select * from paper_signature where id = ?").param(id).query((rs, i) -> request(rs)).optional();
	}

	/** The latest signature request of a stored paper (by its unsigned or organisation-signed original). */
	public Optional<Request> of(UUID documentId) {
		return jdbc.sql("select * from paper_signature where document_id = ? order by requested_at desc, id limit 1")
			.param(documentId).query((rs, i) -> request(rs)).optional();
	}

	/** The copy to give out for a stored paper: the personally signed copy once signed, else the paper itself. */
	public UUID current(UUID documentId) {
		return of(documentId).filter(r -> r.status() == Status.SIGNED).map(Request::signedDocumentId).orElse(documentId);
	}

	/**
	 * The bytes to give out for a stored paper: while it waits for a personal signature, its first page says so at
	 * the top right ("Bản chưa ký số — đang chờ … ký số", on the served copy only; the stored file is unchanged), so a
	 * draft printed or sent on is not taken for the signed paper. A paper that already carries a signature (the
	 * receipt with the organisation's) is given as it is: a stamp would break that signature.
	 */
	public byte[] served(UUID documentId, byte[] pdf) {
		Optional<Request> waiting = of(documentId).filter(Request::waiting);
		if (waiting.isEmpty()) {
			return pdf;
		}
		return PadesAssembly.stamp(pdf, List.of(messages.getMessage("documents.paper.unsigned-stamp",
				new Object[] { waiting.get().signerName() }, java.util.Locale.forLanguageTag("vi"))));
	}

	/** Whether the stored paper waits for a personal signature now. */
	public boolean waits(UUID documentId) {
		return of(documentId).filter(Request::waiting).isPresent();
	}

	/** The verification code whose QR check opens this stored signed file, if any. */
	public Optional<UUID> paperCode(UUID storedDocumentId) {
		return jdbc.sql("select code from signed_paper where stored_document_id = ? limit 1").param(storedDocumentId)
			.query(UUID.class).optional();
	}

	/**
	 * Signs a waiting paper as {@code username} with their certificate: {@code pin} opens a PKCS#12 file or a token
	 * and is forgotten at once (a wrong one is refused with "Không mở được khoá ký trên thiết bị …", nothing stored);
	 * a remote certificate sends the request and the paper waits for the approval on the phone. Another person's
	 * paper is not found for them.
	 */
	@Transactional
	public Request sign(UUID id, String username, char[] pin) {
		Request r = locked(id).filter(x -> x.signer().equals(username))
			.orElseThrow(() -> signer.refused("documents.error.paper-signature-unknown"));
		if (r.status() == Status.REMOTE_PENDING) {
			return refresh(id);
		}
		if (r.status() != Status.WAITING) {
			return r;
		}
		DocumentSigning.Outcome outcome = signing.sign(r.documentId(), new DocumentSigning.Order(SignatureRole.SIGNER,
				r.certificateId(), pin, null, r.title(), r.location(), organisationFollows(r) ? null : r.paperCode(),
				username));
		if (outcome.status() == DocumentSigning.Outcome.Status.PENDING) {
			jdbc.sql("update paper_signature set status = 'REMOTE_PENDING', pending_signature_id = ?, message = null"
					+ " where id = ?").params(outcome.pendingId(), id).update();
			return find(id).orElseThrow();
		}
		return finish(r, outcome.signed(), username);
	}

	/**
	 * Asks the remote service about a paper waiting for the phone: signed (then sealed and kept), still waiting, or
	 * refused / expired (back to waiting, with the reason, so the person may ask again).
	 */
	@Transactional
	public Request refresh(UUID id) {
		Request r = locked(id).orElseThrow(() -> signer.refused("documents.error.paper-signature-unknown"));
		if (r.status() != Status.REMOTE_PENDING) {
			return r;
		}
		UUID pending = jdbc.sql("select pending_signature_id from paper_signature where id = ?").param(id)
			.query(UUID.class).single();
		DocumentSigning.Outcome outcome = signing.collect(pending);
		return switch (outcome.status()) {
			case PENDING -> r;
			case SIGNED -> finish(r, outcome.signed(), r.signer());
			default -> {
				jdbc.sql("update paper_signature set status = 'WAITING', pending_signature_id = null, message = ? where id = ?")
					.params(outcome.message(), id).update();
				yield find(id).orElseThrow();
			}
		};
	}

	/** Asks the remote service about the papers waiting for a phone (with the remote signatures' poller's pace). */
	@Scheduled(fixedDelayString = "${motcua.documents.remote-signing.poll-every:PT5S}")
	void pollRemote() {
		List<UUID> ids = jdbc.sql("select id from paper_signature where status = 'REMOTE_PENDING' order by requested_at limit 50")
			.query(UUID.class).list();
		for (UUID id : ids) {
			try {
				refresh(id);
			}
			catch (RuntimeException e) {
				org.slf4j.LoggerFactory.getLogger(PaperSignatures.class).warn("Paper signature {} not collected: {}", id,
						e.getMessage());
			}
		}
	}

	private Request finish(Request r, StoredDocument personallySigned, String username) {
		StoredDocument done = personallySigned;
		if (organisationFollows(r)) {
			// the organisation's signature (the seal over the left third of the signer's place) after the person's
			done = signing.sign(personallySigned.id(), new DocumentSigning.Order(SignatureRole.ORGANISATION, null, null,
					null, r.title(), r.location(), r.paperCode(), username)).signed();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				update paper_signature set status = 'SIGNED', signed_document_id = ?, signed_at = ?, message = null,
				  pending_signature_id = null where id = ?""").params(done.id(), now, r.id()).update();
		audit.recordAs(username, "PAPER_SIGNED", r.agencyCode(), r.subject(), r.status().name(),
				r.title() + " — " + r.signerName() + " (stored_document:" + done.id() + ")");
		events.publishEvent(new Signed(r.id(), r.agencyCode(), r.subject(), r.title(), done.id(), r.signer()));
		return find(r.id()).orElseThrow();
	}

	private boolean organisationFollows(Request r) {
		return r.thenOrganisation() && signing.organisationKeyConfigured()
				&& !certificates.configuredKeyRevoked(r.agencyCode());
	}

	private Optional<Request> locked(UUID id) {
		return jdbc.sql("select * from paper_signature where id = ? for update").param(id).query((rs, i) -> request(rs))
			.optional();
	}

	private static Request request(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Request(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("subject"),
				rs.getString("title"), rs.getObject("document_id", UUID.class), rs.getString("signer"),
				rs.getString("signer_name"), rs.getObject("certificate_id", UUID.class),
				rs.getBoolean("then_organisation"), rs.getObject("paper_code", UUID.class), rs.getString("location"),
				Status.valueOf(rs.getString("status")), rs.getString("message"), VietnamTime.read(rs, "requested_at"),
				rs.getObject("signed_document_id", UUID.class), VietnamTime.read(rs, "signed_at"));
	}
}
