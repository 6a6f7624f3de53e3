package vn.motcua.correspondence;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import vn.motcua.identity.OfficerAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correspondence module on its own with the modules it depends on (no dossier, reporting, portal): it starts,
 * registers an incoming document with the year's number and finds it by words without diacritics.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CorrespondenceModuleTests {

	@Autowired
	IncomingDesk incoming;

	@Autowired
	OfficerAccounts accounts;

	@Test
	void registersAndFindsAnIncomingDocument() {
		CorrespondenceStaff.create(accounts);
		IncomingDocument d = incoming.register(CorrespondenceStaff.AGENCY,
				CorrespondenceDeskTests.receipt("Ban Chỉ huy quân sự", "Về việc đăng ký nghĩa vụ quân sự"), null,
				CorrespondenceStaff.LEADER, CorrespondenceStaff.CLERK);
		assertThat(d.incomingNumber()).isPositive();
		assertThat(incoming.search(Set.of(CorrespondenceStaff.AGENCY), "nghia vu quan su")).extracting(IncomingDocument::id)
			.containsExactly(d.id());
	}
}
