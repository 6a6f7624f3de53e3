package vn.motcua.nationallink;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureSummary;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.nationallink.NationalProcedureComparison.Difference;
import vn.motcua.nationallink.NationalProcedureComparison.National;
import vn.motcua.nationallink.NationalProcedureComparison.Ours;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * Compares every procedure in force in the catalogue with the national procedure database, one {@code LayThuTuc} call
 * after another ({@link NationalProcedureComparison} says what is compared, and why the catalogue must follow the
 * national database). Each result is written as soon as it is known, so that a portal that becomes unavailable stops
 * the run and keeps what was compared; a procedure the portal refuses is kept with the portal's reason. Only the last
 * run's results are kept ({@code national_catalogue_check}); each run is audited ({@code NATIONAL_CATALOGUE_CHECKED}).
 * One run at a time on an instance.
 */
@Service
class NationalCatalogueCheck {

	/** What the portal answered for one procedure. */
	enum Outcome {
		MATCHES, DIFFERS, UNKNOWN, REFUSED
	}

	/** One procedure as last compared. */
	record Check(String code, OffsetDateTime checkedAt, Outcome outcome, Set<Difference> differences, String ourName,
			TimeLimit ourTimeLimit, long ourFeeVnd, boolean ourFeeToBeSet, String nationalName,
			String nationalTimeLimit, String nationalFee, String reason) {

		public boolean differs(String difference) {
			return differences.contains(Difference.valueOf(difference));
		}
	}

	/** The last run: when, by whom, how far it went, and its results (in catalogue order). */
	record Run(long id, OffsetDateTime startedAt, String runBy, int inForce, OffsetDateTime finishedAt,
			String stoppedReason, List<Check> checks) {

		public long matching() {
			return checks.stream().filter(c -> c.outcome() == Outcome.MATCHES).count();
		}

		public List<Check> mismatches() {
			return checks.stream().filter(c -> c.outcome() != Outcome.MATCHES).toList();
		}
	}

	/** Another run is going on on this instance. */
	static final class AlreadyRunning extends RuntimeException {

		AlreadyRunning() {
			super("a comparison with the national catalogue is already running", null, false, false);
		}
	}

	private final ObjectProvider<NationalPortalClient> client;

	private final NationalLinkSettings settings;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Clock clock;

	private final String communes;

	private final ReentrantLock running = new ReentrantLock();

	private final VietnameseMessages words;

	NationalCatalogueCheck(ObjectProvider<NationalPortalClient> client, NationalLinkSettings settings,
			Catalogue catalogue, JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Clock clock,
			@Value("${motcua.communes:}") String communes, MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.client = client;
		this.settings = settings;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.clock = clock;
		this.communes = communes;
	}

	/** Whether the link is on ({@code MOTCUA_DVCQG_URL} set): without it nothing can be compared. */
	boolean linkOn() {
		return client.getIfAvailable() != null;
	}

	/**
	 * Compares every procedure in force today, for {@code actor}; the run as it ended (finished, or stopped by an
	 * unavailable portal with its reason).
	 *
	 * @throws AlreadyRunning when a run is going on on this instance
	 * @throws IllegalStateException when the link is off
	 */
	Run run(String actor) {
		NationalPortalClient portal = client.getIfAvailable();
		if (portal == null) {
			throw new IllegalStateException("the national portal link is off (MOTCUA_DVCQG_URL unset)");
		}
		if (!running.tryLock()) {
			throw new AlreadyRunning();
		}
		try {
			List<ProcedureSummary> procedures = catalogue.inForceToday();
			long runId = jdbc.sql("""
					insert into national_catalogue_run (started_at, run_by, in_force) values (:now, :actor, :count)
					returning id""")
				.param("now", OffsetDateTime.now(clock)).param("actor", actor).param("count", procedures.size())
				.query(Long.class).single();
			jdbc.sql("delete from national_catalogue_check where run_id <> ?").param(runId).update();
			String madonvi = madonvi();
			String stopped = null;
			for (ProcedureSummary procedure : procedures) {
				Ours ours = ours(procedure);
				try {
					Optional<JsonNode> found = portal.procedure(ours.code(), madonvi);
					if (found.isEmpty()) {
						save(runId, ours, Outcome.UNKNOWN, Set.of(), null, null);
					}
					else {
						National national = National.of(found.get());
						List<Difference> differences = NationalProcedureComparison.differences(ours, national);
						save(runId, ours, differences.isEmpty() ? Outcome.MATCHES : Outcome.DIFFERS,
								Set.copyOf(differences), national, null);
					}
				}
				catch (NationalPortalClient.Refused refused) {
					save(runId, ours, Outcome.REFUSED, Set.of(), null, refused.getMessage());
				}
				catch (NationalPortalClient.Unavailable unavailable) {
					stopped = unavailable.getMessage();
					break;
				}
			}
			finish(runId, stopped);
			return last().orElseThrow();
		}
		finally {
			running.unlock();
		}
	}

