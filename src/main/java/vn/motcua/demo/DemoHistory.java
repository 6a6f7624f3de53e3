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
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.ServiceLevel;
import vn.motcua.dossier.Decision;
import vn.motcua.shared.VietnamTime;

/**
 * A made-up but realistic dossier history in the import format (legal-rules.md §5), one JSON line at a time: per
 * commune, dossiers received over the period in time order, for the procedures of the catalogue weighted as a
 * commune sees them (civil status and certification above all), mostly online since 1/7/2025, with supplement
 * cycles, extensions, stops, refusals, some lateness, returns and digitised files. Nothing happens after
 * {@code now}: recent dossiers stay open. The same seed gives the same lines (and the same codes). What happens after
 * receipt is drawn by {@link DemoLifecycle} into {@link DemoEvents}.
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

	private final DemoLifecycle lifecycle;

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
		this.lifecycle = new DemoLifecycle(calendar, random);
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
		LocalDate day = DemoLifecycle.day(received);
		if (!day.equals(codeDay)) {
			codeDay = day;
			codeNumber = 0;
		}
		String code = commune.code() + "-" + CODE_DAY.format(day) + "-D" + String.format("%04d", ++codeNumber);
		String channel = channel(procedure, day);
		if (!channel.equals("ONLINE") && !calendar.isWorkingDay(day)) {
			channel = "ONLINE";
		}
		DemoJson json = new DemoJson();
		json.field("code", code).field("agency", commune.code()).field("procedureCode", procedure.code())
			.field("channel", channel);
		json.raw("applicant", applicant(commune));
		json.field("receivedAt", received.toString());
		DemoEvents events = new DemoEvents(received, now);
		Decision decision = lifecycle.draw(commune.code(), procedure, received, events);
		json.raw("events", events.json());
		json.raw("documents", documents(decision));
		return json.end();
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
		return new DemoJson().field("name", name).field("idNumber", id).field("phone", phone)
			.field("address", "Thôn " + (1 + random.nextInt(12)) + ", " + commune.name()).end();
	}

	private String documents(Decision decision) {
		StringBuilder docs = new StringBuilder("[");
		if (random.nextInt(100) < 92) {
			docs.append(new DemoJson().field("kind", "COMPONENT").field("name", "Tờ khai")
				.field("file", files ? COMPONENT_FILE : null).end());
		}
		if (decision == Decision.APPROVED && random.nextInt(100) < 90) {
			docs.append(docs.length() > 1 ? "," : "").append(new DemoJson().field("kind", "RESULT")
				.field("name", "Kết quả giải quyết").field("file", files ? RESULT_FILE : null).end());
		}
		return docs.append(']').toString();
	}
}
