package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.MotCuaTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database accepts exactly the step actions of {@link StepAction}: a value added to the enum without a migration
 * that adds it to the check constraint fails here (and a value removed from the enum but left in the constraint too).
 */
@MotCuaTest
class StepActionConstraintTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theColumnAcceptsExactlyTheNamesOfTheEnum() {
		String definition = jdbc.sql("""
				select pg_get_constraintdef(oid) from pg_constraint
				where conrelid = 'dossier_step'::regclass and conname = 'dossier_step_action_check'""")
			.query(String.class).single();
		Matcher quoted = Pattern.compile("'([A-Z_]+)'").matcher(definition);
		List<String> allowed = quoted.results().map(m -> m.group(1)).toList();

		assertThat(allowed).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(StepAction.values()).map(Enum::name).toList());
	}

	@Test
	void aStepWithAnActionOutsideTheEnumIsRefused() {
		long dossier = jdbc.sql("""
				insert into dossier (code, agency_code, procedure_code, procedure_name, time_limit_amount, time_limit_unit,
				  supplement_policy, channel, status, applicant_name, submitted_at)
				values (?, '14908', '1.001193', 'Đăng ký khai sinh', 3, 'WORKING_DAYS', 'RESTART', 'DIRECT', 'SUBMITTED',
				  'Nguyễn Văn An', ?) returning id""")
			.params("STEP-ACTION-" + System.identityHashCode(this), OffsetDateTime.parse("2025-07-01T08:00:00+07:00"))
			.query(Long.class).single();

		assertThatThrownBy(() -> jdbc.sql("insert into dossier_step (dossier_id, at, actor, action) values (?, now(), 'test', 'ARCHIVED')")
			.param(dossier).update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("insert into dossier_step (dossier_id, at, actor, action) values (?, now(), 'test', ?)")
			.params(dossier, StepAction.SUBMITTED.name()).update()).isEqualTo(1);
	}
}
