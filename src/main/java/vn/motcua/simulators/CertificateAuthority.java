package vn.motcua.simulators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The certificate authority behind {@link CertificateAuthoritySimulator}: a root (RSA 2048, made at start) that issues
 * signing certificates whose CRL Distribution Point ({@code /ca/crl}) and Authority Information Access (OCSP
 * {@code /ocsp}, CA issuers {@code /ca/certificate}) point to the simulator, keeps which it revoked (when, why), and
 * answers for them: a CRL (RFC 5280, signed by the CA, valid an hour) and OCSP responses (RFC 6960, signed by the CA
 * itself as RFC 6960 §2.6 allows: good, revoked with time and reason, or unknown for a serial it never issued).
 */
final class CertificateAuthority {

	/** One certificate issued: its key (for a PKCS#12 file) and the certificate. */
	record Issued(PrivateKey key, X509Certificate certificate, boolean ocsp) {
	}

	/** A revocation: when and why (an RFC 5280 {@link CRLReason} code). */
	record Revocation(Instant at, int reason) {
	}

	private final Clock clock;

	private final String baseUrl;

	private final KeyPair keys;

	private final X509Certificate certificate;

	private final X509CertificateHolder holder;

	private final AtomicLong serials = new AtomicLong(1000);

	private final AtomicLong crlNumbers = new AtomicLong();

	private final Map<BigInteger, Issued> issued = new LinkedHashMap<>();

	private final Map<BigInteger, Revocation> revoked = new LinkedHashMap<>();

	CertificateAuthority(Clock clock, String baseUrl) throws GeneralSecurityException, IOException {
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.keys = rsa();
		X500Name name = new X500Name("CN=CA mô phỏng của MotCua, O=MotCua, C=VN");
		Instant now = clock.instant();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
				Date.from(now.minus(Duration.ofDays(800))), Date.from(now.plus(Duration.ofDays(3650))), name,
				keys.getPublic());
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign
				| KeyUsage.digitalSignature));
		builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
		this.certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
		this.holder = new JcaX509CertificateHolder(certificate);
	}

	X509Certificate certificate() {
		return certificate;
	}

	/**
	 * Issues a signing certificate for {@code commonName} valid from {@code from} to {@code to}; {@code ocsp}: whether
	 * its AIA names the OCSP responder (without it a verifier has only the CRL).
	 */
	synchronized Issued issue(String commonName, Instant from, Instant to, boolean ocsp) {
		try {
			KeyPair pair = rsa();
			BigInteger serial = BigInteger.valueOf(serials.incrementAndGet());
			JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(holder.getSubject(), serial,
					Date.from(from), Date.from(to), new X500Name("CN=" + commonName + ", O=MotCua mô phỏng, C=VN"),
					pair.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(certificate));
			builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
			GeneralName crl = new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + "/ca/crl");
			builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
					new DistributionPoint(new DistributionPointName(new GeneralNames(crl)), null, null) }));
			List<AccessDescription> access = new ArrayList<>();
			if (ocsp) {
				access.add(new AccessDescription(AccessDescription.id_ad_ocsp,
						new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + "/ocsp")));
			}
			access.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
					new GeneralName(GeneralName.uniformResourceIdentifier, baseUrl + "/ca/certificate")));
			builder.addExtension(Extension.authorityInfoAccess, false,
					new AuthorityInformationAccess(access.toArray(AccessDescription[]::new)));
			X509Certificate made = new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
			Issued result = new Issued(pair.getPrivate(), made, ocsp);
			issued.put(serial, result);
			return result;
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A PKCS#12 file with the key, the certificate and the CA's (alias {@code signer}). */
	byte[] pkcs12(Issued certificate, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signer", certificate.key(), password,
					new Certificate[] { certificate.certificate(), this.certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return out.toByteArray();
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Revokes an issued certificate at {@code at} for {@code reason}; false when unknown or already revoked. */
	synchronized boolean revoke(BigInteger serial, Instant at, int reason) {
		if (!issued.containsKey(serial) || revoked.containsKey(serial)) {
			return false;
		}
		revoked.put(serial, new Revocation(at, reason));
		return true;
	}

	synchronized List<Issued> issued() {
		return List.copyOf(issued.values());
	}

	synchronized Revocation revocation(BigInteger serial) {
		return revoked.get(serial);
	}

	/** The CRL now: every revoked serial with its date and reason, valid for an hour. */
	synchronized byte[] crl() {
		try {
			Instant now = clock.instant();
			X509v2CRLBuilder builder = new X509v2CRLBuilder(holder.getSubject(), Date.from(now));
			builder.setNextUpdate(Date.from(now.plus(Duration.ofHours(1))));
			revoked.forEach((serial, r) -> builder.addCRLEntry(serial, Date.from(r.at()), r.reason()));
			builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumbers.incrementAndGet())));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
			return builder.build(signer()).getEncoded();
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The OCSP response to a DER request: for each certificate asked about, good, revoked (time, reason) or unknown
	 * (another issuer, or a serial never issued); the request's nonce echoed. A request that cannot be read is
	 * answered {@code malformedRequest}.
	 */
	synchronized byte[] ocsp(byte[] request) {
		try {
			OCSPReq asked;
			try {
				asked = new OCSPReq(request);
			}
			catch (IOException | RuntimeException unreadable) {
				return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
			}
			DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
			BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
					new RespID(holder.getSubjectPublicKeyInfo(), digests.get(RespID.HASH_SHA1)));
			Instant now = clock.instant();
			for (Req one : asked.getRequestList()) {
				CertificateID id = one.getCertID();
				CertificateStatus status;
				Revocation revocation = revoked.get(id.getSerialNumber());
				if (!id.matchesIssuer(holder, digests) || !issued.containsKey(id.getSerialNumber())) {
					status = new UnknownStatus();
				}
				else if (revocation != null) {
					status = new RevokedStatus(Date.from(revocation.at()), revocation.reason());
				}
				else {
					status = CertificateStatus.GOOD;
				}
				builder.addResponse(id, status, Date.from(now), Date.from(now.plus(Duration.ofMinutes(10))), null);
			}
			Extension nonce = asked.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
			if (nonce != null) {
				builder.setResponseExtensions(new Extensions(nonce));
			}
			BasicOCSPResp basic = builder.build(signer(), new X509CertificateHolder[] { holder }, Date.from(now));
			return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
		}
		catch (OCSPException | OperatorCreationException | IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private ContentSigner signer() {
		try {
			return new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate());
		}
		catch (OperatorCreationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair rsa() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}
}
