package vn.motcua.simulators;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What the simulated national portal keeps: each dossier as last synchronised ({@code DongBoHoSoMC}) per agency
 * ({@code madonvi}) and code ({@code MaHoSo}), the national statuses it went through in the order they arrived, and
 * its progress steps ({@code CapNhatTienDoHoSoMC}). A call's items are checked first and kept all together or not at
 * all; a refusal names the item and the field, in Vietnamese, as the portal's {@code message}. Thread-safe.
 */
final class NationalPortalRecords {

	/** {@code yyyyMMddHHmmss}, Vietnam time (the protocol's dates); strict, so 20261340… is refused. */
	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern PROCEDURE_CODE = Pattern.compile("\\d\\.\\d{6}");

	private static final List<String> DOSSIER_DATES = List.of("NgayTiepNhan", "NgayHenTra", "NgayTra",
			"NgayKetThucXuLy");

	private static final List<String> PROGRESS_DATES = List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh");

	/** A dossier as the portal holds it. */
	record Held(String agency, String code, JsonNode latest, List<Integer> statuses, List<JsonNode> progress) {
	}

	/** An item refused, with the portal's reason. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}
	}

	private final Map<String, Held> dossiers = new LinkedHashMap<>();

	private int updatesReceived;

	private int progressReceived;

	/** Inserts ({@code updating} false) or updates the dossiers of one call, all or none. */
	synchronized int synchronise(String agency, boolean updating, JsonNode items) {
		List<JsonNode> list = items(items);
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			String at = "Hồ sơ thứ " + (i + 1);
			String code = required(item, "MaHoSo", at);
			if (!PROCEDURE_CODE.matcher(required(item, "MaTTHC", at)).matches()) {
				throw new Refused(at + ": MaTTHC không đúng dạng mã thủ tục (ví dụ 1.001193)");
			}
			status(item, "TrangThaiHoSo", at);
			String kind = item.path("LoaiDoiTuong").asString("");
			if (!kind.equals("1") && !kind.equals("2")) {
				throw new Refused(at + ": LoaiDoiTuong phải là 1 (công dân) hoặc 2 (tổ chức)");
			}
			dates(item, DOSSIER_DATES, at);
			boolean known = dossiers.containsKey(key(agency, code));
			if (!updating && known) {
				throw new Refused(at + ": hồ sơ " + code + " đã có trên Cổng, hãy gửi cập nhật (isUpdating True)");
			}
			if (updating && !known) {
				throw new Refused(at + ": không tìm thấy hồ sơ " + code + " để cập nhật");
			}
		}
		for (JsonNode item : list) {
			String code = item.path("MaHoSo").asString().strip();
			Held before = dossiers.get(key(agency, code));
			Held held = new Held(agency, code, item.deepCopy(),
					before == null ? new ArrayList<>() : before.statuses(),
					before == null ? new ArrayList<>() : before.progress());
			held.statuses().add(item.path("TrangThaiHoSo").asInt());
			dossiers.put(key(agency, code), held);
			updatesReceived++;
		}
		return list.size();
	}

	/** Appends the progress steps of one call, all or none; each names a dossier the portal already has. */
	synchronized int progress(String agency, JsonNode items) {
		List<JsonNode> list = items(items);
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			String at = "Tiến độ thứ " + (i + 1);
			String code = required(item, "MaHoSo", at);
			if (!dossiers.containsKey(key(agency, code))) {
				throw new Refused(at + ": không tìm thấy hồ sơ " + code + " (đồng bộ hồ sơ trước khi gửi tiến độ)");
			}
			status(item, "TrangThai", at);
			required(item, "ThoiDiemXuLy", at);
			dates(item, PROGRESS_DATES, at);
		}
		for (JsonNode item : list) {
			dossiers.get(key(agency, item.path("MaHoSo").asString().strip())).progress().add(item.deepCopy());
			progressReceived++;
		}
		return list.size();
	}

	/**
	 * A dossier a citizen submitted online on the portal itself: the portal holds it from then on with status 1 (Mới
	 * đăng ký), so that the one-stop system that fetches it sends updates ({@code isUpdating} "True") about it.
	 */
	synchronized void submittedOnline(String agency, String code, JsonNode item) {
		List<Integer> statuses = new ArrayList<>();
		statuses.add(1);
		dossiers.putIfAbsent(key(agency, code), new Held(agency, code, item.deepCopy(), statuses, new ArrayList<>()));
	}

	synchronized Held held(String agency, String code) {
		return dossiers.get(key(agency, code));
	}

	/** A copy of everything held, in the order the dossiers first arrived. */
	synchronized List<Held> all() {
		return dossiers.values().stream()
			.map(h -> new Held(h.agency(), h.code(), h.latest(), List.copyOf(h.statuses()), List.copyOf(h.progress())))
			.toList();
	}

	synchronized int updatesReceived() {
		return updatesReceived;
	}

	synchronized int progressReceived() {
		return progressReceived;
	}

	synchronized void clear() {
		dossiers.clear();
		updatesReceived = 0;
		progressReceived = 0;
	}

	private static List<JsonNode> items(JsonNode items) {
		if (items == null || !items.isArray() || items.isEmpty()) {
			throw new Refused("data phải là một danh sách không rỗng");
		}
		return new ArrayList<>(items.values());
	}

	private static String required(JsonNode item, String field, String at) {
		String value = item.path(field).asString("").strip();
		if (value.isEmpty()) {
			throw new Refused(at + ": thiếu " + field);
		}
		return value;
	}

	private static void status(JsonNode item, String field, String at) {
		String value = required(item, field, at);
		if (!value.matches("10|[1-9]")) {
			throw new Refused(at + ": " + field + " phải là mã trạng thái từ 1 đến 10, không phải " + value);
		}
	}

	private static void dates(JsonNode item, List<String> fields, String at) {
		for (String field : fields) {
			String value = item.path(field).asString("");
			if (value.isEmpty()) {
				continue;
			}
			try {
				LocalDateTime.parse(value, INSTANT);
			}
			catch (DateTimeParseException e) {
				throw new Refused(at + ": " + field + " phải có dạng yyyyMMddHHmmss (giờ Việt Nam), không phải " + value);
			}
		}
	}

	private static String key(String agency, String code) {
		return agency + "\u0000" + code;
	}
}
