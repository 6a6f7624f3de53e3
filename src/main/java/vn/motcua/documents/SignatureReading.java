package vn.motcua.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import eu.europa.esig.dss.diagnostic.CertificateRevocationWrapper;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.validation.reports.Reports;

import vn.motcua.documents.SignatureCheck.Outcome;
import vn.motcua.documents.SignatureCheck.Revocation;
import vn.motcua.documents.SignatureCheck.Signer;
import vn.motcua.shared.VietnamTime;

/**
 * Reads EU DSS's reports of a PDF as {@link SignatureCheck} tells people: each signature's signer, time, time-stamp,
 * trust, whether the file changed after it, what the signer's CA said of the certificate (revocation) and DSS's
 * conclusion (indication); and the answer for the whole file.
 */
final class SignatureReading {

	private SignatureReading() {
	}

	/** The signers of the validated file ({@code length} bytes); {@code online}: whether CAs were asked. */
	static List<Signer> signers(Reports reports, long length, boolean online) {
		List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
		List<Signer> signers = new ArrayList<>();
		for (SignatureWrapper signature : signatures) {
			List<TimestampWrapper> stamps = signature.getSignatureTimestamps();
			boolean stamped = !stamps.isEmpty() && stamps.get(0).isSignatureValid()
					&& stamps.get(0).isMessageImprintDataIntact();
			var at = stamped ? stamps.get(0).getProductionTime() : signature.getClaimedSigningTime();
			String name = signature.getSigningCertificate() == null ? "?"
					: signature.getSigningCertificate().getCommonName();
			CertificateRevocationWrapper revoked = revocationOf(signature);
			Revocation state = revocationState(signature, revoked, online);
			Indication indication = reports.getSimpleReport().getIndication(signature.getId());
			SubIndication sub = reports.getSimpleReport().getSubIndication(signature.getId());
			signers.add(new Signer(name, at == null ? null : at.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime(),
					stamped, signature.isSignatureIntact() && signature.isSignatureValid(), signature.isTrustedChain(),
					changedAfter(signature.getPDFRevision(), length, signature == last(signatures)), state,
					state == Revocation.REVOKED && revoked.getRevocationDate() != null
							? revoked.getRevocationDate().toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime() : null,
					state == Revocation.REVOKED && revoked.getReason() != null ? revoked.getReason().name() : null,
					indication == null ? null : indication.name() + (sub == null ? "" : "/" + sub.name())));
		}
		return signers;
	}

	/**
	 * The answer for the file: a broken or changed signature is INVALID; a revoked certificate that EU DSS does not
	 * accept (its conclusion not TOTAL_PASSED: no time-stamp proving the signature existed before the revocation)
	 * REVOKED; a trusted certificate whose CA could not be asked REVOCATION_UNKNOWN; else VALID.
	 */
	static Outcome outcome(List<Signer> signers) {
		if (!signers.stream().allMatch(Signer::holds)) {
			return Outcome.INVALID;
		}
		if (signers.stream().anyMatch(s -> s.revocation() == Revocation.REVOKED && !s.revokedAfterSigning())) {
			return Outcome.REVOKED;
		}
		if (signers.stream().anyMatch(s -> s.revocation() == Revocation.UNREACHABLE)) {
			return Outcome.REVOCATION_UNKNOWN;
		}
		return Outcome.VALID;
	}

	/** The revocation data DSS found for the signing certificate: a revoked answer first, else a good one. */
	private static CertificateRevocationWrapper revocationOf(SignatureWrapper signature) {
		CertificateWrapper certificate = signature.getSigningCertificate();
		if (certificate == null) {
			return null;
		}
		CertificateRevocationWrapper good = null;
		for (CertificateRevocationWrapper r : certificate.getCertificateRevocationData()) {
			if (r.getStatus() == CertificateStatus.REVOKED) {
				return r;
			}
			if (r.getStatus() == CertificateStatus.GOOD) {
				good = r;
			}
		}
		return good;
	}

	private static Revocation revocationState(SignatureWrapper signature, CertificateRevocationWrapper found, boolean online) {
		if (found != null) {
			return found.getStatus() == CertificateStatus.REVOKED ? Revocation.REVOKED : Revocation.GOOD;
		}
		CertificateWrapper certificate = signature.getSigningCertificate();
		boolean published = certificate != null
				&& (!certificate.getOCSPAccessUrls().isEmpty() || !certificate.getCRLDistributionPoints().isEmpty());
		return online && published && signature.isTrustedChain() ? Revocation.UNREACHABLE
				: Revocation.NOT_CHECKED;
	}

	/**
	 * Whether the file was changed after this signature: modifications DSS found in later revisions (pages, their
	 * content, objects other than signatures, form fields and annotations), or (for the last signature) bytes after
	 * the range it signed.
	 */
	private static boolean changedAfter(PDFRevisionWrapper revision, long length, boolean last) {
		if (revision == null) {
			return false;
		}
		// a page changed, or objects changed outside signatures, form fields and annotations; annotations overlapping are
		// no change (Phụ lục I puts the seal over the signer's image), nor is a page that looks different because a
		// later revision only filled form fields and signed (the clerk's number after the leader's signature)
		if (!revision.getPdfPageDifferenceConcernedPages().isEmpty() || !revision.getPdfUndefinedChanges().isEmpty()
				|| !revision.getPdfVisualDifferenceConcernedPages().isEmpty() && !onlyFieldsFilled(revision)) {
			return true;
		}
		List<BigInteger> range = revision.getSignatureByteRange();
		return last && range.size() == 4 && range.get(2).add(range.get(3)).longValue() < length;
	}

	/**
	 * Whether the later revisions only filled form fields and added signatures: the changes an approval signature
	 * permits (ISO 32000-1 12.8.2.2.2), as when the clerk writes the number and date of an outgoing document into its
	 * fields after the leader signed, then applies the organisation's signature (Nghị định 30/2020/NĐ-CP Art. 15,
	 * 32.2.d). The page looks different (the number appears), but no other annotation or extension changed.
	 */
	private static boolean onlyFieldsFilled(PDFRevisionWrapper revision) {
		return revision.getPdfAnnotationChanges().isEmpty() && revision.getPdfExtensionChanges().isEmpty()
				&& !revision.getPdfSignatureOrFormFillChanges().isEmpty();
	}

	private static SignatureWrapper last(List<SignatureWrapper> signatures) {
		SignatureWrapper last = signatures.get(0);
		for (SignatureWrapper s : signatures) {
			List<BigInteger> range = s.getPDFRevision() == null ? List.of() : s.getPDFRevision().getSignatureByteRange();
			List<BigInteger> lastRange = last.getPDFRevision() == null ? List.of()
					: last.getPDFRevision().getSignatureByteRange();
			if (range.size() == 4 && lastRange.size() == 4
					&& range.get(2).add(range.get(3)).compareTo(lastRange.get(2).add(lastRange.get(3))) > 0) {
				last = s;
			}
		}
		return last;
	}
}
