package vn.motcua.nationallink;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.IntakeRefused;
import vn.motcua.shared.VietnamTime;
import vn.motcua.shared.VietnameseMessages;

/**
 * Brings the dossiers citizens submitted on the national portal to the counter (issue 15 item 3; Thông tư
 * 04/2025/TT-VPCP: the province's system and the portal share the dossiers submitted online; Nghị định
 * 118/2025/NĐ-CP Điều 17: an online submission is received by the one-stop section like one handed in). Every
 * {@code MOTCUA_DVCQG_FETCH_EVERY} (default one minute; only while the link is on) it lists, for the agency code of
 * every active commune, the submissions after the last one fetched ({@code LayDanhSachHoSoNopTrucTuyen}), fetches
 * each with its files ({@code LayHoSoNopTrucTuyen}) and, in one transaction per submission, submits it as MotCua's
 * own online submissions are ({@link Intake#submit}: channel online, waiting in the counter's list) and records it
 * under the portal's code, so that the outbox answers the portal about the same dossier. A submission that cannot be
 * read or submitted is refused, in a transaction of its own once the import rolled back: only its reason is kept, for
 * the administrator. The portal's code is unique: a submission fetched twice makes one dossier. Two services MotCua
 * assumes (the published protocol names none): docs/national-link.md, "Online submissions".
 */
@Component
@ConditionalOnExpression("'${motcua.dvcqg.url:}' != ''")
class NationalInbox {

	private static final Logger log = LoggerFactory.getLogger(NationalInbox.class);

	/** Submissions asked for per listing. */
	static final int PAGE = 50;

	/** Who the dossier's first step names: the applicant, as for MotCua's own online submissions. */
	private static final String ACTOR = "citizen";

	private final NationalPortalClient portal;

	private final NationalSubmissions submissions;

	private final NationalAgencyCodes agencyCodes;

	private final Agencies agencies;

	private final Intake intake;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final NationalSubmissionReader reader;

	private final VietnameseMessages words;

	private final Clock clock;

	NationalInbox(NationalPortalClient portal, NationalSubmissions submissions, NationalAgencyCodes agencyCodes,
			Agencies agencies, Intake intake, Catalogue catalogue, AuditTrail audit, TransactionTemplate transactions,
			MessageSource messages, Clock clock, @Value("${motcua.portal.max-file-size}") DataSize portalLimit,
			@Value("${motcua.documents.max-size}") DataSize storeLimit) {
		this.portal = portal;
		this.submissions = submissions;
		this.agencyCodes = agencyCodes;
		this.agencies = agencies;
		this.intake = intake;
		this.audit = audit;
		this.transactions = transactions;
		this.words = new VietnameseMessages(messages);
		this.reader = new NationalSubmissionReader(catalogue, words,
				Math.min(portalLimit.toBytes(), storeLimit.toBytes()));
		this.clock = clock;
	}

	/** What one round did. */
	record Round(int imported, int refused) {
	}

	@Scheduled(initialDelayString = "${motcua.dvcqg.fetch-delay:PT30S}",
			fixedDelayString = "${motcua.dvcqg.fetch-every:PT1M}")
	void fetchDue() {
		Round round = fetchAll();
		if (round.imported() + round.refused() > 0) {
			log.info("National portal: {} online submissions imported, {} refused", round.imported(), round.refused());
		}
	}

	/**
	 * One round over every active commune's agency code. An agency code several communes share (the default
	 * {@code MOTCUA_DVCQG_MADONVI} with no code set per commune) is skipped: its submissions could not be told apart.
	 */
	Round fetchAll() {
		Map<String, List<String>> communes = new TreeMap<>();
		for (Agency agency : agencies.active()) {
			communes.computeIfAbsent(agencyCodes.madonvi(agency.code()), k -> new java.util.ArrayList<>())
				.add(agency.code());
		}
		int imported = 0;
		int refused = 0;
		for (Map.Entry<String, List<String>> madonvi : communes.entrySet()) {
			if (madonvi.getValue().size() > 1) {
				log.warn("National portal: agency code {} is shared by communes {}; set each commune's own code on "
						+ "/admin/national-link to fetch its online submissions", madonvi.getKey(), madonvi.getValue());
				continue;
			}
			Round round = fetch(madonvi.getKey(), madonvi.getValue().get(0));
			imported += round.imported();
			refused += round.refused();
		}
		return new Round(imported, refused);
	}