	/** The last run and its results, if a comparison was ever run. */
	Optional<Run> last() {
		return jdbc.sql("select * from national_catalogue_run order by id desc limit 1")
			.query((rs, n) -> new Run(rs.getLong("id"), VietnamTime.read(rs, "started_at"), rs.getString("run_by"),
					rs.getInt("in_force"), VietnamTime.read(rs, "finished_at"), rs.getString("stopped_reason"),
					checks(rs.getLong("id"))))
			.optional();
	}

	private List<Check> checks(long runId) {
		return jdbc.sql("select * from national_catalogue_check where run_id = ? order by checked_at, code")
			.param(runId).query((rs, n) -> check(rs)).list();
	}

	private static Check check(ResultSet rs) throws SQLException {
		Set<Difference> differences = EnumSet.noneOf(Difference.class);
		if (rs.getBoolean("name_differs")) {
			differences.add(Difference.NAME);
		}
		if (rs.getBoolean("time_limit_differs")) {
			differences.add(Difference.TIME_LIMIT);
		}
		if (rs.getBoolean("fee_differs")) {
			differences.add(Difference.FEE);
		}
		return new Check(rs.getString("code"), VietnamTime.read(rs, "checked_at"), Outcome.valueOf(rs.getString(
				"outcome")), differences, rs.getString("our_name"), new TimeLimit(rs.getInt("our_time_amount"),
						TimeLimit.Unit.valueOf(rs.getString("our_time_unit"))), rs.getLong("our_fee_vnd"),
				rs.getBoolean("our_fee_to_be_set"), rs.getString("national_name"),
				rs.getString("national_time_limit"), rs.getString("national_fee"), rs.getString("reason"));
	}

	private Ours ours(ProcedureSummary procedure) {
		Optional<ProcedureVersion> version = catalogue.version(procedure.versionId());
		return new Ours(procedure.code(), procedure.name(), procedure.timeLimit(),
				version.map(ProcedureVersion::prescribedVnd).orElse(0L),
				version.map(ProcedureVersion::feeToBeSet).orElse(false));
	}

	private void save(long runId, Ours ours, Outcome outcome, Set<Difference> differences, National national,
			String reason) {
		jdbc.sql("""
				insert into national_catalogue_check (run_id, code, checked_at, outcome, name_differs,
				  time_limit_differs, fee_differs, national_name, national_time_limit, national_fee, our_name,
				  our_time_amount, our_time_unit, our_fee_vnd, our_fee_to_be_set, reason)
				values (:run, :code, :now, :outcome, :name, :time, :fee, :nationalName, :nationalTime, :nationalFee,
				  :ourName, :amount, :unit, :ourFee, :toBeSet, :reason)""")
			.param("run", runId).param("code", ours.code()).param("now", OffsetDateTime.now(clock))
			.param("outcome", outcome.name()).param("name", differences.contains(Difference.NAME))
			.param("time", differences.contains(Difference.TIME_LIMIT))
			.param("fee", differences.contains(Difference.FEE))
			.param("nationalName", national == null ? null : national.name())
			.param("nationalTime", national == null ? null : national.timeLimit())
			.param("nationalFee", national == null ? null : national.fee()).param("ourName", ours.name())
			.param("amount", ours.timeLimit().amount()).param("unit", ours.timeLimit().unit().name())
			.param("ourFee", ours.feeVnd()).param("toBeSet", ours.feeToBeSet()).param("reason", reason)
			.update();
	}

	private void finish(long runId, String stopped) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update national_catalogue_run set finished_at = :now, stopped_reason = :stopped where id = :id")
				.param("now", OffsetDateTime.now(clock)).param("stopped", stopped).param("id", runId).update();
			List<Object[]> counts = jdbc.sql("""
					select outcome, count(*) from national_catalogue_check where run_id = ? group by outcome
					order by outcome""").param(runId).query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.list();
			List<String> summary = new ArrayList<>();
			counts.forEach(c -> summary.add(c[0] + "=" + c[1]));
			audit.record("NATIONAL_CATALOGUE_CHECKED", null, "national_catalogue_run:" + runId, null,
					String.join(", ", summary) + (stopped == null ? "" : words.say("nationalCatalogue.audit.stopped", stopped)));
		});
	}

	/** The agency code the calls carry: the installation's ({@code MOTCUA_DVCQG_MADONVI}), else the first commune's. */
	private String madonvi() {
		if (!settings.madonvi().isBlank()) {
			return settings.madonvi();
		}
		return communes.split(",")[0].strip();
	}
}
