package vn.motcua.simulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.shared.CsvRecords;

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
				CsvRecords records = new CsvRecords(in);
				List<String> header = records.next().cells();
				Map<String, Integer> column = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					column.put(header.get(i), i);
				}
				for (CsvRecords.CsvRecord row = records.next(); row != null; row = records.next()) {
					if (row.problem() == null && row.cells().size() == header.size()) {
						put(fromStarterRow(row.cells(), column));
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
}