	/** Fetches the new submissions of one agency code for its commune, until the portal lists no more. */
	Round fetch(String madonvi, String agencyCode) {
		int imported = 0;
		int refused = 0;
		try {
			while (true) {
				List<NationalSubmissions.Listed> listed = list(madonvi);
				for (NationalSubmissions.Listed line : listed) {
					switch (take(line, agencyCode)) {
						case IMPORTED -> imported++;
						case REFUSED -> refused++;
						case KNOWN -> {
						}
					}
				}
				if (listed.size() < PAGE) {
					return new Round(imported, refused);
				}
			}
		}
		catch (NationalPortalClient.Unavailable | NationalPortalClient.Refused e) {
			log.warn("National portal: fetching the online submissions of {} stopped: {}", madonvi, e.getMessage());
			return new Round(imported, refused);
		}
	}

	private List<NationalSubmissions.Listed> list(String madonvi) {
		long after = transactions.execute(status -> submissions.cursor(madonvi));
		JsonNode result = portal.share("LayDanhSachHoSoNopTrucTuyen", madonvi, portal.object()
			.put("SauSoThuTu", String.valueOf(after)).put("SoLuong", String.valueOf(PAGE))).path("result");
		List<NationalSubmissions.Listed> lines = new java.util.ArrayList<>();
		for (JsonNode line : result.isArray() ? result.values() : List.<JsonNode>of()) {
			long sequence = line.path("SoThuTu").asLong(0);
			if (sequence <= after) {
				continue; // a portal that ignores the cursor: what was fetched is not fetched again
			}
			String code = line.path("MaHoSo").asString("").strip();
			lines.add(new NationalSubmissions.Listed(madonvi, sequence,
					code.isEmpty() ? madonvi + "#" + sequence : code, line.path("MaTTHC").asString(""),
					line.path("NgayNop").asString("")));
		}
		lines.sort(java.util.Comparator.comparingLong(NationalSubmissions.Listed::sequence));
		return lines;
	}

	private enum Outcome {
		IMPORTED, REFUSED, KNOWN
	}

	/** One submission: fetched, read, then imported in one transaction, or refused in another. */
	private Outcome take(NationalSubmissions.Listed line, String agencyCode) {
		if (Boolean.TRUE.equals(transactions.execute(status -> known(line)))) {
			return Outcome.KNOWN;
		}
		String reason;
		if (line.portalCode().equals(line.madonvi() + "#" + line.sequence())) {
			reason = words.say("link.inbox.refused.field", "MaHoSo");
		}
		else {
			JsonNode result = portal.share("LayHoSoNopTrucTuyen", line.madonvi(),
					portal.object().put("MaHoSo", line.portalCode())).path("result");
			JsonNode item = result.isArray() && !result.isEmpty() ? result.get(0) : null;
			NationalSubmissionReader.Read read = item == null || !item.isObject()
					? new NationalSubmissionReader.Read(null, words.say("link.inbox.refused.missing"))
					: reader.read(line.portalCode(), agencyCode, item, today());
			reason = read.refusal() != null ? read.refusal() : imported(line, agencyCode, read);
		}
		if (reason == null) {
			return Outcome.IMPORTED;
		}
		String refusal = reason;
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (submissions.lockAndKnow(line.portalCode())) {
				return false;
			}
			submissions.record(line, agencyCode, null, refusal, now());
			submissions.moveCursor(line.madonvi(), line.sequence());
			audit.record("NATIONAL_SUBMISSION_REFUSED", agencyCode, line.portalCode(), null, refusal);
			return true;
		})) ? Outcome.REFUSED : Outcome.KNOWN;
	}

	/** The import of a submission read well, in one transaction; null when imported, else why it was refused. */
	private String imported(NationalSubmissions.Listed line, String agencyCode, NationalSubmissionReader.Read read) {
		try {
			transactions.executeWithoutResult(status -> {
				if (submissions.lockAndKnow(line.portalCode())) {
					return;
				}
				Dossier dossier = intake.submit(read.request(), ACTOR);
				submissions.record(line, agencyCode, dossier.code(), null, now());
				submissions.answerUnderPortalCode(dossier.code(), line.portalCode(), line.madonvi());
				submissions.moveCursor(line.madonvi(), line.sequence());
			});
			return null;
		}
		catch (IntakeRefused refused) {
			return refused.problems().stream().map(p -> words.say(p.messageKey(), p.args()))
				.collect(Collectors.joining(" "));
		}
	}

	private boolean known(NationalSubmissions.Listed line) {
		if (submissions.lockAndKnow(line.portalCode())) {
			submissions.moveCursor(line.madonvi(), line.sequence());
			return true;
		}
		return false;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}
}
