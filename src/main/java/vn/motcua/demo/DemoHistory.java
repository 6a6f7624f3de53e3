package vn.motcua.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.dossier.Decision;
import vn.motcua.shared.VietnamTime;

/**
 * A made-up but realistic dossier history in the import format (legal-rules.md §5), one JSON line at a time: per
 * commune, dossiers received over the period in time order, for the procedures of the catalogue weighted as a
 * commune sees them (civil status and certification above all), mostly online since 1/7/2025, with supplement
 * cycles, extensions, stops, refusals, some lateness, returns and digitised files. Nothing happens after
 * {@code now}: recent dossiers stay open. The same seed gives the same lines (and the same codes).
 */
final class DemoHistory implements Iterator<String> {

	/** A commune to fill: its code and name. */
	record Commune(String code, String name) {
	}

	/** A procedure to draw from, with its weight (how often a commune receives it). */
	record WeightedProcedure(ProcedureVersion version, int weight) {
	}

	static final String COMPONENT_FILE = "demo/to-khai.pdf";

	static final String RESULT_FILE = "demo/ket-qua.pdf";

	private static final LocalDate ONLINE_REFORM = LocalDate.of(2025, 7, 1);

	private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô",
			"Hồ", "Lê", "Trịnh", "Mai" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân" };

	private static final String[] GIVEN = { "An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Lan",
			"Linh", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến", "Khánh" };

	private final List<Commune> communes;

	private final List<WeightedProcedure> procedures;

	private final int totalWeight;

	private final List<LocalDate> days;

	private final int perCommune;

	private final OffsetDateTime now;

	private final DeadlineCalendar calendar;

	private final boolean files;

	private final SplittableRandom random;

	private int commune = -1;

	private final List<OffsetDateTime> receipts = new ArrayList<>();

	private int next;

	private LocalDate codeDay;

	private int codeNumber;

	DemoHistory(List<Commune> communes, List<WeightedProcedure> procedures, LocalDate from, LocalDate to,
			int perCommune, long seed, OffsetDateTime now, DeadlineCalendar calendar, boolean files) {
		this.communes = communes;
		this.procedures = procedures;
		this.totalWeight = procedures.stream().mapToInt(WeightedProcedure::weight).sum();
		this.days = from.datesUntil(to.plusDays(1)).toList();
		this.perCommune = perCommune;
		this.now = now;
		this.calendar = calendar;
		this.files = files;
		this.random = new SplittableRandom(seed);
	}

	@Override
	public boolean hasNext() {
		while (next >= receipts.size()) {
			if (commune + 1 >= communes.size()) {
				return false;
			}
			commune++;
			drawReceipts();
		}
		return true;
	}

	@Override
	public String next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return line(communes.get(commune), receipts.get(next++));
	}

	/** The receipts of the next commune, in time order (a few thousand at most: one commune at a time). */
	private void drawReceipts() {
		receipts.clear();
		next = 0;
		codeDay = null;
		for (int i = 0; i < perCommune; i++) {
			LocalDate day = days.get(random.nextInt(days.size()));
			if (!calendar.isWorkingDay(day) && random.nextInt(100) >= 12) {
				day = calendar.plusWorkingDays(day, 1);
			}
			if (day.isAfter(days.get(days.size() - 1))) {
				day = calendar.plusWorkingDays(day, -1);
			}
			LocalTime time = LocalTime.of(7, 30).plusMinutes(random.nextInt(9 * 60));
			OffsetDateTime at = day.atTime(time).atZone(VietnamTime.ZONE).toOffsetDateTime();
			if (!at.isAfter(now)) {
				receipts.add(at);
			}
		}
		receipts.sort(null);
	}

	private String line(Commune commune, OffsetDateTime received) {
		ProcedureVersion procedure = drawProcedure();
		LocalDate day = day(received);
		if (!day.equals(codeDay)) {
			codeDay = day;
			codeNumber = 0;
		}
		String code = commune.code() + "-" + CODE_DAY.format(day) + "-D" + String.format("%04d", ++codeNumber);
		String channel = channel(procedure, day);
		if (!channel.equals("ONLINE") && !calendar.isWorkingDay(day)) {
			channel = "ONLINE";
		}
		Json json = new Json();
		json.field("code", code).field("agency", commune.code()).field("procedureCode", procedure.code())
			.field("channel", channel);
		json.raw("applicant", applicant(commune));
		json.field("receivedAt", received.toString());
		Events events = new Events(received);
		Decision decision = history(commune.code(), procedure, received, events);
		json.raw("events", events.json.toString() + "]");
		json.raw("documents", documents(decision));
		return json.end();
	}

