package vn.motcua.simulators;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dossiers citizens submitted online on the simulated portal, waiting for the commune's one-stop system to fetch
 * them with the two share services MotCua assumes (docs/national-link.md, "Online submissions"):
 * {@code LayDanhSachHoSoNopTrucTuyen} lists a commune's submissions after a cursor ({@code SoThuTu}, a number the
 * portal gives each submission in order), {@code LayHoSoNopTrucTuyen} gives one with its files in base64. Each
 * submission keeps what was submitted as it is (a test may submit a malformed one on purpose). Thread-safe; in
 * memory, like the rest of the simulator.
 */
final class NationalOnlineSubmissions {

	/** The most one listing answers. */
	static final int MOST_LISTED = 100;

	/** A submission: the portal's order number, the commune ({@code madonvi}), the dossier code, what was submitted. */
	record Submission(long sequence, String agency, String code, ObjectNode item) {
	}

	private final List<Submission> submissions = new ArrayList<>();

	/** The simulator's clock, in Vietnam time (the protocol's {@code NgayNop}). */
	private final Clock clock;

	NationalOnlineSubmissions(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Keeps a submission for {@code agency}: gives it the next order number, a dossier code if it has none
	 * ({@code MaHoSo}: {@code G22-<yyMMdd>-<number>}) and the time it was submitted ({@code NgayNop}) if it has none.
	 */
	synchronized Submission add(String agency, ObjectNode item) {
		long sequence = submissions.size() + 1;
		LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
		if (item.path("MaHoSo").asString("").isBlank()) {
			item.put("MaHoSo", "G22-" + now.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
					+ String.format("%06d", sequence));
		}
		if (item.path("NgayNop").asString("").isBlank()) {
			item.put("NgayNop", now.format(NationalPortalRecords.INSTANT));
		}
		Submission submission = new Submission(sequence, agency, item.path("MaHoSo").asString(), item);
		submissions.add(submission);
		return submission;
	}

	/** The commune's submissions after order number {@code after}, in order, at most {@code limit}. */
	synchronized List<Submission> after(String agency, long after, int limit) {
		return submissions.stream().filter(s -> s.agency().equals(agency) && s.sequence() > after)
			.limit(Math.max(1, Math.min(limit, MOST_LISTED))).toList();
	}

	/** The commune's submission with this dossier code. */
	synchronized java.util.Optional<Submission> find(String agency, String code) {
		return submissions.stream().filter(s -> s.agency().equals(agency) && s.code().equals(code)).findFirst();
	}

	synchronized List<Submission> all() {
		return List.copyOf(submissions);
	}

	synchronized void clear() {
		submissions.clear();
	}

	/** The listing's line of a submission: its order number, code, procedure and time, without its files. */
	static ObjectNode listed(Submission s, ObjectNode line) {
		return line.put("SoThuTu", s.sequence()).put("MaHoSo", s.code())
			.put("MaTTHC", s.item().path("MaTTHC").asString("")).put("NgayNop", s.item().path("NgayNop").asString(""));
	}

	/** The dossier as the portal holds it once submitted: status 1 (Mới đăng ký), without the files' contents. */
	static ObjectNode held(ObjectNode item) {
		ObjectNode held = item.deepCopy();
		held.put("TrangThaiHoSo", "1");
		JsonNode files = held.path("TaiLieuNop");
		if (files.isArray()) {
			for (JsonNode file : files) {
				if (file instanceof ObjectNode f) {
					f.remove("NoiDung");
				}
			}
		}
		return held;
	}
}
