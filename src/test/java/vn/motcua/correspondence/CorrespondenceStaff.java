package vn.motcua.correspondence;

import java.util.Set;

import vn.motcua.identity.OfficerAccounts;
import vn.motcua.shared.OfficerRole;

/** The officers of the correspondence tests: in Xã Thiên Phủ (14908) and a second commune (14797). */
final class CorrespondenceStaff {

	static final String AGENCY = "14908";

	static final String OTHER_AGENCY = "14797";

	static final String PASSWORD = "van-thu-mat-khau-1";

	static final String CLERK = "vt.thienphu";

	static final String LEADER = "ld.thienphu";

	static final String OFFICER = "cv.thienphu";

	static final String OTHER_CLERK = "vt.khac";

	static final String OTHER_LEADER = "ld.khac";

	private CorrespondenceStaff() {
	}

	static void create(OfficerAccounts accounts) {
		create(accounts, CLERK, "Trần Văn Thư", AGENCY, OfficerRole.CLERK);
		create(accounts, LEADER, "Lê Thị Hoa", AGENCY, OfficerRole.LEADER);
		create(accounts, OFFICER, "Phạm Văn Xử Lý", AGENCY, OfficerRole.SPECIALIST);
		create(accounts, OTHER_CLERK, "Ngô Văn Khác", OTHER_AGENCY, OfficerRole.CLERK);
		create(accounts, OTHER_LEADER, "Đỗ Thị Khác", OTHER_AGENCY, OfficerRole.LEADER);
	}

	private static void create(OfficerAccounts accounts, String username, String name, String agency,
			OfficerRole role) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.create(username, name, PASSWORD, Set.of(agency), Set.of(role));
		}
	}
}
