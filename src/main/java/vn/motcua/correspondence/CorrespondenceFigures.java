package vn.motcua.correspondence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.documents.SigningFigures;

/**
 * The counts the quarterly CCHC report and the dashboard take from the registers (issue 17 item 6; official-documents.md
 * “What the quarterly report counts”; NĐ 307/2025/NĐ-CP scores the share of outgoing documents signed digitally and
 * sent online): one set-based query per register over the period. Reporting calls this; correspondence knows nothing of
 * reporting.
 *
 * @param incoming documents registered in the incoming register in the period
 * @param incomingElectronic of which received electronically
 * @param outgoing documents issued in the period
 * @param outgoingElectronic of which sent electronically (every document MotCua issues is: to the other agencies of
 *        the installation directly, to the others as a package for the national exchange)
 * @param outgoingSigned of which carrying both the signer's and the organisation's digital signature
 * @param personalSigners the personal (officers') certificates in use in the period, read from the signing certificate
 *        registry ({@link SigningFigures}: valid at some time in the period and not revoked before it; Nghị định
 *        68/2024/NĐ-CP), the number the quarterly report prints, so that the dashboard and the report agree
 * @param organisationalSigners the agencies' own (organisational) certificates in use in the period, from the registry
 */
public record CorrespondenceFigures(long incoming, long incomingElectronic, long outgoing, long outgoingElectronic,
		long outgoingSigned, long personalSigners, long organisationalSigners) {

	/** The share of incoming documents received electronically, in percent (two decimals); null when none came. */
	public BigDecimal incomingElectronicShare() {
		return share(incomingElectronic, incoming);
	}

	/**
	 * The share of outgoing documents sent electronically, in percent; null when none was issued (NĐ 307/2025/NĐ-CP
	 * scores the share signed and sent online).
	 */
	public BigDecimal electronicShare() {
		return share(outgoingElectronic, outgoing);
	}

	/** The share of outgoing documents carrying the signer's and the organisation's digital signature, in percent. */
	public BigDecimal signedShare() {
		return share(outgoingSigned, outgoing);
	}

	private static BigDecimal share(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** The query reporting calls. */
	@Service
	public static class Query {

		private final JdbcClient jdbc;

		private final SigningFigures.Query signing;

		Query(JdbcClient jdbc, SigningFigures.Query signing) {
			this.jdbc = jdbc;
			this.signing = signing;
		}

		/** The figures of these agencies between {@code from} and {@code to}, both included. */
		public CorrespondenceFigures between(LocalDate from, LocalDate to, Collection<String> agencies) {
			if (agencies.isEmpty()) {
				return new CorrespondenceFigures(0, 0, 0, 0, 0, 0, 0);
			}
			long[] in = jdbc.sql("""
					select count(*), count(*) filter (where medium = 'ELECTRONIC') from incoming_document
					where agency_code in (:agencies) and received_on between :from and :to""")
				.param("agencies", agencies).param("from", from).param("to", to)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
			long[] out = jdbc.sql("""
					select count(*), count(*) filter (where issued_pdf is not null),
					  count(*) filter (where issued_pdf is not null and signed_pdf is not null)
					from outgoing_document
					where status = 'ISSUED' and agency_code in (:agencies) and issued_on between :from and :to""")
				.param("agencies", agencies).param("from", from).param("to", to)
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
				.single();
			// the certificates in use: the registry's, as the quarterly report counts them (no estimate from signers)
			SigningFigures certificates = signing.between(from, to, agencies);
			return new CorrespondenceFigures(in[0], in[1], out[0], out[1], out[2], certificates.personalCertificates(),
					certificates.organisationalCertificates());
		}
	}
}
