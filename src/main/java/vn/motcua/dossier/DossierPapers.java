package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.HandOver;
import vn.motcua.documents.OneStopPapers;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.TrackingBookEntry;
import vn.motcua.documents.TrackingBookPaper;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * The official forms of a dossier, rendered on demand (never on the intake's hot path) and kept with the dossier in
 * the document store: printed again, Mẫu 01–05 give back the copy first issued (Mẫu 02 a new one for each request,
 * and every form a new one after its QR link was revoked);
 * Mẫu 06 is issued afresh each time, since it grows with every hand-over. Mẫu 07, the tracking book, covers a period.
 * Each form is signed by the person named on it and by the organisation ({@link DossierPaperSignatures}; issue 17 item
 * 4).
 */
@Service
public class DossierPapers {

	private final PaperContent content;

	private final OneStopPapers forms;

	private final DocumentStore store;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final DossierLinks links;

	private final Clock clock;

	private final VietnameseMessages words;

	private final PaperSignatures paperSignatures;

	private final DossierPaperSignatures signatures;

	DossierPapers(PaperContent content, OneStopPapers forms, DocumentStore store, JdbcClient jdbc, AuditTrail audit,
			DossierLinks links, PaperSignatures paperSignatures, DossierPaperSignatures signatures, Clock clock,
			MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.paperSignatures = paperSignatures;
		this.signatures = signatures;
		this.content = content;
		this.links = links;
		this.forms = forms;
		this.store = store;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The forms the dossier's history calls for. */
	public List<OneStopPaper> printable(Dossier d) {
		List<OneStopPaper> printable = new ArrayList<>();
		if (d.receivedAt() != null) {
			printable.add(OneStopPaper.RECEIPT);
		}
		if (d.status() == DossierStatus.INCOMPLETE_AT_INTAKE || !d.supplements().isEmpty()) {
			printable.add(OneStopPaper.SUPPLEMENT_REQUEST);
		}
		if (d.status() == DossierStatus.REFUSED_AT_INTAKE) {
			printable.add(OneStopPaper.REFUSAL);
		}
		if (d.extendedDueDate() != null) {
			printable.add(OneStopPaper.APOLOGY);
		}
		if (d.status() == DossierStatus.STOPPED) {
			printable.add(OneStopPaper.STOP_NOTICE);
		}
		if (d.receivedAt() != null) {
			printable.add(OneStopPaper.PROCESS_CONTROL);
		}
		if (d.decision() == Decision.REFUSED) {
			printable.add(OneStopPaper.REFUSAL_AFTER_REVIEW);
		}
		return printable;
	}

	/**
	 * The forms issued so far, oldest first: each the copy to give out (the personally signed one once signed) and its
	 * personal signature's state (waiting for whom, signed by whom when; none when the paper carries the organisation's
	 * signature only).
	 */
	public List<IssuedPaper> issued(Dossier d) {
		return jdbc.sql("select form, stored_document_id, issued_at, issued_by from dossier_form where dossier_id = ? order by id")
			.param(d.id())
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class), VietnamTime.read(rs, 3),
					rs.getString(4) })
			.list().stream().map(row -> {
				UUID kept = (UUID) row[1];
				PaperSignatures.Request signature = paperSignatures.of(kept).orElse(null);
				UUID current = signature != null && signature.status() == PaperSignatures.Status.SIGNED
						? signature.signedDocumentId() : kept;
				return new IssuedPaper(OneStopPaper.valueOf((String) row[0]), current, (OffsetDateTime) row[2],
						(String) row[3], signature);
			}).toList();
	}

	/** The PDF of a form of the dossier: the copy kept if still valid, else rendered now and kept. */
	@Transactional
	public byte[] issue(Dossier d, OneStopPaper form, String actor) {
		if (!printable(d).contains(form)) {
			throw new DossierTransitionRefused("dossier.refused.formNotApplicable", form.number());
		}
		Optional<IssuedPaper> kept = reusable(d, form);
		if (kept.isPresent()) {
			return paperSignatures.served(kept.get().storedDocumentId(), read(kept.get().storedDocumentId()));
		}
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		byte[] pdf = switch (form) {
			case RECEIPT -> forms.receipt(content.receipt(d));
			case SUPPLEMENT_REQUEST -> forms.supplementRequest(content.supplementRequest(d, today));
			case REFUSAL -> forms.refusal(content.refusal(d, today));
			case APOLOGY -> forms.apology(content.apology(d, today));
			case STOP_NOTICE -> forms.stop(content.stopNotice(d, today));
			case PROCESS_CONTROL -> forms.processControl(content.processControl(d, today));
			case REFUSAL_AFTER_REVIEW -> forms.refusalAfterReview(content.refusalAfterReview(d, today));
			case TRANSFER_SLIP -> throw new DossierTransitionRefused("dossier.refused.formNotApplicable", form.number());
		};
		UUID id = store.store(d.agencyCode(), fileName(form, d), "application/pdf",
				new ByteArrayInputStream(pdf)).id();
		UUID signedId = signatures.sign(d, form, id, actor);
		if (!signedId.equals(id)) {
			id = signedId;
			pdf = read(id);
		}
		jdbc.sql("insert into dossier_form (dossier_id, form, stored_document_id, issued_at, issued_by) values (?, ?, ?, ?, ?)")
			.params(d.id(), form.name(), id, OffsetDateTime.now(clock), actor).update();
		audit.record("DOSSIER_FORM_ISSUED", d.agencyCode(), d.code(), null, words.say("dossier.audit.paperIssued", form.number()));
		return paperSignatures.served(id, pdf);
	}

	/** A stored paper of the dossier's forms still waiting for its signer: the copy to give out, saying so. */
	public Optional<byte[]> waitingCopy(UUID storedDocumentId) {
		return paperSignatures.waits(storedDocumentId)
				? Optional.of(paperSignatures.served(storedDocumentId, read(storedDocumentId))) : Optional.empty();
	}

	private byte[] read(UUID id) {
		try (InputStream in = store.open(id)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The transfer slip of the transfer at {@code position} (Phiếu chuyển xử lý, NĐ 61/2018 Art. 19.5): the copy kept
	 * for that transfer if still valid (issued after any revocation of the QR link), else rendered now and kept with
	 * the dossier.
	 */
	@Transactional
	public byte[] transferSlip(Dossier d, int position, String actor) {
		InteragencyTransfer transfer = d.transfers().stream().filter(t -> t.position() == position).findFirst()
			.orElseThrow(() -> DossierNotFound.of(d.code()));
		Optional<OffsetDateTime> revoked = links.revokedAt(d.code());
		Optional<UUID> kept = jdbc.sql("""
				select stored_document_id from dossier_form where dossier_id = ? and form = ? and transfer_position = ?
				  and (cast(? as timestamptz) is null or issued_at > ?) order by id limit 1""")
			.params(d.id(), OneStopPaper.TRANSFER_SLIP.name(), position, revoked.orElse(null), revoked.orElse(null))
			.query(UUID.class).optional();
		if (kept.isPresent()) {
			try (InputStream in = store.open(kept.get())) {
				return in.readAllBytes();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		byte[] pdf = forms.transferSlip(content.transferSlip(d, transfer));
		UUID id = store.store(d.agencyCode(), "phieu-chuyen-" + d.code() + "-" + position + ".pdf", "application/pdf",
				new ByteArrayInputStream(pdf)).id();
		jdbc.sql("""
				insert into dossier_form (dossier_id, form, stored_document_id, issued_at, issued_by, transfer_position)
				values (?, ?, ?, ?, ?, ?)""")
			.params(d.id(), OneStopPaper.TRANSFER_SLIP.name(), id, OffsetDateTime.now(clock), actor, position).update();
		audit.record("DOSSIER_FORM_ISSUED", d.agencyCode(), d.code(), null,
				words.say("dossier.audit.transferSlipIssued", transfer.agency()));
		return pdf;
	}

	/** The place name of the agency's papers ("Thiên Phủ"), the location of their signatures. */
	String place(String agencyCode) {
		return content.issuer(agencyCode).place();
	}

	/** The file name of a form of the dossier ("mau-01-<code>.pdf", "thong-bao-tu-choi-giai-quyet-<code>.pdf"). */
	public static String fileName(OneStopPaper form, Dossier d) {
		return (form == OneStopPaper.REFUSAL_AFTER_REVIEW ? "thong-bao-" : "mau-") + form.number() + "-" + d.code()
				+ ".pdf";
	}

	/** Mẫu 07: every dossier received in the period by the agencies ({@code null}: all), in order of receipt. */
	public byte[] trackingBook(String agencyCode, Collection<String> agencies, LocalDate from, LocalDate to) {
		String filter = agencies == null ? "" : agencies.isEmpty() ? " and false" : " and d.agency_code in (:agencies)";
		var query = jdbc.sql("""
				select d.code, d.procedure_name, d.applicant_name, d.applicant_address, d.applicant_phone, d.agency_code,
				  d.received_at, d.due_at, d.due_date, d.extended_due_date, d.return_method, d.status, d.channel,
				  d.resolved_on,
				  (select max(s.at) from dossier_step s where s.dossier_id = d.id and s.action = :returned) as returned_at
				from dossier d
				where d.received_at >= :from and d.received_at < :to""" + filter + " order by d.received_at, d.id")
			.param("returned", StepAction.RETURNED.name())
			.param("from", from.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		if (agencies != null && !agencies.isEmpty()) {
			query = query.param("agencies", agencies);
		}
		Map<String, String> issuers = new HashMap<>(); // a few agencies for thousands of rows
		List<TrackingBookEntry> entries = query.query((rs, i) -> {
			String address = rs.getString("applicant_address");
			String phone = rs.getString("applicant_phone");
			String contact = String.join(" – ", java.util.stream.Stream.of(address, phone)
				.filter(s -> s != null && !s.isBlank()).toList());
			LocalDate extended = rs.getObject("extended_due_date", LocalDate.class);
			LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
			LocalDate resolvedOn = rs.getObject("resolved_on", LocalDate.class);
			LocalDateTime dueAt = PaperFacts.local(VietnamTime.read(rs, "due_at"));
			if (dueAt == null && dueDate != null) {
				dueAt = dueDate.atTime(17, 0);
			}
			String method = rs.getString("return_method");
			// the method the applicant chose at intake until the result is returned (Mẫu 07, “Phương thức nhận kết quả”)
			String delivery = method != null ? content.text("dossier.return." + method)
					: content.text("dossier.form.delivery.book." + rs.getString("channel"));
			Timeliness timeliness = resolvedOn == null || dueDate == null ? null : Timeliness.of(resolvedOn, dueDate);
			return new TrackingBookEntry(i + 1, rs.getString("code"), rs.getString("procedure_name"),
					rs.getString("applicant_name"), contact, issuers.computeIfAbsent(rs.getString("agency_code"), a -> content.issuer(a).name()),
					PaperFacts.local(VietnamTime.read(rs, "received_at")), dueAt,
					extended == null || dueAt == null ? null : extended.atTime(dueAt.toLocalTime()),
					PaperFacts.local(VietnamTime.read(rs, "returned_at")), delivery,
					timeliness == null ? null : HandOver.Timeliness.valueOf(timeliness.name()),
					content.text("dossier.status." + rs.getString("status")));
		}).list();
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		return forms.trackingBook(new TrackingBookPaper(content.issuer(agencyCode), null, today,
				content.trackingBookUrl(), from, to, entries));
	}

	private Optional<IssuedPaper> reusable(Dossier d, OneStopPaper form) {
		if (form == OneStopPaper.PROCESS_CONTROL) {
			return Optional.empty();
		}
		// A copy printed before the QR link was revoked carries the revoked token: it is never given back.
		Optional<OffsetDateTime> revoked = links.revokedAt(d.code());
		List<IssuedPaper> same = issued(d).stream().filter(f -> f.form() == form)
			.filter(f -> revoked.isEmpty() || f.issuedAt().isAfter(revoked.get())).toList();
		if (same.isEmpty()) {
			return Optional.empty();
		}
		if (form == OneStopPaper.SUPPLEMENT_REQUEST && !d.supplements().isEmpty()) {
			OffsetDateTime requested = d.supplements().get(d.supplements().size() - 1).requestedAt();
			IssuedPaper last = same.get(same.size() - 1);
			return last.issuedAt().isAfter(requested) ? Optional.of(last) : Optional.empty();
		}
		return Optional.of(same.get(0));
	}
}
