package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;

/** Bodies of the dossier API as an integrator writes them, and its answers read back. */
final class DossierApiFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private DossierApiFixtures() {
	}

	/** A complete intake body for {@code version}: every paper of the procedure named as catalogued, with a scan. */
	static Map<String, Object> intake(ProcedureVersion version, String token, String name) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (RequiredDocument document : version.requiredDocuments()) {
			if (document.shownOnly()) {
				continue;
			}
			Map<String, Object> paper = new LinkedHashMap<>();
			paper.put("kind", "COMPONENT");
			paper.put("name", document.name());
			paper.put("original", document.original());
			paper.put("copies", 1);
			paper.put("fileName", "ban-quet-" + document.position() + ".pdf");
			paper.put("content", Base64.getEncoder()
				.encodeToString(("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
			documents.add(paper);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("agency", CounterDesk.AGENCY);
		body.put("procedureCode", version.code());
		body.put("channel", "DIRECT");
		body.put("applicant", Map.of("kind", "CITIZEN", "name", name, "idNumber", "038095000123", "phone", "0912345678",
				"address", "Thôn 2, xã Thiên Phủ"));
		body.put("documents", documents);
		body.put("submissionToken", token);
		return body;
	}

	static String json(Object body) {
		return JSON.writeValueAsString(body);
	}

	static JsonNode read(String json) {
		return JSON.readTree(json);
	}
}
