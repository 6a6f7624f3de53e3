package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnamTime;

/**
 * A stored dossier read back into the aggregate: its row, then its documents, supplement cycles, steps and liên thông
 * hand-offs (one query each, on the caller's connection: {@link Dossiers}' finders run in one transaction).
 */
class DossierRows {

	private final JdbcClient jdbc;

	DossierRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Dossier map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		ProcedureSnapshot procedure = new ProcedureSnapshot(rs.getString("procedure_code"),
				(Long) rs.getObject("procedure_version_id"), rs.getString("procedure_name"),
				new TimeLimit(rs.getInt("time_limit_amount"), TimeLimit.Unit.valueOf(rs.getString("time_limit_unit"))),
				SupplementPolicy.valueOf(rs.getString("supplement_policy")), rs.getObject("cut_off", LocalTime.class));
		String representative = rs.getString("representative_name");
		String basis = rs.getString("representative_basis");
		Applicant applicant = new Applicant(Applicant.Identifier.valueOf(rs.getString("applicant_identifier")),
				rs.getString("applicant_name"), rs.getString("applicant_id_number"), rs.getString("applicant_phone"),
				rs.getString("applicant_address"), rs.getString("applicant_email"), rs.getString("legal_representative"),
				representative == null ? null
						: new Applicant.Representative(representative, rs.getString("representative_id_number"),
								rs.getString("representative_phone"), rs.getString("authorisation_paper"),
								basis == null ? null : Applicant.Representative.Basis.valueOf(basis)));
		Dossier dossier = new Dossier(id, rs.getString("code"), rs.getString("agency_code"), procedure,
				SubmissionChannel.valueOf(rs.getString("channel")), rs.getBoolean("assisted"), applicant,
				DossierStatus.valueOf(rs.getString("status")), VietnamTime.read(rs, "submitted_at"),
				documents(id), supplements(id), steps(id));
		dossier.restore(VietnamTime.read(rs, "received_at"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), VietnamTime.read(rs, "due_at"),
				rs.getObject("extended_due_date", LocalDate.class), rs.getString("extension_reason"),
				rs.getString("specialist"), decision(rs.getString("proposal")), decision(rs.getString("decision")),
				rs.getString("decision_reason"), rs.getObject("resolved_on", LocalDate.class),
				rs.getString("return_method"), rs.getString("closing_reason"),
				rs.getObject("supplement_lapses_on", LocalDate.class), rs.getLong("fee_due"), rs.getInt("version"));
		dossier.restoreTransfers(transfers(id));
		return dossier;
	}

	private List<DossierDocument> documents(long id) {
		return jdbc.sql("select * from dossier_document where dossier_id = ? order by position").param(id)
			.query((rs, i) -> new DossierDocument(DossierDocument.Kind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getBoolean("original"), rs.getInt("copies"),
					rs.getObject("stored_document_id", UUID.class)))
			.list();
	}

	private List<SupplementCycle> supplements(long id) {
		return jdbc.sql("select * from dossier_supplement where dossier_id = ? order by cycle").param(id)
			.query((rs, i) -> new SupplementCycle(VietnamTime.read(rs, "requested_at"),
					rs.getString("missing"), rs.getString("reason"), rs.getInt("remaining_working_days"),
					VietnamTime.read(rs, "received_at")))
			.list();
	}

	private List<DossierStep> steps(long id) {
		return jdbc.sql("select * from dossier_step where dossier_id = ? order by id").param(id)
			.query((rs, i) -> new DossierStep(VietnamTime.read(rs, "at"), rs.getString("actor"),
					StepAction.valueOf(rs.getString("action")), status(rs.getString("from_status")), status(rs.getString("to_status")),
					rs.getString("handed_to"), rs.getString("note")))
			.list();
	}

	private static DossierStatus status(String name) {
		return name == null ? null : DossierStatus.valueOf(name);
	}

	private static Decision decision(String name) {
		return name == null ? null : Decision.valueOf(name);
	}

	private List<InteragencyTransfer> transfers(long id) {
		return jdbc.sql("select * from dossier_transfer where dossier_id = ? order by position").param(id)
			.query((rs, i) -> new InteragencyTransfer(rs.getInt("position"), rs.getInt("batch"),
					rs.getString("agency"), rs.getString("agency_code"), rs.getBoolean("lead"),
					rs.getInt("share_working_days"), rs.getObject("share_due_date", LocalDate.class),
					VietnamTime.read(rs, "sent_at"), rs.getString("sent_by"), VietnamTime.read(rs, "returned_at"),
					rs.getString("returned_by"), rs.getString("answer")))
			.list();
	}
}
