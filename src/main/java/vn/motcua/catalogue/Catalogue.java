package vn.motcua.catalogue;

import vn.motcua.shared.SearchText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * The procedure catalogue as the other modules and the public pages see it: which version of a procedure is in
 * force on a day, search, fee assessment, and the catalogue's figures. The catalogue is installation-wide: the
 * province publishes it for all its communes.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	public static final int MAX_RESULTS = 200;

	/** A query made of a code or the start of one (“1.001193”, “1.00”): matched against codes by prefix. */
	private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile("[0-9]\\.[0-9]{0,6}");

	private final Procedures procedures;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RevisionCache<SearchKey, List<ProcedureSummary>> searches;

	private final RevisionCache<InForceKey, Optional<ProcedureVersion>> inForce;

	private final RevisionCache<Long, Optional<ProcedureVersion>> versions;

	private final RevisionCache<LocalDate, List<String>> fieldNames;

	private final VietnameseMessages words;

	Catalogue(Procedures procedures, JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.procedures = procedures;
		this.jdbc = jdbc;
		this.clock = clock;
		this.searches = new RevisionCache<>(10_000, procedures::revision);
		this.inForce = new RevisionCache<>(10_000, procedures::revision);
		this.versions = new RevisionCache<>(10_000, procedures::revision);
		this.fieldNames = new RevisionCache<>(16, procedures::revision);
	}

	private record InForceKey(String code, LocalDate on) {
	}

	/** Moves whenever this instance changes the catalogue: what was read from it before may be out of date. */
	public long revision() {
		return procedures.revision();
	}

	/** The version of a procedure effective on that day; empty when the code is unknown, abolished or not yet effective. */
	public Optional<ProcedureVersion> inForce(String code, LocalDate on) {
		return code == null ? Optional.empty()
				: inForce.get(new InForceKey(code.trim(), on), key -> procedures.findInForce(key.code(), key.on()));
	}

	public Optional<ProcedureVersion> version(long versionId) {
		return versions.get(versionId, procedures::findVersion);
	}

	/** Every version of a procedure, the earliest first (empty when the code is unknown). */
	public List<ProcedureVersion> history(String code) {
		return procedures.findVersions(code);
	}

	/**
	 * The procedures in force today whose code or name holds every word of {@code text}, with or without diacritics
	 * (“dang ky khai sinh”, “khai sinh”, “1.001193” all find “Đăng ký khai sinh”); optionally of one field and one
	 * service level. Ranked: the exact code first, then names holding the words as a phrase, shorter names first.
	 * A blank text lists everything (by field and name).
	 */
	public List<ProcedureSummary> search(String text, String field, ServiceLevel level, int limit) {
		return search(text, field, level, limit, 0);
	}

	/**
	 * {@link #search(String, String, ServiceLevel, int)}, skipping the first {@code offset} results (pages). Citizens
	 * search the same few words again and again, so results are kept for a minute, or until this instance changes the
	 * catalogue (the minute bounds how long a change made through another instance takes to show).
	 */
	public List<ProcedureSummary> search(String text, String field, ServiceLevel level, int limit, int offset) {
		List<String> words = SearchText.words(text);
		SearchKey key = new SearchKey(words, field == null ? "" : field.trim(), level,
				Math.max(1, Math.min(limit, MAX_RESULTS)), Math.max(0, offset), LocalDate.now(clock));
		return searches.get(key, k -> List.copyOf(query(k)));
	}

	private record SearchKey(List<String> words, String field, ServiceLevel level, int limit, int offset,
			LocalDate day) {
	}

	private List<ProcedureSummary> query(SearchKey key) {
		List<String> words = key.words();
		String field = key.field();
		ServiceLevel level = key.level();
		String phrase = String.join(" ", words);
		Map<String, Object> params = new HashMap<>();
		params.put("on", key.day());
		StringBuilder sql = new StringBuilder(Procedures.SUMMARY_COLUMNS).append(Procedures.IN_FORCE);
		if (words.size() == 1 && CODE_LIKE.matcher(phrase).matches()) {
			sql.append(" and v.code like :code");
			params.put("code", phrase + "%");
		}
		else {
			for (int i = 0; i < words.size(); i++) {
				sql.append(" and v.search_name like :w").append(i);
				params.put("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
			}
		}
		if (field != null && !field.isBlank()) {
			sql.append(" and v.field = :field");
			params.put("field", field.trim());
		}
		if (level != null) {
			sql.append(" and v.service_level = :level");
			params.put("level", level.name());
		}
		if (words.isEmpty()) {
			sql.append(" order by v.field, v.name, v.code");
		}
		else {
			sql.append(" ").append("""
					order by (v.code = :phrase) desc, (position(:phrase in v.search_name) > 0) desc,
					 similarity(v.search_name, :phrase) desc, length(v.name), v.code""");
			params.put("phrase", phrase);
		}
		sql.append(" limit :limit offset :offset");
		params.put("limit", key.limit());
		params.put("offset", key.offset());
		return jdbc.sql(sql.toString()).params(params).query(Procedures::summary).list();
	}

	/** Every procedure in force today, by field then name (the public posting). */
	public List<ProcedureSummary> inForceToday() {
		return jdbc.sql(Procedures.SUMMARY_COLUMNS + Procedures.IN_FORCE + " order by v.field, v.name, v.code")
			.param("on", LocalDate.now(clock))
			.query(Procedures::summary)
			.list();
	}

	/** The fields (lĩnh vực) of the procedures in force today, with how many procedures each has. */
	public Map<String, Integer> fieldCounts() {
		Map<String, Integer> fields = new java.util.LinkedHashMap<>();
		jdbc.sql("select v.field, count(*) " + Procedures.IN_FORCE + " group by v.field order by v.field")
			.param("on", LocalDate.now(clock))
			.query(rs -> {
				fields.put(rs.getString(1), rs.getInt(2));
			});
		return fields;
	}

	/**
	 * The fields (lĩnh vực) of the procedures in force today. Every search page shows them, so they are kept for a
	 * minute, or until this instance changes the catalogue.
	 */
	public List<String> fieldNames() {
		return fieldNames.get(LocalDate.now(clock), day -> List.copyOf(jdbc
			.sql("select distinct v.field " + Procedures.IN_FORCE + " order by v.field").param("on", day)
			.query(String.class)
			.list()));
	}

	/**
	 * What is due for a version submitted through a channel on a day: an exemption in force for that channel waives
	 * every fee line; the lines keep the prescribed amounts so the waiver shows. A conditional exemption does not
	 * apply here: see {@link #assessFees(long, SubmissionChannel, LocalDate, java.util.Set)}.
	 */
	public FeeAssessment assessFees(long versionId, SubmissionChannel channel, LocalDate on) {
		return assessFees(versionId, channel, on, java.util.Set.of());
	}

	/**
	 * As {@link #assessFees(long, SubmissionChannel, LocalDate)}, where a conditional exemption applies only when the
	 * counter found its condition to hold: {@code conditionsHolding} are the positions (from 1, in
	 * {@link ProcedureVersion#feeExemptions()}) of the exemptions whose condition holds, e.g. khai tử registered within
	 * the time limit (Luật Hộ tịch 60/2014/QH13 Điều 11 khoản 1 điểm b, Điều 33).
	 */
	public FeeAssessment assessFees(long versionId, SubmissionChannel channel, LocalDate on,
			java.util.Set<Integer> conditionsHolding) {
		ProcedureVersion version = version(versionId).orElseThrow(() -> new ResponseStatusException(
				org.springframework.http.HttpStatus.NOT_FOUND, words.say("catalogue.versionNotFound", versionId)));
		List<FeeExemption> applied = new ArrayList<>();
		for (int i = 0; i < version.feeExemptions().size(); i++) {
			FeeExemption exemption = version.feeExemptions().get(i);
			if (exemption.appliesTo(channel, on, conditionsHolding.contains(i + 1))) {
				applied.add(exemption);
			}
		}
		FeeExemption waiver = applied.isEmpty() ? null : applied.get(0);
		List<FeeAssessment.Line> lines = new ArrayList<>();
		long total = 0;
		for (Fee fee : version.fees()) {
			long due = waiver == null ? fee.amountVnd() : 0;
			lines.add(new FeeAssessment.Line(fee, due, fee.amountVnd() > 0 || fee.toBeSet() ? waiver : null));
			total += due;
		}
		return new FeeAssessment(versionId, channel, on, lines, applied, total);
	}

	/** The catalogue's figures today (legal-rules.md §5). */
	public CatalogueSummary summary() {
		return summary(LocalDate.now(clock));
	}

	/** The catalogue's figures on a day, counting the versions in force then. */
	public CatalogueSummary summary(LocalDate on) {
		return jdbc.sql("""
				select count(*) as total,
				  count(*) filter (where service_level = 'FULL_ONLINE') as full_online,
				  count(*) filter (where service_level = 'PARTIAL_ONLINE') as partial_online,
				  count(*) filter (where service_level = 'IN_PERSON') as in_person,
				  count(*) filter (where with_fees) as fees,
				  count(*) filter (where with_fees and service_level = 'FULL_ONLINE') as fees_full_online,
				  count(*) filter (where with_fees and service_level = 'PARTIAL_ONLINE') as fees_partial_online,
				  count(*) filter (where with_fees and service_level = 'IN_PERSON') as fees_in_person,
				  count(*) filter (where fee_exempt) as fee_exempt
				from (""" + Procedures.SUMMARY_COLUMNS + Procedures.IN_FORCE + ") current_versions")
			.param("on", on)
			.query((rs, i) -> new CatalogueSummary(rs.getInt("total"),
					new CatalogueSummary.ByServiceLevel(rs.getInt("full_online"), rs.getInt("partial_online"),
							rs.getInt("in_person")),
					new CatalogueSummary.WithFees(rs.getInt("fees"), rs.getInt("fees_full_online"),
							rs.getInt("fees_partial_online"), rs.getInt("fees_in_person")),
					rs.getInt("fee_exempt")))
			.single();
	}

	/**
	 * The legal bases of the fee exemptions in force on a day for the procedures in force then (e.g. “Nghị quyết số
	 * 12/2025/NQ-HĐND …”), as the quarterly report cites them after the count of fee-exempt procedures.
	 */
	public List<String> feeExemptionBases(LocalDate on) {
		return jdbc.sql("select distinct e.legal_basis from catalogue_fee_exemption e where e.version_id in (select x.id from ("
				+ Procedures.SUMMARY_COLUMNS + Procedures.IN_FORCE + ") x) and (e.effective_from is null or e.effective_from <= :on)"
				+ " and (e.effective_to is null or e.effective_to >= :on) order by 1")
			.param("on", on).query(String.class).list();
	}

	/** The procedures in force today with an exemption in force (the posted list of fee-exempt procedures). */
	public List<ProcedureVersion> feeExemptToday() {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql("select x.id from (" + Procedures.SUMMARY_COLUMNS + Procedures.IN_FORCE
				+ " order by v.field, v.name) x where x.fee_exempt")
			.param("on", today)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> version(id).orElseThrow())
			.toList();
	}
}
