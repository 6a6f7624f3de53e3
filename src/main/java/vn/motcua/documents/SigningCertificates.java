package vn.motcua.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;

/**
 * The signing certificate registry (issue 17 item 4; the seed counts 84 personal and 6 organisational certificates):
 * each officer's and each agency's certificates with subject, issuer, serial and validity, which device holds the key
 * (a PKCS#12 file, a PKCS#11 token, a remote signing service, or the configured key {@code MOTCUA_SIGNING_*}), and who
 * may use it (the holder, and the users named). An administrator registers them (the certificate is read from the
 * device itself, never typed) and revokes them; a revoked or expired certificate refuses to sign with a clear message.
 * The officers' signature images and the agencies' seals (Nghị định 30/2020/NĐ-CP Phụ lục I) are kept here too.
 */
@Service
public class SigningCertificates {

	/** The key reference of the key configured by {@code MOTCUA_SIGNING_KEYSTORE} / {@code _PKCS11_LIBRARY}. */
	public static final String CONFIGURED = "cau-hinh";

	/** One registered certificate. {@code holder} null: the agency's own (organisational) certificate. */
	public record Entry(UUID id, String agencyCode, String holder, String holderName, SignatureDevice.Kind device,
			String keyRef, String subject, String issuer, String serial, OffsetDateTime notBefore,
			OffsetDateTime notAfter, Set<String> users, OffsetDateTime revokedAt, String revocationReason) {

		public boolean organisational() {
			return holder == null;
		}

		/** Whether {@code username} may sign with it: the holder and the users named. */
		public boolean usableBy(String username) {
			return username != null && (username.equals(holder) || users.contains(username));
		}

		public boolean validAt(OffsetDateTime at) {
			return revokedAt == null && !at.isBefore(notBefore) && !at.isAfter(notAfter);
		}
	}

	private final JdbcClient jdbc;

	private final PdfSigner signer;

	private final AuditTrail audit;

	private final Clock clock;

