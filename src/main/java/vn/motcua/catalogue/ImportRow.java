package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * One data row of a catalogue CSV, checked cell by cell (every problem is reported, in Vietnamese, from the
 * {@code catalogue.csv.*} messages), and laid over the stored version it updates. Columns are documented in
 * docs/catalogue.md.
 */
final class ImportRow {

	static final List<String> REQUIRED = List.of("code", "name", "field", "service_level", "time_limit", "time_unit",
			"fee_vnd", "fee_exempt", "fee_exempt_basis", "legal_basis");

	static final List<String> OPTIONAL = List.of("fee_kind", "fee_description", "fee_exempt_channel",
			"effective_from", "publishing_decision", "publishing_decision_date", "implementing_level",
			"implementing_agency", "cut_off", "supplement_policy", "result", "documents", "abolished_on",
			"abolition_decision", "documents_source", "fee_to_be_set", "fee_exempt_condition", "consulted_agencies");

	static final Pattern CODE = Pattern.compile("^[0-9]\\.[0-9]{6}$");

	final int line;

	final List<String> errors = new ArrayList<>();

	private final Map<String, Integer> columns;

	private final List<String> cells;

	private final VietnameseMessages words;

	String code;
	String name;
	String field;
	ServiceLevel serviceLevel;
	TimeLimit timeLimit;
	long feeVnd;
	Fee.Kind feeKind;
	boolean feeExempt;
	boolean feeToBeSet;
	SubmissionChannel exemptChannel;
	LocalDate effectiveFrom;
	LocalDate publishingDecisionDate;
	LocalDate abolishedOn;
	LocalTime cutOff;
	SupplementPolicy supplementPolicy;
	List<ConsultedAgency> consultedAgencies;

	ImportRow(int line, Map<String, Integer> columns, List<String> cells, VietnameseMessages words) {
		this.line = line;
		this.columns = columns;
		this.cells = cells;
		this.words = words;
		if (cells.size() != columns.size()) {
			errors.add(words.say("catalogue.csv.cellCount", cells.size(), columns.size()));
			code = cell("code");
			return;
		}
		check();
	}

	String cell(String column) {
		Integer index = columns.get(column);
		return index == null || index >= cells.size() ? "" : cells.get(index).trim();
	}

	boolean has(String column) {
		return columns.containsKey(column) && !cell(column).isEmpty();
	}

	private void check() {
		code = cell("code");
		if (code.isEmpty()) {
			errors.add(words.say("catalogue.csv.codeMissing"));
		}
		else if (!CODE.matcher(code).matches()) {
			errors.add(words.say("catalogue.csv.codeInvalid", code));
		}
		name = cell("name");
		if (name.isEmpty()) {
			errors.add(words.say("catalogue.csv.nameMissing"));
		}
		field = cell("field");
		if (field.isEmpty()) {
			errors.add(words.say("catalogue.csv.fieldMissing"));
		}
		serviceLevel = parseEnum(ServiceLevel.class, "service_level", true);
		TimeLimit.Unit unit = parseEnum(TimeLimit.Unit.class, "time_unit", true);
		String time = cell("time_limit");
		if (!time.matches("[0-9]{1,4}")) {
			errors.add(words.say("catalogue.csv.timeLimitInvalid", time));
		}
		else if (unit != null) {
			timeLimit = new TimeLimit(Integer.parseInt(time), unit);
		}
		String fee = cell("fee_vnd");
		if (fee.matches("-[0-9]+")) {
			errors.add(words.say("catalogue.csv.feeNegative", fee));
		}
		else if (!fee.matches("[0-9]{1,12}")) {
			errors.add(words.say("catalogue.csv.feeInvalid", fee));
		}
		else {
			feeVnd = Long.parseLong(fee);
		}
		String kind = cell("fee_kind").toUpperCase(Locale.ROOT);
		feeKind = switch (kind) {
			case "", "LE_PHI", "CHARGE" -> Fee.Kind.CHARGE;
			case "PHI", "FEE" -> Fee.Kind.FEE;
			default -> {
				errors.add(words.say("catalogue.csv.feeKindInvalid", cell("fee_kind")));
				yield null;
			}
		};
		String toBeSet = cell("fee_to_be_set").toLowerCase(Locale.ROOT);
		if (!toBeSet.isEmpty() && !toBeSet.equals("true") && !toBeSet.equals("false")) {
			errors.add(words.say("catalogue.csv.booleanInvalid", "fee_to_be_set", cell("fee_to_be_set")));
		}
		feeToBeSet = toBeSet.equals("true");
		if (feeToBeSet && feeVnd != 0) {
			errors.add(words.say("catalogue.csv.feeToBeSetWithAmount", feeVnd));
		}
		String exempt = cell("fee_exempt").toLowerCase(Locale.ROOT);
		if (!exempt.equals("true") && !exempt.equals("false")) {
			errors.add(words.say("catalogue.csv.booleanInvalid", "fee_exempt", cell("fee_exempt")));
		}
		feeExempt = exempt.equals("true");
		if (feeExempt && cell("fee_exempt_basis").isEmpty()) {
			errors.add(words.say("catalogue.csv.exemptionBasisMissing"));
		}
		exemptChannel = parseEnum(SubmissionChannel.class, "fee_exempt_channel", false);
		supplementPolicy = parseEnum(SupplementPolicy.class, "supplement_policy", false);
		effectiveFrom = date("effective_from");
		publishingDecisionDate = date("publishing_decision_date");
		abolishedOn = date("abolished_on");
		if (has("consulted_agencies")) {
			consultedAgencies = consulted(cell("consulted_agencies"));
		}
		if (has("cut_off")) {
			try {
				cutOff = LocalTime.parse(cell("cut_off"));
			}
			catch (DateTimeParseException e) {
				errors.add(words.say("catalogue.csv.cutOffInvalid", cell("cut_off")));
			}
		}
	}

