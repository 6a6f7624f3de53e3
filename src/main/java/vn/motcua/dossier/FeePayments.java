package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/** The fee payments of dossiers: recorded by the counter with method, receipt number, amount and date; audited. */
@Service
public class FeePayments {

	private final JdbcClient jdbc;

	private final Dossiers dossiers;

	private final AuditTrail audit;

	private final DossierEvents events;

	private final Clock clock;

	private final VietnameseMessages words;

	FeePayments(JdbcClient jdbc, Dossiers dossiers, AuditTrail audit, DossierEvents events, Clock clock,
			MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<FeePayment> of(Dossier dossier) {
		return jdbc.sql("""
				select method, receipt_number, amount_vnd, paid_on, recorded_at, recorded_by
				from dossier_payment where dossier_id = ? order by id""").param(dossier.id())
			.query((rs, i) -> new FeePayment(FeePayment.Method.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class), VietnamTime.read(rs, 5), rs.getString(6)))
			.list();
	}

	/**
	 * Records a payment; refused without a receipt number, a positive amount or a date. The payment is also a step of
	 * the dossier ({@link StepAction#FEE_PAID}, in the same transaction), so the national portal link queues the
	 * dossier's new national status after the other steps (docs/national-link.md).
	 */
	@Transactional
	public FeePayment record(String code, FeePayment.Method method, String receiptNumber, long amountVnd,
			LocalDate paidOn, String actor) {
		Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new DossierNotFound(code));
		if (method == null || receiptNumber == null || receiptNumber.isBlank() || amountVnd <= 0 || paidOn == null) {
			throw new DossierTransitionRefused("dossier.refused.paymentIncomplete");
		}
		if (dossier.receivedAt() == null) {
			throw new DossierTransitionRefused("dossier.refused.paymentBeforeReceipt", dossier.status());
		}
		FeePayment payment = new FeePayment(method, receiptNumber.strip(), amountVnd, paidOn, OffsetDateTime.now(clock),
				actor);
		jdbc.sql("""
				insert into dossier_payment (dossier_id, method, receipt_number, amount_vnd, paid_on, recorded_at,
				  recorded_by) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(dossier.id(), method.name(), payment.receiptNumber(), amountVnd, paidOn, payment.recordedAt(), actor)
			.update();
		// the step's note names the receipt and the amount, no words (the page labels the step)
		dossier.recordFeePaid(payment.receiptNumber() + " · " + amountVnd + " VND", payment.recordedAt(), actor);
		dossiers.update(dossier);
		audit.record("DOSSIER_FEE_PAID", dossier.agencyCode(), code, null,
				words.say("dossier.audit.feePaid", method, amountVnd, payment.receiptNumber()));
		events.publishAudited(dossier);
		return payment;
	}
}
