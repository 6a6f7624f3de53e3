package vn.motcua.correspondence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import vn.motcua.TestClock;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.TestCertificates;

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

	/** The leader's name, also the common name of their own certificate (the organisation's is the token's). */
	static final String LEADER_NAME = "Hoàng Văn Lãnh";

	/** The PIN of the leader's own certificate (a PKCS#12 file registered for them). */
	static final String LEADER_PIN = "2468";

	/** A leader of the commune with no personal certificate in the registry. */
	static final String LEADER_WITHOUT_CERTIFICATE = "ld2.thienphu";

	static final String OTHER_CLERK = "vt.khac";

	static final String OTHER_LEADER = "ld.khac";

	private CorrespondenceStaff() {
	}

	static void create(OfficerAccounts accounts) {
		create(accounts, CLERK, "Trần Văn Thư", AGENCY, OfficerRole.CLERK);
		create(accounts, LEADER, LEADER_NAME, AGENCY, OfficerRole.LEADER);
		create(accounts, LEADER_WITHOUT_CERTIFICATE, "Vũ Văn Chưa Có", AGENCY, OfficerRole.LEADER);
		create(accounts, OFFICER, "Phạm Văn Xử Lý", AGENCY, OfficerRole.SPECIALIST);
		create(accounts, OTHER_CLERK, "Ngô Văn Khác", OTHER_AGENCY, OfficerRole.CLERK);
		create(accounts, OTHER_LEADER, "Đỗ Thị Khác", OTHER_AGENCY, OfficerRole.LEADER);
	}

	/**
	 * Registers the leader's own certificate (issue 17 item 2: the leader signs outgoing documents with it), a
	 * PKCS#12 file valid from the day before {@link TestClock#START} for a year, once per database.
	 */
	static void leaderCertificate(SigningCertificates certificates) {
		if (certificates.of(AGENCY).stream().anyMatch(e -> LEADER.equals(e.holder()))) {
			return;
		}
		try {
			Path p12 = TestCertificates.keystore(Files.createTempDirectory("motcua-leader"), LEADER_NAME, LEADER_PIN,
					TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
			certificates.register(AGENCY, LEADER, LEADER_NAME, SignatureDevice.Kind.PKCS12, p12.toString(),
					LEADER_PIN.toCharArray(), "quantri");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void create(OfficerAccounts accounts, String username, String name, String agency,
			OfficerRole role) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.create(username, name, PASSWORD, Set.of(agency), Set.of(role));
		}
	}
}
