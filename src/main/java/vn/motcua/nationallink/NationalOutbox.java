package vn.motcua.nationallink;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.FeePayment;
import vn.motcua.dossier.FeePayments;

/**
 * Queues what the national portal must be told, in the transaction that changed the dossier (Thông tư 04/2025/TT-VPCP:
 * every dossier and its progress synchronised automatically): for each recorded step, the dossier as it is after the
 * step ({@code DongBoHoSoMC}) and the step ({@code CapNhatTienDoHoSoMC}). This listener is synchronous on purpose: the
 * row is committed with the step or not at all, and a dossier's rows are numbered in the order its transactions
 * committed, which the asynchronous event publication registry could not promise (docs/architecture.md, "Events").
 * On only while the link is ({@code MOTCUA_DVCQG_URL} set).
 */
@Component
@ConditionalOnExpression("'${motcua.dvcqg.url:}' != ''")
class NationalOutbox {

	private final JdbcClient jdbc;

	private final DossierWorkflow dossiers;

	private final FeePayments payments;

	private final NationalAgencyCodes agencyCodes;

	private final NationalDossierPayload payload;

	private final NationalSubmissions submissions;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	NationalOutbox(JdbcClient jdbc, DossierWorkflow dossiers, FeePayments payments,
			NationalAgencyCodes agencyCodes, NationalSubmissions submissions, MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.payments = payments;
		this.agencyCodes = agencyCodes;
		this.payload = new NationalDossierPayload(json, messages);
		this.clock = clock;
	}

	@EventListener
	void on(DossierStepRecorded event) {
		Dossier d = dossiers.find(event.code()).orElseThrow();
		DossierStep step = d.steps().get(event.stepNumber() - 1);
		DossierStatus state = step.to() != null ? step.to() : d.status();
		NationalStatus status = NationalStatus.of(state, state == DossierStatus.RESOLVED && feeOutstanding(d));
		// a dossier submitted on the portal is answered under the portal's code (NationalInbox); the first step of an
		// import is renamed by the import itself, which records the code after the step
		String nationalCode = submissions.portalCodeOf(d.code()).orElse(d.code());
		jdbc.sql("""
				insert into national_outbox (dossier_code, agency_code, madonvi, step_number, national_status, dossier,
				  progress, created_at)
				values (:code, :agency, :madonvi, :step, :status, cast(:dossier as jsonb), cast(:progress as jsonb), :now)
				on conflict (dossier_code, step_number) do nothing""")
			.param("code", d.code())
			.param("agency", d.agencyCode())
			.param("madonvi", agencyCodes.madonvi(d.agencyCode()))
			.param("step", event.stepNumber())
			.param("status", status.code())
			.param("dossier", json.writeValueAsString(payload.dossier(d, nationalCode, status)))
			.param("progress", json.writeValueAsString(payload.progress(d, nationalCode, step, status)))
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	private boolean feeOutstanding(Dossier d) {
		return d.feeDue() > 0 && payments.of(d).stream().mapToLong(FeePayment::amountVnd).sum() < d.feeDue();
	}
}
