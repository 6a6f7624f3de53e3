package vn.motcua.nationallink;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import vn.motcua.calendar.TimeLimit;

/**
 * How one procedure of the installation's catalogue compares with the national procedure database's record of it
 * ({@code LayThuTuc}'s {@code result[0]}, Cơ sở dữ liệu quốc gia về thủ tục hành chính, which assigns the codes): a
 * procedure is published with its name and time limit among its parts (Nghị định 63/2010/NĐ-CP Điều 8 khoản 2) and
 * with its fees and charges, and the
 * province's system is kept in step with the national catalogue, with its standardised codes and names (Nghị định
 * 42/2022/NĐ-CP Điều 12, as amended by Nghị định 118/2025/NĐ-CP Điều 40 khoản 7; Quyết định 766/QĐ-TTg indicators
 * 1.2–1.3). Three things are compared: the name ({@code TENTTHC}, ignoring case, spacing and Unicode
 * composition), the time limit ({@code THOIGIANGIAIQUYET}, the number and the unit read from the published text, e.g.
 * "05 ngày làm việc", "15 ngày", "Trong ngày"), and the fees ({@code PHILEPHI}: the sum of its {@code MUCPHI} amounts,
 * e.g. "8.000 đồng", against the sum of the catalogue's fee and charge amounts; a charge the province sets, which the
 * catalogue does not know yet, matches a national text without an amount).
 */
final class NationalProcedureComparison {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,4})\\s*ngày\\s+làm\\s+việc");

	private static final Pattern DAYS = Pattern.compile("(\\d{1,4})\\s*ngày");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");

	private static final Pattern FREE = Pattern.compile("miễn|không thu|không có|^không$");

	private NationalProcedureComparison() {
	}

	/** What differs between the catalogue and the national record (nothing: they match). */
	enum Difference {
		NAME, TIME_LIMIT, FEE
	}

	/** The catalogue's side of the comparison. */
	record Ours(String code, String name, TimeLimit timeLimit, long feeVnd, boolean feeToBeSet) {
	}

	/** The national record as read: its name, its time limit text, its fee amounts as text, and the sum if readable. */
	record National(String name, String timeLimit, String fee, Long feeVnd) {

		static National of(JsonNode procedure) {
			JsonNode fees = procedure.path("PHILEPHI");
			List<String> amounts = new ArrayList<>();
			if (fees.isArray()) {
				fees.forEach(fee -> amounts.add(fee.path("MUCPHI").asString("").strip()));
			}
			else if (!fees.isMissingNode() && !fees.isNull()) {
				amounts.add(fees.asString("").strip());
			}
			return new National(procedure.path("TENTTHC").asString("").strip(),
					procedure.path("THOIGIANGIAIQUYET").asString("").strip(), String.join("; ", amounts),
					feeSum(amounts));
		}
	}

	/** The differences, in the order name, time limit, fee. */
	static List<Difference> differences(Ours ours, National national) {
		List<Difference> found = new ArrayList<>();
		if (!comparableName(ours.name()).equals(comparableName(national.name()))) {
			found.add(Difference.NAME);
		}
		if (!timeLimit(national.timeLimit()).equals(Optional.of(ours.timeLimit()))) {
			found.add(Difference.TIME_LIMIT);
		}
		boolean feeMatches = national.feeVnd() == null ? ours.feeToBeSet() : national.feeVnd() == ours.feeVnd();
		if (!feeMatches) {
			found.add(Difference.FEE);
		}
		return found;
	}

	/**
	 * The time limit a published text states: "05 ngày làm việc" is 5 working days, "15 ngày" 15 calendar days,
	 * "Trong ngày" 0 working days (the day of receipt); when the text states several (a general case then others),
	 * the first. Empty when it states none this can read (hours, "theo quy định"): then it differs.
	 */
	static Optional<TimeLimit> timeLimit(String text) {
		String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VIETNAMESE).replaceAll("\\s+", " ");
		Matcher working = WORKING_DAYS.matcher(t);
		Matcher days = DAYS.matcher(t);
		boolean isWorking = working.find();
		boolean isDays = days.find();
		if (isWorking && days.start() == working.start()) {
			return Optional.of(TimeLimit.workingDays(Integer.parseInt(working.group(1))));
		}
		if (isDays) {
			return Optional.of(TimeLimit.calendarDays(Integer.parseInt(days.group(1))));
		}
		if (t.contains("trong ngày")) {
			return Optional.of(TimeLimit.workingDays(0));
		}
		return Optional.empty();
	}

	/**
	 * The sum of the published amounts ("8.000 đồng", "50000", "" or "Miễn phí" for none); null when one of them
	 * states no amount ("Mức thu do HĐND tỉnh quy định").
	 */
	static Long feeSum(List<String> amounts) {
		long sum = 0;
		for (String amount : amounts) {
			String a = amount.toLowerCase(VIETNAMESE).strip();
			Matcher number = NUMBER.matcher(a.replaceAll("(?<=\\d)[.,\\s](?=\\d{3}(\\D|$))", ""));
			if (number.find()) {
				sum += Long.parseLong(number.group());
			}
			else if (!a.isEmpty() && !FREE.matcher(a).find()) {
				return null;
			}
		}
		return sum;
	}

	private static String comparableName(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
			.replaceAll("[.;]$", "").toLowerCase(VIETNAMESE);
	}
}
