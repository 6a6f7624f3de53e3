package vn.motcua.catalogue;

import vn.motcua.shared.SearchText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.AfterTransaction;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;

/** The stored procedures and their versions (tables catalogue_*). */
@Repository
class Procedures {

	/** The versions in force on :on: the latest effective one of each procedure not abolished by then. */
	static final String IN_FORCE = """
			from catalogue_version v join catalogue_procedure p on p.code = v.code
			where v.effective_from <= :on and (v.valid_to is null or v.valid_to > :on)
			and (p.abolished_on is null or p.abolished_on > :on)""";

	static final String SUMMARY_COLUMNS = """
			select v.id, v.code, v.name, v.field, v.service_level, v.time_amount, v.time_unit,
			exists (select 1 from catalogue_fee f where f.version_id = v.id and f.amount_vnd > 0) as with_fees,
			exists (select 1 from catalogue_fee_exemption e where e.version_id = v.id
			        and (e.effective_from is null or e.effective_from <= :on)
			        and (e.effective_to is null or e.effective_to >= :on)) as fee_exempt
			""";

	private final JdbcClient jdbc;

	/** Counts the changes made through this instance, so that cached views know when to refresh. */
	private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

	Procedures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return revision.get();
	}

	/**
	 * Moves the revision now and again when the transaction ends: what was read in between (the change not yet
	 * committed, or rolled back) is not kept as current.
	 */
	private void changed() {
		revision.incrementAndGet();
		AfterTransaction.run(revision::incrementAndGet);
	}

	boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from catalogue_procedure)").query(Boolean.class).single();
	}

	boolean exists(String code) {
		return jdbc.sql("select exists (select 1 from catalogue_procedure where code = ?)").param(code)
			.query(Boolean.class).single();
	}

	Optional<ProcedureVersion> findVersion(long id) {
		return jdbc.sql("select v.*, p.abolished_on from catalogue_version v join catalogue_procedure p on p.code = v.code where v.id = ?")
			.param(id).query(this::version).optional();
	}

	Optional<ProcedureVersion> findInForce(String code, LocalDate on) {
		return jdbc.sql("select v.*, p.abolished_on " + IN_FORCE + " and v.code = :code")
			.param("on", on).param("code", code).query(this::version).optional();
	}

	/** Every version of a procedure, the earliest first. */
	List<ProcedureVersion> findVersions(String code) {
		return jdbc.sql("select v.*, p.abolished_on from catalogue_version v join catalogue_procedure p on p.code = v.code where v.code = ? order by v.effective_from")
			.param(code).query(this::version).list();
	}

	Optional<String> findAbolitionDecision(String code) {
		return jdbc.sql("select abolition_decision from catalogue_procedure where code = ? and abolished_on is not null")
			.param(code).query(String.class).optional();
	}

	/** Stores a new version (and the procedure, the first time its code is seen); returns the version's id. */
	long insert(ProcedureDraft draft) {
		jdbc.sql("insert into catalogue_procedure (code) values (?) on conflict do nothing").param(draft.code).update();
		long id = jdbc.sql("""
				insert into catalogue_version (code, name, field, implementing_level, implementing_agency, service_level,
				  time_amount, time_unit, cut_off, supplement_policy, result, legal_basis, publishing_decision,
				  publishing_decision_date, effective_from, search_name, documents_source)
				values (:code, :name, :field, :level, :agency, :service, :amount, :unit, :cutOff, :policy, :result, :basis,
				  :decision, :decisionDate, :from, :search, :documentsSource) returning id""")
			.params(columns(draft))
			.query(Long.class).single();
		insertChildren(id, draft);
		refreshValidity(draft.code);
		return id;
	}

	/** Overwrites a version with corrected content (same code, possibly another effective date). */
	void replace(long id, ProcedureDraft draft) {
		java.util.Map<String, Object> params = columns(draft);
		params.put("id", id);
		jdbc.sql("""
				update catalogue_version set name = :name, field = :field, implementing_level = :level,
				  implementing_agency = :agency, service_level = :service, time_amount = :amount, time_unit = :unit,
				  cut_off = :cutOff, supplement_policy = :policy, result = :result, legal_basis = :basis,
				  publishing_decision = :decision, publishing_decision_date = :decisionDate, effective_from = :from,
				  search_name = :search, documents_source = :documentsSource, updated_at = now()
				where id = :id""").params(params).update();
		for (String table : List.of("catalogue_fee", "catalogue_fee_exemption", "catalogue_document", "catalogue_step",
				"catalogue_consulted_agency")) {
			jdbc.sql("delete from " + table + " where version_id = ?").param(id).update();
		}
		insertChildren(id, draft);
		refreshValidity(draft.code);
	}

	/** Each version of the code is valid until the next one takes effect. */
	private void refreshValidity(String code) {
		changed();
		jdbc.sql("""
				update catalogue_version v set valid_to = x.next_from
				from (select id, lead(effective_from) over (order by effective_from) as next_from
				      from catalogue_version where code = ?) x
				where v.id = x.id and v.valid_to is distinct from x.next_from""").param(code).update();
	}

	void abolish(String code, LocalDate on, String decision) {
		jdbc.sql("update catalogue_procedure set abolished_on = ?, abolition_decision = ? where code = ?")
			.params(on, decision, code).update();
		changed();
	}

	private java.util.Map<String, Object> columns(ProcedureDraft d) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("code", d.code);
		params.put("name", d.name);
		params.put("field", d.field);
		params.put("level", d.implementingLevel);
		params.put("agency", d.implementingAgency);
		params.put("service", d.serviceLevel.name());
		params.put("amount", d.timeLimit.amount());
		params.put("unit", d.timeLimit.unit().name());
		params.put("cutOff", d.cutOff);
		params.put("policy", d.supplementPolicy.name());
		params.put("result", d.result);
		params.put("basis", d.legalBasis);
		params.put("decision", d.publishingDecision);
		params.put("decisionDate", d.publishingDecisionDate);
		params.put("from", d.effectiveFrom);
		params.put("search", SearchText.fold(d.code + " " + d.name));
		params.put("documentsSource", d.documentsSource);
		return params;
	}

	private void insertChildren(long id, ProcedureDraft draft) {
		int position = 0;
		for (Fee fee : draft.fees) {
			jdbc.sql("insert into catalogue_fee (version_id, position, kind, description, amount_vnd, to_be_set) values (?, ?, ?, ?, ?, ?)")
				.params(id, ++position, fee.kind().name(), fee.description(), fee.amountVnd(), fee.toBeSet()).update();
		}
		position = 0;
		for (FeeExemption e : draft.feeExemptions) {
			jdbc.sql("""
					insert into catalogue_fee_exemption (version_id, position, description, legal_basis, channel,
					  effective_from, effective_to, condition_text) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, e.description(), e.legalBasis(), e.channel() == null ? null : e.channel().name(),
						e.effectiveFrom(), e.effectiveTo(), e.condition())
				.update();
		}
		position = 0;
		for (RequiredDocument doc : draft.requiredDocuments) {
			jdbc.sql("""
					insert into catalogue_document (version_id, position, name, original, copies, form_template, mandatory,
					  requirement, condition_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ++position, doc.name(), doc.original(), doc.copies(), doc.formTemplate(), doc.mandatory(),
						doc.requirement().name(), doc.condition())
				.update();
		}
		position = 0;
		for (ProcessingStep step : draft.steps) {
			jdbc.sql("insert into catalogue_step values (?, ?, ?, ?, ?, ?)")
				.params(id, ++position, step.unit(), step.role().name(), step.workingDays(), step.description()).update();
		}
		position = 0;
		for (ConsultedAgency consulted : draft.consultedAgencies) {
			jdbc.sql("insert into catalogue_consulted_agency (version_id, position, agency, share_working_days) values (?, ?, ?, ?)")
				.params(id, ++position, consulted.agency(), consulted.shareWorkingDays()).update();
		}
	}

	private ProcedureVersion version(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<Fee> fees = jdbc.sql("select kind, description, amount_vnd, to_be_set from catalogue_fee where version_id = ? order by position")
			.param(id).query((r, i) -> new Fee(Fee.Kind.valueOf(r.getString(1)), r.getString(2), r.getLong(3),
					r.getBoolean(4))).list();
		List<FeeExemption> exemptions = jdbc.sql("""
				select description, legal_basis, channel, effective_from, effective_to, condition_text from catalogue_fee_exemption
				where version_id = ? order by position""")
			.param(id)
			.query((r, i) -> new FeeExemption(r.getString(1), r.getString(2),
					r.getString(3) == null ? null : SubmissionChannel.valueOf(r.getString(3)),
					r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class), r.getString(6)))
			.list();
		List<RequiredDocument> documents = jdbc.sql("""
				select position, name, original, copies, form_template, requirement, condition_text from catalogue_document
				where version_id = ? order by position""")
			.param(id)
			.query((r, i) -> new RequiredDocument(r.getInt(1), r.getString(2), r.getBoolean(3), r.getInt(4),
					r.getString(5), RequiredDocument.Requirement.valueOf(r.getString(6)), r.getString(7)))
			.list();
		List<ProcessingStep> steps = jdbc.sql("""
				select step_order, unit, role, working_days, description from catalogue_step
				where version_id = ? order by step_order""")
			.param(id)
			.query((r, i) -> new ProcessingStep(r.getInt(1), r.getString(2), OfficerRole.valueOf(r.getString(3)),
					r.getInt(4), r.getString(5)))
			.list();
		List<ConsultedAgency> consulted = jdbc.sql("""
				select position, agency, share_working_days from catalogue_consulted_agency
				where version_id = ? order by position""")
			.param(id).query((r, i) -> new ConsultedAgency(r.getInt(1), r.getString(2), r.getInt(3))).list();
		return new ProcedureVersion(id, rs.getString("code"), rs.getString("name"), rs.getString("field"),
				rs.getString("implementing_level"), rs.getString("implementing_agency"),
				ServiceLevel.valueOf(rs.getString("service_level")),
				new TimeLimit(rs.getInt("time_amount"), TimeLimit.Unit.valueOf(rs.getString("time_unit"))),
				rs.getObject("cut_off", LocalTime.class), SupplementPolicy.valueOf(rs.getString("supplement_policy")),
				fees, exemptions, documents, steps, rs.getString("result"), rs.getString("legal_basis"),
				rs.getString("publishing_decision"), rs.getObject("publishing_decision_date", LocalDate.class),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("abolished_on", LocalDate.class),
				rs.getString("documents_source"), consulted);
	}

	static ProcedureSummary summary(ResultSet rs, int row) throws SQLException {
		return new ProcedureSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
				ServiceLevel.valueOf(rs.getString("service_level")),
				new TimeLimit(rs.getInt("time_amount"), TimeLimit.Unit.valueOf(rs.getString("time_unit"))),
				rs.getBoolean("with_fees"), rs.getBoolean("fee_exempt"));
	}
}
