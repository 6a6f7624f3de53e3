package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentSigning;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureRole;
import vn.motcua.shared.VietnamTime;

/**
 * Drafts, final versions and re-issues of the quarterly report. A new draft starts from the narrative of the agency's
 * latest earlier report (carried forward). Making it final renders the PDF and DOCX with the figures of that moment,
 * stores them, and freezes the row (a database trigger refuses any later change).
 */
@Service
public class QuarterlyReports {

	private static final TypeReference<Map<String, String>> NARRATIVE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final QuarterlyReportDocument document;

	private final DocumentStore store;

	private final Agencies agencies;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final DocumentSigning signing;

	private final String publicBaseUrl;

	private final PaperSignatures paperSignatures;

	private final MessageSource words;

	QuarterlyReports(JdbcClient jdbc, QuarterlyReportDocument document, DocumentStore store, Agencies agencies,
			AuditTrail audit, Clock clock, DocumentSigning signing, PaperSignatures paperSignatures, MessageSource words,
			@Value("${motcua.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.paperSignatures = paperSignatures;
		this.words = words;
		this.signing = signing;
		this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
		this.jdbc = jdbc;
		this.document = document;
		this.store = store;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The recipients printed when officers wrote none (the seed report's list), prefilled on the report's page. */
	public String defaultRecipients() {
		return document.defaultRecipients();
	}

	public Optional<QuarterlyReport> find(long id) {
		return jdbc.sql("select * from quarterly_report where id = ?").param(id).query(this::map).optional();
	}

	/** The latest version for the agency and period, or a new draft carried forward from the previous report. */
	@Transactional
	public QuarterlyReport current(String agencyCode, LocalDate from, LocalDate to) {
		Optional<QuarterlyReport> latest = jdbc.sql("""
				select * from quarterly_report where agency_code = ? and period_from = ? and period_to = ?
				order by version desc limit 1""").params(agencyCode, from, to).query(this::map).optional();
		if (latest.isPresent()) {
			return latest.get();
		}
		Optional<QuarterlyReport> previous = jdbc.sql("""
				select * from quarterly_report where agency_code = ? and period_to < ?
				order by period_to desc, version desc limit 1""").params(agencyCode, from).query(this::map).optional();
		Map<String, String> narrative = previous.map(QuarterlyReport::narrative).orElse(Map.of());
		return insert(agencyCode, from, to, 1, previous.map(QuarterlyReport::signerName).orElse(null),
				previous.map(QuarterlyReport::signerTitle).orElse(null), narrative);
	}

	@Transactional
	public QuarterlyReport saveDraft(long id, String number, String signerName, String signerTitle,
			Map<String, String> narrative) {
		QuarterlyReport report = find(id).orElseThrow();
		requireDraft(report);
		Map<String, String> kept = new LinkedHashMap<>();
		for (String section : java.util.stream.Stream.concat(QuarterlyReport.SECTIONS.stream(),
				QuarterlyReport.LINES.stream()).toList()) {
			String text = clean(narrative.get(section));
			if (text != null) {
				kept.put(section, text);
			}
		}
		jdbc.sql("""
				update quarterly_report set number = ?, signer_name = ?, signer_title = ?, narrative = ?::jsonb,
				  updated_at = now() where id = ?""")
			.params(clean(number), clean(signerName), clean(signerTitle), json.writeValueAsString(kept), id).update();
		audit.record("QUARTERLY_REPORT_SAVED", report.agencyCode(), label(report), null, null);
		return find(id).orElseThrow();
	}

	/** Renders the report with today's figures, stores the PDF and DOCX, and makes it final. */
	@Transactional
	public QuarterlyReport finalise(long id, String actor) {
		QuarterlyReport report = find(id).orElseThrow();
		requireDraft(report);
		if (report.number() == null || report.signerName() == null) {
			throw new QuarterlyReportRefused("reporting.quarterly.refused.numberAndSigner");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Agency agency = agencies.find(report.agencyCode()).orElseThrow();
		// signed by the person who makes it final with their own certificate, then the organisation's signature
		// (issue 17 item 4; Nghị định 30/2020/NĐ-CP Art. 13, Phụ lục I mục I): it waits on their "Văn bản chờ tôi ký";
		// without a usable personal certificate, the organisation's signature only, at once (as before). The QR code
		// opens the public page that checks the signed copy (item 5).
		boolean personal = paperSignatures.personalCertificate(report.agencyCode(), actor).isPresent();
		UUID paper = personal || signing.organisationKeyConfigured() ? DocumentSigning.newPaperCode() : null;
		QuarterlyReportDocument.Files files = document.both(report, agency, now.toLocalDate(),
				paper == null ? null : publicBaseUrl + DocumentSigning.verifyPath(paper));
		UUID pdf = store.store(report.agencyCode(), fileName(report, "pdf"), "application/pdf",
				new ByteArrayInputStream(files.pdf())).id();
		if (personal) {
			paperSignatures.request(new PaperSignatures.Paper(pdf, report.agencyCode(), subject(report),
					words.getMessage("reporting.quarterly.paperTitle", new Object[] { report.number(), label(report) },
							java.util.Locale.forLanguageTag("vi")), document.place(agency), paper),
					actor, report.signerName(), true, actor);
		}
		else if (paper != null) {
			DocumentSigning.Outcome signed = signing.sign(pdf, new DocumentSigning.Order(SignatureRole.ORGANISATION,
					null, null, null, fileName(report, "pdf"), document.place(agency), paper, actor));
			if (signed.status() == DocumentSigning.Outcome.Status.SIGNED) {
				pdf = signed.signed().id();
			}
		}
		UUID docx = store.store(report.agencyCode(), fileName(report, "docx"),
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				new ByteArrayInputStream(files.docx())).id();
		jdbc.sql("""
				update quarterly_report set status = 'FINAL', finalized_at = ?, finalized_by = ?, pdf_document_id = ?,
				  docx_document_id = ?, updated_at = now() where id = ?""").params(now, actor, pdf, docx, id).update();
		audit.record("QUARTERLY_REPORT_FINAL", report.agencyCode(), label(report), "DRAFT", "FINAL");
		return find(id).orElseThrow();
	}

	/** Starts the next version of a final report, with its text, as a draft. */
	@Transactional
	public QuarterlyReport reissue(long id) {
		QuarterlyReport report = find(id).orElseThrow();
		if (!report.isFinal()) {
			return report;
		}
		QuarterlyReport next = insert(report.agencyCode(), report.from(), report.to(), report.version() + 1,
				report.signerName(), report.signerTitle(), report.narrative());
		audit.record("QUARTERLY_REPORT_REISSUED", report.agencyCode(), label(next), String.valueOf(report.version()),
				String.valueOf(next.version()));
		// the earlier version no longer waits for its personal signature: the new version replaces it
		paperSignatures.supersede(subject(report), null, words.getMessage("reporting.quarterly.superseded",
				new Object[] { next.version() }, java.util.Locale.forLanguageTag("vi")), AuditTrail.currentActor());
		return next;
	}

	/**
	 * The personal signature of a final report's PDF: waiting for the person who made it final, or signed by them;
	 * empty when they had no usable personal certificate (the organisation's signature only).
	 */
	public Optional<PaperSignatures.Request> personalSignature(QuarterlyReport report) {
		return report.pdfDocumentId() == null ? Optional.empty() : paperSignatures.of(report.pdfDocumentId());
	}

	/**
	 * The PDF or DOCX: as stored for a final report (the PDF personally signed once signed), rendered now for a
	 * draft.
	 */
	public byte[] file(QuarterlyReport report, String kind) {
		if (report.isFinal()) {
			try (InputStream in = store.open("pdf".equals(kind) ? paperSignatures.current(report.pdfDocumentId())
					: report.docxDocumentId())) {
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		Agency agency = agencies.find(report.agencyCode()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		return "pdf".equals(kind) ? document.pdf(report, agency, today) : document.docx(report, agency, today);
	}

	static String fileName(QuarterlyReport report, String extension) {
		return "bao-cao-cchc-" + report.agencyCode() + "-" + report.from() + "-" + report.to() + "-v" + report.version()
				+ "." + extension;
	}

	private QuarterlyReport insert(String agencyCode, LocalDate from, LocalDate to, int version, String signerName,
			String signerTitle, Map<String, String> narrative) {
		long id = jdbc.sql("""
				insert into quarterly_report (agency_code, period_from, period_to, version, status, signer_name,
				  signer_title, narrative) values (?, ?, ?, ?, 'DRAFT', ?, ?, ?::jsonb) returning id""")
			.params(agencyCode, from, to, version, signerName, signerTitle, json.writeValueAsString(narrative))
			.query(Long.class).single();
		return find(id).orElseThrow();
	}

	private static void requireDraft(QuarterlyReport report) {
		if (report.isFinal()) {
			throw new QuarterlyReportRefused("reporting.quarterly.refused.final");
		}
	}

	/** What the report's signature requests belong to: the agency's report of the period, any version. */
	private static String subject(QuarterlyReport report) {
		return "quarterly_report:" + report.agencyCode() + ":" + report.from() + ":" + report.to();
	}

	private static String label(QuarterlyReport report) {
		return "BC CCHC " + report.from() + "–" + report.to() + " v" + report.version();
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
	}

	private QuarterlyReport map(ResultSet rs, int row) throws SQLException {
		return new QuarterlyReport(rs.getLong("id"), rs.getString("agency_code"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getInt("version"), QuarterlyReport.Status.valueOf(rs.getString("status")), rs.getString("number"),
				rs.getString("signer_name"), rs.getString("signer_title"),
				json.readValue(rs.getString("narrative"), NARRATIVE), VietnamTime.read(rs, "finalized_at"),
				rs.getString("finalized_by"), rs.getObject("pdf_document_id", UUID.class),
				rs.getObject("docx_document_id", UUID.class));
	}
}
