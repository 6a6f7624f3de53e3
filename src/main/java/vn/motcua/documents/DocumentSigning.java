package vn.motcua.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * Signs a stored PDF as someone, with the device their registered certificate names (issue 17 items 3–4): the API
 * other modules call (the one-stop's forms, the outgoing documents). A PKCS#12 file or a PKCS#11 token signs at once;
 * a remote signing service answers later, after the signer approves on the phone: the request is then kept as a
 * {@link Pending} signature ("chờ người ký xác nhận trên điện thoại"), asked again every few seconds and completed
 * (the signed copy stored) on approval, or closed with the reason on refusal or when nobody approved within
 * {@code MOTCUA_REMOTE_SIGNING_WAIT}; nothing half-signed is ever stored. A signed paper may carry a verification
 * code ({@link #newPaperCode()}): its QR code opens the check of the stored signed file
 * ({@code /public/kiem-tra-chu-ky/{code}}).
 */
@Service
public class DocumentSigning {

	/**
	 * What to sign and as whom: {@code certificateId} a registered certificate (null: the agency's configured key, as
	 * the organisation), {@code pin} for a PKCS#12 file or a token, {@code mainNumber} for an attachment,
	 * {@code paperCode} the verification code printed in the paper's QR code (or null), {@code actor} the user name.
	 */
	public record Order(SignatureRole role, UUID certificateId, char[] pin, String mainNumber, String reason,
			String location, UUID paperCode, String actor) {
	}

	/** The result: signed (the copy), pending (the request), or refused / expired (why). */
	public record Outcome(Status status, StoredDocument signed, UUID pendingId, String message) {

		public enum Status {
			SIGNED, PENDING, REFUSED, EXPIRED
		}
	}

	/** A signature asked of a remote signer. */
	public record Pending(UUID id, String fileName, String signerId, String status, String message,
			OffsetDateTime requestedAt, String requestedBy, UUID signedDocumentId) {
	}

	private final PdfSigner signer;

	private final SigningCertificates certificates;

	private final DocumentStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DocumentSigning(PdfSigner signer, SigningCertificates certificates, DocumentStore store, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.signer = signer;
		this.certificates = certificates;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the agency's key is configured, so MotCua can sign as the organisation unattended. */
	public boolean organisationKeyConfigured() {
		return signer.isConfigured();
	}

	/** A new verification code for a paper to be signed; print {@link #verifyPath(UUID)} in its QR code. */
	public static UUID newPaperCode() {
		return UUID.randomUUID();
	}

	/** The public page that checks the signed paper with this code (append to the public base URL). */
	public static String verifyPath(UUID code) {
		return "/public/kiem-tra-chu-ky/" + code;
	}

	/** Signs a stored PDF; see {@link Order}. Refusals (wrong PIN, expired or revoked certificate) are thrown. */
	@Transactional
	public Outcome sign(UUID storedPdf, Order order) {
		StoredDocument original = store.find(storedPdf).orElseThrow(() -> store.unknown(storedPdf));
		byte[] pdf = signer.read(original);
		String holder = null;
		SignatureDevice device;
		if (order.certificateId() == null) {
			if (certificates.configuredKeyRevoked(original.agencyCode())) {
				throw signer.refused("documents.error.certificate-revoked", original.agencyCode(), "—", "—");
			}
			device = signer.configuredDevice();
		}
		else {
			SigningCertificates.Entry entry = certificates.find(order.certificateId())
				.orElseThrow(() -> signer.refused("documents.error.certificate-unknown"));
			holder = entry.holder();
			device = certificates.openFor(entry.id(), order.actor(), order.pin());
		}
		byte[] image = order.role() == SignatureRole.ATTACHMENT ? null
				: certificates.image(original.agencyCode(), order.role() == SignatureRole.SIGNER ? holder : null).orElse(null);
		try (device) {
			PadesAssembly.Spec spec = signer.prepare(pdf, order.role(), device.chain(), image, order.mainNumber(),
					order.reason(), order.location());
			SignatureDevice.Answer answer = device.sign(signer.dataToSign(spec), DigestAlgorithm.SHA256,
					original.fileName() + " — " + order.reason());
			if (answer.state() == SignatureDevice.Answer.State.SIGNED) {
				return new Outcome(Outcome.Status.SIGNED, done(original, signer.finish(spec, answer.value()), order.role(),
						order.paperCode()), null, null);
			}
			UUID id = UUID.randomUUID();
			jdbc.sql("""
					insert into pending_signature (id, agency_code, source_document_id, file_name, certificate_id, role,
					  signer_id, transaction_id, spec_pdf, spec_image, signed_at, chain, reason, location, status,
					  requested_by, requested_at, paper_code)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
				.params(id, original.agencyCode(), original.id(), original.fileName(), order.certificateId(),
						order.role().name(), ((RemoteSigningDevice) device).signerId(), answer.transaction(), spec.pdf(),
						spec.image(), spec.signedAt().atZone(VietnamTime.ZONE).toOffsetDateTime(), chain(spec.chain()),
						spec.reason(), spec.location(), order.actor(), OffsetDateTime.now(clock), order.paperCode())
				.update();
			audit.record("DOCUMENT_SIGNATURE_REQUESTED", original.agencyCode(), "stored_document:" + original.id(), null,
					"pending_signature:" + id + " (" + answer.transaction() + ")");
			return new Outcome(Outcome.Status.PENDING, null, id, null);
		}
	}

	/**
	 * Asks the remote service about a pending signature: signed (the copy stored now), still pending, refused or
	 * expired (closed with the reason). A finished one answers what it ended with.
	 */
	@Transactional
	public Outcome collect(UUID pendingId) {
		var row = jdbc.sql("select * from pending_signature where id = ? for update").param(pendingId)
			.query((rs, i) -> new Object[] { rs.getString("status"), rs.getString("signer_id"),
					rs.getString("transaction_id"), rs.getBytes("spec_pdf"), rs.getBytes("spec_image"),
					rs.getObject("signed_at", OffsetDateTime.class), rs.getString("chain"), rs.getString("reason"),
					rs.getString("location"), rs.getString("role"), rs.getObject("source_document_id", UUID.class),
					VietnamTime.read(rs, "requested_at"), rs.getString("message"),
					rs.getObject("signed_document_id", UUID.class), rs.getObject("paper_code", UUID.class) })
			.optional().orElseThrow(() -> signer.refused("documents.error.pending-unknown"));
		String status = (String) row[0];
		if (!status.equals("PENDING")) {
			return new Outcome(Outcome.Status.valueOf(status.equals("FAILED") ? "REFUSED" : status),
					row[13] == null ? null : store.find((UUID) row[13]).orElse(null), pendingId, (String) row[12]);
		}
		SignatureDevice.Answer answer;
		try (RemoteSigningDevice device = signer.remoteDevice((String) row[1])) {
			answer = device.collect((String) row[2]);
		}
		OffsetDateTime requestedAt = (OffsetDateTime) row[11];
		if (answer.state() == SignatureDevice.Answer.State.PENDING
				&& requestedAt.plus(signer.remoteSettings().approvalWait()).isBefore(OffsetDateTime.now(clock))) {
			answer = new SignatureDevice.Answer(SignatureDevice.Answer.State.EXPIRED, null, answer.transaction(), null);
		}
		switch (answer.state()) {
			case PENDING -> {
				return new Outcome(Outcome.Status.PENDING, null, pendingId, null);
			}
			case SIGNED -> {
				SignatureRole role = SignatureRole.valueOf((String) row[9]);
				PadesAssembly.Spec spec = new PadesAssembly.Spec(role, (byte[]) row[3], (byte[]) row[4],
						((OffsetDateTime) row[5]).toInstant(), chain((String) row[6]), (String) row[7], (String) row[8]);
				StoredDocument original = store.find((UUID) row[10]).orElseThrow();
				StoredDocument signed = done(original, signer.finish(spec, answer.value()), role, (UUID) row[14]);
				close(pendingId, "SIGNED", null, signed.id());
				return new Outcome(Outcome.Status.SIGNED, signed, pendingId, null);
			}
			default -> {
				String key = answer.state() == SignatureDevice.Answer.State.REFUSED ? "documents.error.remote-refused"
						: "documents.error.remote-expired";
				String message = signer.refused(key, answer.reason() == null ? "—" : answer.reason()).getMessage();
				close(pendingId, answer.state().name(), message, null);
				return new Outcome(Outcome.Status.valueOf(answer.state().name()), null, pendingId, message);
			}
		}
	}

	/** The agency's signatures asked of remote signers, newest first (the pending ones are shown as such). */
	public List<Pending> pending(String agencyCode) {
		return jdbc.sql("""
				select id, file_name, signer_id, status, message, requested_at, requested_by, signed_document_id
				from pending_signature where agency_code = ? order by requested_at desc limit 100""")
			.param(agencyCode)
			.query((rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), VietnamTime.read(rs, 6), rs.getString(7), rs.getObject(8, UUID.class)))
			.list();
	}

	/** Asks the remote service about every pending signature (every 5 seconds by default). */
	@Scheduled(fixedDelayString = "${motcua.documents.remote-signing.poll-every:PT5S}")
	void pollPending() {
		if (!signer.remoteSettings().configured()) {
			return;
		}
		List<UUID> ids = jdbc.sql("select id from pending_signature where status = 'PENDING' order by requested_at limit 50")
			.query(UUID.class).list();
		for (UUID id : ids) {
			try {
				collect(id);
			}
			catch (RuntimeException e) {
				org.slf4j.LoggerFactory.getLogger(DocumentSigning.class).warn("Remote signature {} not collected: {}", id,
						e.getMessage());
			}
		}
	}

	private StoredDocument done(StoredDocument original, byte[] signed, SignatureRole role, java.util.UUID paperCode) {
		StoredDocument copy = signer.keep(original, signed, role);
		if (paperCode != null) {
			jdbc.sql("insert into signed_paper (code, stored_document_id, signed_at) values (?, ?, ?)"
					+ " on conflict (code) do update set stored_document_id = excluded.stored_document_id, signed_at = excluded.signed_at")
				.params(paperCode, copy.id(), OffsetDateTime.now(clock)).update();
		}
		return copy;
	}

	private void close(UUID id, String status, String message, UUID signed) {
		jdbc.sql("update pending_signature set status = ?, message = ?, signed_document_id = ?, finished_at = ? where id = ?")
			.params(status, message, signed, OffsetDateTime.now(clock), id).update();
		audit.recordAs("ky-so-tu-xa", "DOCUMENT_SIGNATURE_" + status, null, "pending_signature:" + id, "PENDING",
				message == null ? status : message);
	}

	private static String chain(List<CertificateToken> chain) {
		return chain.stream().map(c -> Base64.getEncoder().encodeToString(c.getEncoded())).collect(Collectors.joining(" "));
	}

	private static List<CertificateToken> chain(String text) {
		List<CertificateToken> chain = new ArrayList<>();
		for (String part : Arrays.asList(text.split(" "))) {
			chain.add(DSSUtils.loadCertificate(Base64.getDecoder().decode(part)));
		}
		return chain;
	}
}
