package vn.motcua.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log only grows: not even the application's own database account can change or delete a line. */
@MotCuaTest
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void entriesCannotBeEditedOrDeleted() {
		trail.recordAs("kiem-tra", "TEST_ACTION", "14908", "thing", "before", "after");
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where actor = 'kiem-tra'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where actor = 'kiem-tra'").update())
			.hasMessageContaining("append-only");
		// the embedded database's application role may not even try (no TRUNCATE right); with one role, the trigger
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause()
			.hasMessageMatching("(?s).*(append-only|permission denied for table audit_entry).*");
		assertThat(trail.find(new AuditQuery("kiem-tra", null, null, null, null, null, false, 0, 10)))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("TEST_ACTION");
				assertThat(entry.before()).isEqualTo("before");
				assertThat(entry.after()).isEqualTo("after");
			});
	}

	@Test
	void filtersByAgencyScope() {
		trail.recordAs("pham-vi", "SCOPED", "14908", "a", null, null);
		trail.recordAs("pham-vi", "SCOPED", "00070", "b", null, null);
		List<AuditEntry> seen = trail.find(new AuditQuery("pham-vi", null, null, null, null, List.of("14908"), false, 0, 10));
		assertThat(seen).extracting(AuditEntry::agencyCode).containsExactly("14908");
	}
}