	SigningCertificates(JdbcClient jdbc, PdfSigner signer, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.signer = signer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a certificate read from its device: {@code keyRef} is the .p12 path, the PKCS#11 library and slot
	 * ({@code /usr/lib/softhsm/libsofthsm2.so#0}), the remote signer id, or {@link #CONFIGURED}; {@code pin} opens a
	 * local device once to read its certificate (never kept). {@code holder} null: the agency's certificate.
	 */
	@Transactional
	public Entry register(String agencyCode, String holder, String holderName, SignatureDevice.Kind kind, String keyRef,
			char[] pin, String actor) {
		CertificateToken certificate;
		try (SignatureDevice device = open(kind, keyRef, pin)) {
			certificate = device.chain().get(0);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into signing_certificate (id, agency_code, holder, holder_name, device, key_ref, subject, issuer,
				  serial, not_before, not_after, certificate, registered_at, registered_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, agencyCode, blankToNull(holder), holderName, kind.name(), keyRef,
					certificate.getSubject().getPrettyPrintRFC2253(), certificate.getIssuer().getPrettyPrintRFC2253(),
					certificate.getSerialNumber().toString(16), offset(certificate.getNotBefore()),
					offset(certificate.getNotAfter()), certificate.getEncoded(), OffsetDateTime.now(clock), actor)
			.update();
		audit.record("SIGNING_CERTIFICATE_REGISTERED", agencyCode, "signing_certificate:" + id, null,
				certificate.getSubject().getPrettyPrintRFC2253() + " (" + kind + ")");
		return find(id).orElseThrow();
	}

	/** The agency's registered certificates, the organisation's first. */
	public List<Entry> of(String agencyCode) {
		return jdbc.sql("select * from signing_certificate where agency_code = ? order by holder nulls first, not_after desc")
			.param(agencyCode).query((rs, i) -> entry(rs)).list();
	}

	/** Every agency's registered certificates (the installation's administrator), by agency. */
	public List<Entry> all() {
		return jdbc.sql("select * from signing_certificate order by agency_code, holder nulls first, not_after desc")
			.query((rs, i) -> entry(rs)).list();
	}

	public Optional<Entry> find(UUID id) {
		return jdbc.sql("select * from signing_certificate where id = ?").param(id).query((rs, i) -> entry(rs)).optional();
	}

	/** The certificates {@code username} may sign with, valid now. */
	public List<Entry> usableBy(String agencyCode, String username) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return of(agencyCode).stream().filter(e -> e.usableBy(username) && e.validAt(now)).toList();
	}

	/** Revokes a certificate (lost token, officer left): it never signs again. */
	@Transactional
	public void revoke(UUID id, String reason, String actor) {
		Entry entry = find(id).orElseThrow();
		jdbc.sql("update signing_certificate set revoked_at = ?, revocation_reason = ? where id = ? and revoked_at is null")
			.params(OffsetDateTime.now(clock), reason, id).update();
		audit.recordAs(actor, "SIGNING_CERTIFICATE_REVOKED", entry.agencyCode(), "signing_certificate:" + id, null, reason);
	}

	/** Who besides the holder may use the certificate (user names). */
	@Transactional
	public void allow(UUID id, Set<String> users, String actor) {
		Entry entry = find(id).orElseThrow();
		String list = users.stream().map(String::strip).filter(u -> !u.isEmpty()).sorted().collect(Collectors.joining(" "));
		jdbc.sql("update signing_certificate set users = ? where id = ?").params(list, id).update();
		audit.recordAs(actor, "SIGNING_CERTIFICATE_USERS", entry.agencyCode(), "signing_certificate:" + id, null, list);
	}

	/**
	 * Opens the device of a registered certificate for {@code username}: refused when the user may not use it, when it
	 * is revoked, or when its validity does not cover now; {@code pin} for PKCS#12 / PKCS#11 (a configured key uses
	 * the configured one, a remote key none).
	 */
	public SignatureDevice openFor(UUID id, String username, char[] pin) {
		Entry entry = find(id).orElseThrow(() -> signer.refused("documents.error.certificate-unknown"));
		if (!entry.usableBy(username)) {
			throw signer.refused("documents.error.certificate-not-yours", entry.holderName());
		}
		if (entry.revokedAt() != null) {
			throw signer.refused("documents.error.certificate-revoked", entry.holderName(),
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(entry.revokedAt()), entry.revocationReason() == null ? "—" : entry.revocationReason());
		}
		return open(entry.device(), entry.keyRef(), pin);
	}

	/**
	 * What the certificate's CA answered when last asked ({@link #checkWithCa}): {@code state} one of
	 * {@code CertificateRevocation.State} (GOOD, REVOKED, UNKNOWN, UNREACHABLE, NOT_PUBLISHED), {@code source} OCSP or
	 * CRL, {@code reason} the RFC 5280 reason's name.
	 */
	public record CaStatus(String state, OffsetDateTime checkedAt, OffsetDateTime revokedAt, String reason,
			String source) {
	}

	/**
	 * Asks the certificate's CA now (OCSP, else CRL; Nghị định 23/2025/NĐ-CP Art. 3.3: in force only while not
	 * revoked) and keeps the answer beside the administrator's own mark; audited.
	 */
	@Transactional
	public CaStatus checkWithCa(UUID id, String actor) {
		Entry entry = find(id).orElseThrow();
		byte[] der = jdbc.sql("select certificate from signing_certificate where id = ?").param(id).query(byte[].class)
			.single();
		CertificateRevocation.Answer answer = signer.askCa(certificate(der));
		OffsetDateTime now = OffsetDateTime.now(clock);
		OffsetDateTime revokedAt = answer.revokedAt() == null ? null
				: answer.revokedAt().atZone(VietnamTime.ZONE).toOffsetDateTime();
		jdbc.sql("""
				insert into signing_certificate_ca_check (certificate_id, checked_at, state, revoked_at, reason, source)
				values (?, ?, ?, ?, ?, ?)
				on conflict (certificate_id) do update set checked_at = excluded.checked_at, state = excluded.state,
				  revoked_at = excluded.revoked_at, reason = excluded.reason, source = excluded.source""")
			.params(id, now, answer.state().name(), revokedAt, answer.reason(), answer.source()).update();
		audit.recordAs(actor, "SIGNING_CERTIFICATE_CA_CHECKED", entry.agencyCode(), "signing_certificate:" + id, null,
				answer.state() + (answer.source() == null ? "" : " (" + answer.source() + ")"));
		return new CaStatus(answer.state().name(), now, revokedAt, answer.reason(), answer.source());
	}

	/** The CA's last answers for the agency's certificates (those asked), by certificate id. */
	public java.util.Map<UUID, CaStatus> caStatuses(String agencyCode) {
		java.util.Map<UUID, CaStatus> found = new java.util.HashMap<>();
		jdbc.sql("""
				select c.* from signing_certificate_ca_check c join signing_certificate s on s.id = c.certificate_id
				where cast(? as text) is null or s.agency_code = ?""")
			.params(agencyCode, agencyCode)
			.query((rs, i) -> found.put(rs.getObject("certificate_id", UUID.class), new CaStatus(rs.getString("state"),
					VietnamTime.read(rs, "checked_at"), VietnamTime.read(rs, "revoked_at"), rs.getString("reason"),
					rs.getString("source"))))
			.list();
		return found;
	}

	/** Whether the configured organisational key is registered as revoked for the agency. */
	public boolean configuredKeyRevoked(String agencyCode) {
		return of(agencyCode).stream()
			.anyMatch(e -> e.organisational() && CONFIGURED.equals(e.keyRef()) && e.revokedAt() != null);
	}

	private SignatureDevice open(SignatureDevice.Kind kind, String keyRef, char[] pin) {
		if (CONFIGURED.equals(keyRef)) {
			return signer.configuredDevice();
		}
		char[] secret = pin == null ? new char[0] : pin;
		return switch (kind) {
			case PKCS12 -> KeystoreDevice.pkcs12(Path.of(keyRef), secret, signer::refused);
			case PKCS11 -> {
				int hash = keyRef.lastIndexOf('#');
				yield KeystoreDevice.pkcs11(hash < 0 ? keyRef : keyRef.substring(0, hash),
						hash < 0 ? 0 : Integer.parseInt(keyRef.substring(hash + 1)), secret, signer::refused);
			}
			case REMOTE -> signer.remoteDevice(keyRef);
		};
	}

	/** Uploads the officer's signature ({@code holder}) or, with {@code holder} null, the agency's seal: a PNG. */
	@Transactional
	public void saveImage(String agencyCode, String holder, byte[] png, String actor) {
		if (!SignatureImages.isPng(png)) {
			throw signer.refused("documents.error.image-not-png");
		}
		String key = holder == null ? "" : holder;
		jdbc.sql("""
				insert into signing_image (agency_code, holder, png, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?)
				on conflict (agency_code, holder) do update set png = excluded.png, uploaded_at = excluded.uploaded_at,
				  uploaded_by = excluded.uploaded_by""")
			.params(agencyCode, key, png, OffsetDateTime.now(clock), actor).update();
		audit.recordAs(actor, "SIGNING_IMAGE_UPLOADED", agencyCode, holder == null ? "con-dau" : "chu-ky:" + holder, null,
				png.length + " B");
	}

	/** The uploaded image (the seal with {@code holder} null), or empty for the default one. */
	public Optional<byte[]> image(String agencyCode, String holder) {
		return jdbc.sql("select png from signing_image where agency_code = ? and holder = ?")
			.params(agencyCode, holder == null ? "" : holder).query(byte[].class).optional();
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		String users = rs.getString("users");
		return new Entry(rs.getObject("id", UUID.class), rs.getString("agency_code"), rs.getString("holder"),
				rs.getString("holder_name"), SignatureDevice.Kind.valueOf(rs.getString("device")), rs.getString("key_ref"),
				rs.getString("subject"), rs.getString("issuer"), rs.getString("serial"), VietnamTime.read(rs, "not_before"),
				VietnamTime.read(rs, "not_after"),
				users == null || users.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(users.split(" "))),
				VietnamTime.read(rs, "revoked_at"), rs.getString("revocation_reason"));
	}

	private static OffsetDateTime offset(java.util.Date date) {
		return date.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	static CertificateToken certificate(byte[] der) {
		return DSSUtils.loadCertificate(der);
	}
}
