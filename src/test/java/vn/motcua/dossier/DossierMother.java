package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.SubmissionChannel;

/** Test dossiers: birth registration at Xã Thiên Phủ, handed in at the counter. */
final class DossierMother {

	static final OffsetDateTime MONDAY_0900 = OffsetDateTime.parse("2025-09-08T09:00:00+07:00");

	private DossierMother() {
	}

	static ProcedureSnapshot birthRegistration() {
		return new ProcedureSnapshot("1.001193", 1L, "Đăng ký khai sinh", TimeLimit.workingDays(3),
				SupplementPolicy.RESTART, LocalTime.of(15, 0));
	}

	static Applicant applicant() {
		return new Applicant("Nguyễn Văn An", "038095000123", "0912345678", "Thôn 1, xã Thiên Phủ", null, null);
	}

	static Dossier submitted() {
		return Dossier.submitted("14908", birthRegistration(), SubmissionChannel.DIRECT, false, applicant(),
				List.of(new DossierDocument(DossierDocument.Kind.COMPONENT, "Tờ khai đăng ký khai sinh", true, 1, null)),
				MONDAY_0900, "tiepnhan");
	}

	static Dossier received() {
		Dossier dossier = submitted();
		dossier.accept(MONDAY_0900, "tiepnhan", LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 11),
				OffsetDateTime.parse("2025-09-11T17:00:00+07:00"), 0);
		return dossier;
	}

	static Dossier awaitingDecision() {
		Dossier dossier = received();
		dossier.assign("chuyenvien", MONDAY_0900.plusHours(1), "tiepnhan");
		dossier.propose(Decision.APPROVED, "Đủ điều kiện", "lanhdao", MONDAY_0900.plusHours(2), "chuyenvien");
		return dossier;
	}
}
