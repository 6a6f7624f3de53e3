package vn.motcua.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.identity.SignIns.attempt;
import static vn.motcua.identity.SignIns.from;

/**
 * Issue 12 item 2: wrong passwords from an attacker slow the attacker down, never the real officer elsewhere; one
 * address spraying many names is slowed; unknown and known names get the same answer; every decision is audited.
 */
@MotCuaTest
class SignInThrottlingTests {

	static final String OFFICE = "203.0.113.10";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aThousandFailuresFromOneAddressAgainstFiveNamesDoNotKeepTheRealOfficersOut() throws Exception {
		String attacker = "198.51.100.66";
		List<String> names = List.of("admin", "tt-ketoan", "tt-tiepnhan", "tt-lanhdao", "tt-chuyenvien");
		for (String name : names.subList(1, names.size())) {
			accounts.create(name, "Cán bộ " + name, "mat-khau-cua-" + name, Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		}
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			answers.add(attempt(mvc, names.get(i % names.size()), "doan-" + i, attacker));
		}
		assertThat(answers).as("the attacker is told to wait, never that an account is locked").contains("/login?error")
			.anyMatch(answer -> answer.startsWith("/login?wait="))
			.allMatch(answer -> answer.equals("/login?error") || answer.startsWith("/login?wait="));
		assertThat(answers.stream().filter("/login?error"::equals).count())
			.as("most tries are refused before any password is checked").isLessThan(200);
		for (int i = 0; i < 20; i++) {
			int status = mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "x" + i)).with(from(attacker)))
				.andReturn().getResponse().getStatus();
			assertThat(status).as("curl -u admin:x").isIn(401, 429);
		}

		assertThat(attempt(mvc, "admin", "admin-test-password", OFFICE)).isEqualTo("/");
		for (String name : names.subList(1, names.size())) {
			assertThat(attempt(mvc, name, "mat-khau-cua-" + name, OFFICE)).as(name).isEqualTo("/");
		}
		mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "admin-test-password")).with(from(OFFICE)))
			.andExpect(status().isOk());
		assertThat(audited("SIGN_IN_THROTTLED", attacker)).isGreaterThan(800);
		assertThat(audited("SIGN_IN_FAILED", attacker))
			.isGreaterThanOrEqualTo(answers.stream().filter("/login?error"::equals).count());
	}

	@Test
	void afterRepeatedFailuresEvenTheRightPasswordFromTheAttackersAddressMustWait() throws Exception {
		String attacker = "198.51.100.67";
		accounts.create("vuvanhai", "Vũ Văn Hải", "hai-mat-khau-that", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		for (int i = 0; i < 12; i++) {
			throttle.recordFailure("vuvanhai", attacker);
		}
		String answer = attempt(mvc, "vuvanhai", "hai-mat-khau-that", attacker);
		assertThat(answer).startsWith("/login?wait=");
		long seconds = Long.parseLong(answer.substring("/login?wait=".length()));
		assertThat(seconds).as("12 failures, 5 free: 2^7 s").isBetween(1L, 128L);
		mvc.perform(get(answer)).andExpect(content().string(containsString("Đã nhập sai nhiều lần. Vui lòng thử lại sau")))
			.andExpect(content().string(not(containsString("bị khóa"))));
		assertThat(audited("SIGN_IN_THROTTLED", attacker)).isEqualTo(1);
		assertThat(attempt(mvc, "vuvanhai", "hai-mat-khau-that", OFFICE)).isEqualTo("/");
	}

	@Test
	void oneAddressTryingManyNamesIsSlowedAndKnownAndUnknownNamesGetTheSameAnswer() throws Exception {
		String sprayer = "198.51.100.68";
		accounts.create("dothimen", "Đỗ Thị Mến", "men-mat-khau-that", Set.of("14908"), Set.of(OfficerRole.SPECIALIST));
		for (int i = 0; i < 55; i++) {
			throttle.recordFailure("ten-doan-" + i, sprayer);
		}
		String known = attempt(mvc, "dothimen", "12345678", sprayer);
		String unknown = attempt(mvc, "khong-ton-tai", "12345678", sprayer);
		assertThat(known).startsWith("/login?wait=");
		assertThat(unknown).startsWith("/login?wait=");

		String elsewhere = "198.51.100.69";
		assertThat(attempt(mvc, "dothimen", "sai-mat-khau", elsewhere)).isEqualTo("/login?error");
		assertThat(attempt(mvc, "khong-ton-tai", "sai-mat-khau", elsewhere)).isEqualTo("/login?error");
		assertThat(attempt(mvc, "dothimen", "men-mat-khau-that", elsewhere)).isEqualTo("/");
	}

	@Test
	void aDeactivatedAccountIsNamedOnlyToWhoeverTypesItsRightPassword() throws Exception {
		String address = "198.51.100.70";
		Officer officer = accounts.create("trieuvanan", "Triệu Văn An", "an-mat-khau-that", Set.of("14908"),
				Set.of(OfficerRole.SPECIALIST));
		accounts.setActive(officer.id(), false);
		assertThat(attempt(mvc, "trieuvanan", "sai-mat-khau", address)).isEqualTo("/login?error");
		assertThat(attempt(mvc, "trieuvanan", "an-mat-khau-that", address)).isEqualTo("/login?disabled");
	}

	@Test
	void aDistributedAttackSlowsOnlyUnfamiliarAddressesAndBriefly() throws Exception {
		String home = "203.0.113.20";
		accounts.create("maithiloan", "Mai Thị Loan", "loan-mat-khau-that", Set.of("14908"), Set.of(OfficerRole.LEADER));
		assertThat(attempt(mvc, "maithiloan", "loan-mat-khau-that", home)).isEqualTo("/");
		for (int i = 1; i <= 25; i++) {
			throttle.recordFailure("maithiloan", "192.0.2." + i);
		}
		String unfamiliar = attempt(mvc, "maithiloan", "loan-mat-khau-that", "203.0.113.21");
		assertThat(unfamiliar).startsWith("/login?wait=");
		assertThat(Long.parseLong(unfamiliar.substring("/login?wait=".length())))
			.as("the per-account delay is bounded (2 minutes)").isBetween(1L, 120L);
		assertThat(attempt(mvc, "maithiloan", "loan-mat-khau-that", home)).as("her usual address is never slowed")
			.isEqualTo("/");
	}

	@Test
	void theApiAnswers429WithRetryAfterAndNoPasswordCheck() throws Exception {
		String attacker = "198.51.100.71";
		for (int i = 0; i < 8; i++) {
			throttle.recordFailure("admin", attacker);
		}
		mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "admin-test-password")).with(from(attacker)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value("too_many_attempts"))
			.andExpect(jsonPath("$.message").value(containsString("thử lại sau")));
	}

	private long audited(String action, String address) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and remote_address = ?")
			.params(action, address).query(Long.class).single();
	}
}