	/** Draws what happened to the dossier; returns the decision when it was resolved. */
	private Decision history(String agency, ProcedureVersion procedure, OffsetDateTime received, Events events) {
		DueDate due = calendar.dueDate(agency, received, procedure.timeLimit(), procedure.cutOff());
		LocalDate start = due.startDate();
		LocalDate dueDate = due.dueDate();
		int fate = random.nextInt(1000);
		if (fate < 12) {
			events.add("STOPPED", at(calendar.plusWorkingDays(start, random.nextInt(3))), "Người nộp xin rút hồ sơ");
			return null;
		}
		if (fate < 75) {
			OffsetDateTime requested = at(calendar.plusWorkingDays(start, random.nextInt(2)));
			if (!events.add("SUPPLEMENT_REQUESTED", requested, "Bổ sung bản sao giấy tờ tùy thân")) {
				return null;
			}
			if (random.nextInt(10) == 0) {
				return null;
			}
			OffsetDateTime supplied = at(calendar.plusWorkingDays(day(requested), 1 + random.nextInt(6)));
			if (!events.add("SUPPLEMENT_RECEIVED", supplied, null)) {
				return null;
			}
			DueDate after = calendar.dueDateAfterSupplement(agency, procedure.timeLimit(),
					procedure.supplementPolicy(), dueDate, requested, supplied, procedure.cutOff());
			start = after.startDate();
			dueDate = after.dueDate();
		}
		LocalDate resolvedOn;
		if (fate >= 75 && fate < 100 && calendar.workingDaysBetween(start, dueDate) >= 2) {
			LocalDate extended = calendar.plusWorkingDays(dueDate, 3);
			if (!events.addExtension(at(calendar.plusWorkingDays(dueDate, -1)), extended)) {
				return null;
			}
			resolvedOn = calendar.plusWorkingDays(dueDate, 1 + random.nextInt(3));
		}
		else if (fate >= 100 && fate < 180) {
			resolvedOn = calendar.plusWorkingDays(dueDate, 1 + random.nextInt(5));
		}
		else {
			int span = Math.max(0, calendar.workingDaysBetween(start, dueDate));
			resolvedOn = calendar.plusWorkingDays(start, random.nextInt(span + 1));
		}
		Decision decision = random.nextInt(100) < 3 ? Decision.REFUSED : Decision.APPROVED;
		if (!events.addResolution(at(resolvedOn), decision)) {
			return null;
		}
		if (random.nextInt(100) < 85) {
			events.add("RETURNED", at(calendar.plusWorkingDays(resolvedOn, random.nextInt(3))), null);
		}
		return decision;
	}

	private static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	private OffsetDateTime at(LocalDate day) {
		return day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60 + 30)))
			.atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

	private ProcedureVersion drawProcedure() {
		int pick = random.nextInt(totalWeight);
		for (WeightedProcedure p : procedures) {
			pick -= p.weight();
			if (pick < 0) {
				return p.version();
			}
		}
		return procedures.get(procedures.size() - 1).version();
	}

	private String channel(ProcedureVersion procedure, LocalDate day) {
		int r = random.nextInt(100);
		if (procedure.serviceLevel() == ServiceLevel.IN_PERSON) {
			return r < 95 ? "DIRECT" : "POSTAL";
		}
		int online = day.isBefore(ONLINE_REFORM) ? 35 : 80;
		return r < online ? "ONLINE" : r < 97 ? "DIRECT" : "POSTAL";
	}

	private String applicant(Commune commune) {
		String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
				+ GIVEN[random.nextInt(GIVEN.length)];
		String id = "038" + (random.nextBoolean() ? "0" : "1") + String.format("%02d", 60 + random.nextInt(45))
				+ String.format("%06d", random.nextInt(1_000_000));
		String phone = "09" + String.format("%08d", random.nextInt(100_000_000));
		return new Json().field("name", name).field("idNumber", id).field("phone", phone)
			.field("address", "Thôn " + (1 + random.nextInt(12)) + ", " + commune.name()).end();
	}

	private String documents(Decision decision) {
		StringBuilder docs = new StringBuilder("[");
		if (random.nextInt(100) < 92) {
			docs.append(new Json().field("kind", "COMPONENT").field("name", "Tờ khai")
				.field("file", files ? COMPONENT_FILE : null).end());
		}
		if (decision == Decision.APPROVED && random.nextInt(100) < 90) {
			docs.append(docs.length() > 1 ? "," : "").append(new Json().field("kind", "RESULT")
				.field("name", "Kết quả giải quyết").field("file", files ? RESULT_FILE : null).end());
		}
		return docs.append(']').toString();
	}

	/** The events of one dossier, in time order; an event after {@code now} and everything after it are left out. */
	private final class Events {

		final StringBuilder json = new StringBuilder("[");

		OffsetDateTime last;

		boolean cut;

		Events(OffsetDateTime received) {
			this.last = received;
		}

		boolean add(String type, OffsetDateTime at, String reason) {
			return append(new Json().field("type", type), at, reason);
		}

		boolean addExtension(OffsetDateTime at, LocalDate newDueDate) {
			return append(new Json().field("type", "EXTENDED").field("newDueDate", newDueDate.toString()), at,
					"Cần xác minh thêm thông tin");
		}

		boolean addResolution(OffsetDateTime at, Decision decision) {
			return append(new Json().field("type", "RESOLVED").field("outcome", decision.name()), at,
					decision == Decision.REFUSED ? "Hồ sơ không đủ điều kiện theo quy định" : null);
		}

		private boolean append(Json event, OffsetDateTime at, String reason) {
			OffsetDateTime when = at.isAfter(last) ? at : last.plusMinutes(10);
			if (cut || when.isAfter(now)) {
				cut = true;
				return false;
			}
			last = when;
			json.append(json.length() > 1 ? "," : "").append(event.field("at", when.toString())
				.field("reason", reason).end());
			return true;
		}
	}

	/** A flat JSON object written by hand (the generator writes a million of them). */
	private static final class Json {

		private final StringBuilder text = new StringBuilder(128).append('{');

		Json field(String name, String value) {
			if (value != null) {
				separate(name);
				text.append('"');
				for (int i = 0; i < value.length(); i++) {
					char c = value.charAt(i);
					if (c == '"' || c == '\\') {
						text.append('\\');
					}
					text.append(c < 0x20 ? ' ' : c);
				}
				text.append('"');
			}
			return this;
		}

		Json raw(String name, String json) {
			separate(name);
			text.append(json);
			return this;
		}

		String end() {
			return text.append('}').toString();
		}

		private void separate(String name) {
			if (text.length() > 1) {
				text.append(',');
			}
			text.append('"').append(name).append("\":");
		}
	}
}
