package vn.motcua.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.DueDate;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.dossier.Decision;
import vn.motcua.shared.VietnamTime;

/**
 * What happens to a made-up dossier after its receipt, drawn as a commune sees it: of 1,000 dossiers about 12 are
 * withdrawn, 63 have a supplement cycle (a tenth never supplied), 25 are extended, 80 resolved late and the others on
 * time; 3 % are refused, 85 % of the resolved are returned. Due dates, also after a supplement, come from the
 * deadline calendar (legal-rules.md §2), so the lines replay without refusal.
 */
final class DemoLifecycle {

	private final DeadlineCalendar calendar;

	private final SplittableRandom random;

	DemoLifecycle(DeadlineCalendar calendar, SplittableRandom random) {
		this.calendar = calendar;
		this.random = random;
	}

	/** Draws what happened to the dossier into {@code events}; returns the decision when it was resolved. */
	Decision draw(String agency, ProcedureVersion procedure, OffsetDateTime received, DemoEvents events) {
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

	/** The day, in Vietnam, of an instant. */
	static LocalDate day(OffsetDateTime at) {
		return at.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
	}

	/** A time during office hours on the day. */
	private OffsetDateTime at(LocalDate day) {
		return day.atTime(LocalTime.of(8, 0).plusMinutes(random.nextInt(8 * 60 + 30)))
			.atZone(VietnamTime.ZONE).toOffsetDateTime();
	}
}