	/**
	 * The {@code consulted_agencies} cell (liên thông, NĐ 61/2018 Art. 19.5): one agency per line (or separated by
	 * “;”), each “name: working days”, in the order the dossier goes; the shares must leave the receiving agency part
	 * of the time limit.
	 */
	private List<ConsultedAgency> consulted(String cell) {
		List<ConsultedAgency> agencies = new ArrayList<>();
		for (String item : cell.split("[\n;]")) {
			String line = item.strip();
			if (line.isEmpty()) {
				continue;
			}
			int colon = line.lastIndexOf(':');
			String days = colon < 0 ? "" : line.substring(colon + 1).strip();
			String agency = colon < 0 ? "" : line.substring(0, colon).strip();
			if (agency.isEmpty() || !days.matches("[0-9]{1,3}") || Integer.parseInt(days) < 1) {
				errors.add(words.say("catalogue.csv.consultedInvalid", line));
				continue;
			}
			agencies.add(new ConsultedAgency(agencies.size() + 1, agency, Integer.parseInt(days)));
		}
		int sum = agencies.stream().mapToInt(ConsultedAgency::shareWorkingDays).sum();
		if (timeLimit != null && timeLimit.unit() == TimeLimit.Unit.WORKING_DAYS && sum >= timeLimit.amount()) {
			errors.add(words.say("catalogue.csv.consultedSum", sum, timeLimit.amount()));
		}
		return agencies;
	}

	private LocalDate date(String column) {
		if (!has(column)) {
			return null;
		}
		try {
			return LocalDate.parse(cell(column));
		}
		catch (DateTimeParseException e) {
			errors.add(words.say("catalogue.csv.dateInvalid", cell(column), column));
			return null;
		}
	}

	/** The enum constant named in {@code column}; its label in the reasons is {@code catalogue.csv.column.<column>}. */
	private <E extends Enum<E>> E parseEnum(Class<E> type, String column, boolean required) {
		String value = cell(column);
		if (value.isEmpty()) {
			if (required) {
				errors.add(words.say("catalogue.csv.valueMissing", label(column), column));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
			errors.add(words.say("catalogue.csv.valueInvalid", label(column), value, String.join(", ", allowed)));
			return null;
		}
	}

	private String label(String column) {
		return words.say("catalogue.csv.column." + column);
	}

	/** Lays this row over a draft (a new one, or a copy of the stored version it updates). */
	void overlay(ProcedureDraft draft) {
		draft.code = code;
		draft.name = name;
		draft.field = field;
		draft.serviceLevel = serviceLevel;
		draft.timeLimit = timeLimit;
		draft.legalBasis = has("legal_basis") ? cell("legal_basis") : null;
		if (feeToBeSet) {
			String description = has("fee_description") ? cell("fee_description")
					: words.say("catalogue.csv.feeToBeSet", words.say("catalogue.feeKind." + feeKind.name()));
			draft.fees = new ArrayList<>(List.of(new Fee(feeKind, description, 0, true)));
		}
		else if (feeVnd == 0) {
			draft.fees = new ArrayList<>();
		}
		else {
			String description = has("fee_description") ? cell("fee_description")
					: words.say("catalogue.feeKind." + feeKind.name());
			long stored = draft.fees.stream().mapToLong(Fee::amountVnd).sum();
			boolean keep = stored == feeVnd && !has("fee_description") && !has("fee_kind");
			if (!keep) {
				draft.fees = new ArrayList<>(List.of(new Fee(feeKind, description, feeVnd)));
			}
		}
		if (!feeExempt) {
			draft.feeExemptions = new ArrayList<>();
		}
		else {
			String basis = cell("fee_exempt_basis");
			String condition = has("fee_exempt_condition") ? cell("fee_exempt_condition") : null;
			boolean keep = draft.feeExemptions.stream().anyMatch(e -> e.legalBasis().equals(basis)
					&& e.channel() == exemptChannel && java.util.Objects.equals(e.condition(), condition));
			if (!keep) {
				String description = exemptChannel == SubmissionChannel.ONLINE
						? words.say("catalogue.csv.exemption.online") : condition != null
								? words.say("catalogue.csv.exemption.when", condition) : words.say("catalogue.csv.exemption");
				draft.feeExemptions = new ArrayList<>(
						List.of(new FeeExemption(description, basis, exemptChannel, null, null, condition)));
			}
		}
		if (has("implementing_level")) {
			draft.implementingLevel = cell("implementing_level");
		}
		if (has("implementing_agency")) {
			draft.implementingAgency = cell("implementing_agency");
		}
		if (has("publishing_decision")) {
			draft.publishingDecision = cell("publishing_decision");
		}
		if (publishingDecisionDate != null) {
			draft.publishingDecisionDate = publishingDecisionDate;
		}
		if (cutOff != null) {
			draft.cutOff = cutOff;
		}
		if (supplementPolicy != null) {
			draft.supplementPolicy = supplementPolicy;
		}
		if (has("result")) {
			draft.result = cell("result");
		}
		if (has("documents")) {
			draft.requiredDocuments = DocumentLines.parse(cell("documents"));
		}
		if (has("documents_source")) {
			draft.documentsSource = cell("documents_source");
		}
		if (consultedAgencies != null) {
			draft.consultedAgencies = new ArrayList<>(consultedAgencies);
		}
		draft.fitSteps(words);
	}
}
