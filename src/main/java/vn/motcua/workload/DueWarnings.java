package vn.motcua.workload;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.dossier.DueDossiers;
import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnamTime;

/**
 * Warns three working hours before a due time (issue 16 item 5; the result is owed on the promised date,
 * Nghị định 118/2025/NĐ-CP Art. 16–19): every few minutes ({@code motcua.officers.warn-every}, 5 min), the dossiers
 * still being processed whose promised date is today or the next working day are read in one query; each whose
 * warning time ({@link WorkingHoursBefore}: the agency's own office hours, from its opening time to its closing time
 * (calendar module, {@link vn.motcua.calendar.OfficeHours}), on working days) has come and whose due time has not
 * passed gets a notice {@code DUE_SOON} for the assigned specialist, or, not yet assigned, for the agency's receiving
 * officers. The occasion is the due instant: a job run twice warns once, a due date moved (extension, calendar change)
 * warns again. A warning to an officer with an e-mail address is also e-mailed, once ({@link NoticeMailer}).
 */
@Component
class DueWarnings {

	static final Duration AHEAD = Duration.ofHours(3);

	private final DueDossiers due;

	private final DeadlineCalendar calendar;

	private final OfficerAccounts officers;

	private final OfficerNotices notices;

	private final Clock clock;

	DueWarnings(DueDossiers due, DeadlineCalendar calendar, OfficerAccounts officers, OfficerNotices notices,
			Clock clock) {
		this.due = due;
		this.calendar = calendar;
		this.officers = officers;
		this.notices = notices;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${motcua.officers.warn-every:PT5M}", initialDelayString = "${motcua.officers.warn-every:PT5M}")
	void warnNow() {
		warn(OffsetDateTime.now(clock));
	}

	/** Writes the warnings due at {@code now}; returns how many were new. */
	@Transactional
	int warn(OffsetDateTime now) {
		LocalDateTime local = now.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
		LocalDate today = local.toLocalDate();
		Map<String, List<String>> counters = new HashMap<>();
		Map<String, String> addresses = null;
		List<OfficerNotices.New> warnings = new ArrayList<>();
		for (DueDossiers.Due d : due.promisedBetween(today, calendar.plusWorkingDays(today, 1))) {
			LocalDateTime dueAt = dueTime(d);
			if (!local.isBefore(dueAt) || local.isBefore(warningTime(d.agencyCode(), dueAt))) {
				continue;
			}
			List<String> to = d.specialist() != null ? List.of(d.specialist())
					: counters.computeIfAbsent(d.agencyCode(),
							agency -> officers.activeHolding(agency, OfficerRole.RECEIVING_OFFICER));
			if (addresses == null) {
				addresses = officers.activeEmails(); // one query per run, only when something is to be warned of
			}
			for (String username : to) {
				warnings.add(new OfficerNotices.New(username, d.agencyCode(), d.code(), NoticeKind.DUE_SOON,
						dueAt.toString(), addresses.get(username)));
			}
		}
		return notices.add(warnings, now);
	}

	/** The due time, Vietnam local: the recorded instant, else the promised date at the agency's closing time. */
	LocalDateTime dueTime(DueDossiers.Due d) {
		return d.dueAt() != null ? d.dueAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime()
				: d.promised().atTime(calendar.closingTime(d.agencyCode()));
	}

	/** When the warning of a due time is due: {@link #AHEAD} working hours before it, in the agency's office hours. */
	LocalDateTime warningTime(String agencyCode, LocalDateTime dueAt) {
		OfficeHours hours = calendar.officeHours(agencyCode);
		return new WorkingHoursBefore(calendar::isWorkingDay, hours.openingTime(), hours.closingTime())
			.before(dueAt, AHEAD);
	}
}
