package vn.motcua.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national procedure database as the simulator answers {@code LayThuTuc}: MotCua's own starter catalogue (the
 * procedures a commune starts with, as the national database publishes them), and any procedure a test or a person
 * sets over HTTP ({@code POST /simulator/procedures}) — to try the catalogue comparison with a name, time limit or fee
 * that differs. Field names as the portal answers them ({@code MATTHC}, {@code TENTTHC}, {@code LINHVUCTHUCHIEN},
 * {@code THOIGIANGIAIQUYET}, {@code PHILEPHI}, {@code THANHPHANHOSO}).
 */
final class NationalProcedures {

	private static final String STARTER = "catalogue/starter-catalogue.csv";

	private final Map<String, ObjectNode> procedures = new ConcurrentHashMap<>();

	private final JsonMapper json;

	NationalProcedures(JsonMapper json) {
		this.json = json;
		try (InputStream in = NationalProcedures.class.getClassLoader().getResourceAsStream(STARTER)) {
			if (in != null) {
				List<List<String>> rows = csv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				Map<String, Integer> column = new HashMap<>();
				for (int i = 0; i < rows.get(0).size(); i++) {
					column.put(rows.get(0).get(i), i);
				}
				for (List<String> row : rows.subList(1, rows.size())) {
					if (row.size() == rows.get(0).size()) {
						put(fromStarterRow(row, column));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The procedure with this code, as {@code LayThuTuc}'s {@code result[0]}; null when the database lacks it. */
	JsonNode procedure(String code) {
		return procedures.get(code);
	}

	/** Sets (adds or replaces) a procedure; it must carry {@code MATTHC}. */
	void put(JsonNode procedure) {
		String code = procedure.path("MATTHC").asString("").strip();
		if (code.isEmpty() || !procedure.isObject()) {
			throw new NationalPortalRecords.Refused("Thủ tục phải có MATTHC");
		}
		procedures.put(code, (ObjectNode) procedure.deepCopy());
	}

	int size() {
		return procedures.size();
	}

	private ObjectNode fromStarterRow(List<String> row, Map<String, Integer> column) {
		ObjectNode p = json.createObjectNode();
		p.put("MATTHC", row.get(column.get("code")));
		p.put("TENTTHC", row.get(column.get("name")));
		p.putArray("LINHVUCTHUCHIEN").addObject().put("MALINHVUC", "").put("TENLINHVUC", row.get(column.get("field")));
		String unit = "WORKING_DAYS".equals(row.get(column.get("time_unit"))) ? "ngày làm việc" : "ngày";
		p.put("THOIGIANGIAIQUYET", row.get(column.get("time_limit")) + " " + unit);
		p.putArray("PHILEPHI").addObject().put("MUCPHI", row.get(column.get("fee_vnd")));
		ArrayNode documents = p.putArray("THANHPHANHOSO");
		for (String document : row.get(column.get("documents")).split("\\R|;\\s*")) {
			if (!document.isBlank()) {
				documents.addObject().put("TENGIAYTO", document.strip());
			}
		}
		return p;
	}

	/** RFC 4180 cells of a small file read whole (quoted cells may hold commas, quotes and line breaks). */
	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
