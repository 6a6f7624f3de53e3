package vn.motcua.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.shared.VietnamTime;

/**
 * The signing figures of a period for the quarterly CCHC report (issue 17 item 6; the seed: “… 84 chứng thư số cá
 * nhân và 06 chứng thư số tổ chức”), from the records: the certificates of the signing certificate registry
 * ({@link SigningCertificates}) valid at some time in the period (valid from before its end, valid to after its
 * start, not revoked before its start; Nghị định 68/2024/NĐ-CP Art. 2: a certificate signs only while valid and not
 * revoked), personal (an officer's) and organisational (the agency's); and the signature checks of the period
 * ({@link SignatureCheck}) of a file the agency stored (by the QR code, or an upload of the same bytes). Periods are
 * whole days in Vietnam time.
 *
 * @param personalCertificates officers' certificates valid in the period
 * @param organisationalCertificates the agencies' own certificates valid in the period
 * @param signatureChecks checks of the agencies' signed files made in the period
 */
public record SigningFigures(long personalCertificates, long organisationalCertificates, long signatureChecks) {

	/** The query reporting calls. */
	@Service
	public static class Query {

		private final JdbcClient jdbc;

		Query(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		/** The figures of these agencies from {@code from} to {@code to}, both days included. */
		public SigningFigures between(LocalDate from, LocalDate to, Collection<String> agencies) {
			if (agencies.isEmpty()) {
				return new SigningFigures(0, 0, 0);
			}
			OffsetDateTime start = from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
			OffsetDateTime end = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
			long[] certificates = jdbc.sql("""
					select count(*) filter (where holder is not null), count(*) filter (where holder is null)
					from signing_certificate
					where agency_code in (:agencies) and not_before < :end and not_after >= :start
					  and (revoked_at is null or revoked_at >= :start)""")
				.param("agencies", agencies).param("start", start).param("end", end)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
			long checks = jdbc.sql("""
					select count(*) from signature_check c
					where c.checked_at >= :start and c.checked_at < :end and exists (
					  select 1 from stored_document d
					  where d.agency_code in (:agencies) and (d.id = c.document_id or d.sha256 = c.sha256))""")
				.param("agencies", agencies).param("start", start).param("end", end).query(Long.class).single();
			return new SigningFigures(certificates[0], certificates[1], checks);
		}
	}
}
