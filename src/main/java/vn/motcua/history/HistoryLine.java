package vn.motcua.history;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One line of a dossier history file (legal-rules.md §5) as it was written, every value still a string: what the
 * earlier system recorded, before any check. {@link HistoryReplay} checks it and replays its events.
 *
 * @param shapeErrors message keys (with their argument) for values of the wrong JSON type
 */
record HistoryLine(String code, String agency, String procedureCode, String channel, String applicantName,
		String applicantIdNumber, String applicantPhone, String applicantAddress, String receivedAt, String dueDate,
		List<Event> events, List<Document> documents, List<String> shapeErrors, Who who) {

	/**
	 * Who applied, as the optional columns added for organisations and foreigners say (all null in older files):
	 * {@code applicant.kind}, {@code applicant.identifier}, {@code applicant.legalRepresentative} and
	 * {@code applicant.representative} with its name, ID number, phone, authorisation paper and basis.
	 */
	record Who(String kind, String identifier, String legalRepresentative, String representativeName,
			String representativeIdNumber, String representativePhone, String authorisationPaper,
			String representativeBasis) {
	}

	/** An event of the dossier's life after receipt. */
	record Event(String type, String at, String reason, String outcome, String newDueDate) {
	}

	/** A document of the dossier, with the path of its file inside the ZIP (or none). */
	record Document(String kind, String name, String file) {
	}

	static HistoryLine read(JsonNode line) {
		List<String> shape = new ArrayList<>();
		JsonNode applicant = line.path("applicant");
		List<Event> events = new ArrayList<>();
		for (JsonNode event : list(line, "events", shape)) {
			events.add(new Event(text(event, "type"), text(event, "at"), text(event, "reason"), text(event, "outcome"),
					text(event, "newDueDate")));
		}
		List<Document> documents = new ArrayList<>();
		for (JsonNode document : list(line, "documents", shape)) {
			documents.add(new Document(text(document, "kind"), text(document, "name"), text(document, "file")));
		}
		return new HistoryLine(text(line, "code"), text(line, "agency"), text(line, "procedureCode"),
				text(line, "channel"), text(applicant, "name"), text(applicant, "idNumber"), text(applicant, "phone"),
				text(applicant, "address"), text(line, "receivedAt"), text(line, "dueDate"), events, documents, shape,
				who(applicant, shape));
	}

	private static Who who(JsonNode applicant, List<String> shape) {
		JsonNode representative = applicant.path("representative");
		if (!representative.isMissingNode() && !representative.isNull() && !representative.isObject()) {
			shape.add("applicant.representative");
		}
		return new Who(text(applicant, "kind"), text(applicant, "identifier"), text(applicant, "legalRepresentative"),
				text(representative, "name"), text(representative, "idNumber"), text(representative, "phone"),
				text(representative, "authorisationPaper"), text(representative, "basis"));
	}

	private static Iterable<JsonNode> list(JsonNode line, String field, List<String> shape) {
		JsonNode node = line.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			shape.add(field);
			return List.of();
		}
		return node.values();
	}

	/** The value as text, trimmed; null when missing, null or blank. */
	private static String text(JsonNode parent, String field) {
		JsonNode node = parent.path(field);
		if (!node.isValueNode() || node.isNull()) {
			return null;
		}
		String text = node.asString().strip();
		return text.isEmpty() ? null : text;
	}
}
