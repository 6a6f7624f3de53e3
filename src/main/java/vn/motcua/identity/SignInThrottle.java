package vn.motcua.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.VietnamTime;

/**
 * Remembers failed sign-ins by (user name as typed, client address) in {@code sign_in_failure} and says how long a
 * new try must wait ({@link SignInPolicy}). The answer is the same whether the user name exists or not. Nobody waits
 * on the server: a try that comes too early is answered at once with "try again in N seconds".
 */
@Component
class SignInThrottle {

	static final int MAX_USERNAME = 100;

	private final JdbcClient jdbc;

	private final SignInPolicy policy;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** Why a try must wait, and how long. */
	record Wait(String scope, Duration duration) {

		long seconds() {
			return Math.max(1, (duration.toMillis() + 999) / 1000);
		}
	}

	/** How long this user name must wait before trying from this address; {@code null} if it may try now. */
	Wait waitBefore(String username, String address) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String name = normalize(username);
		String from = address(address);
		return jdbc.sql("""
				select
				  count(*) filter (where username = :name and address = :address) as pair_n,
				  max(at) filter (where username = :name and address = :address) as pair_last,
				  count(*) filter (where address = :address) as address_n,
				  max(at) filter (where address = :address) as address_last,
				  count(distinct address) filter (where username = :name and address <> :address) as account_n,
				  max(at) filter (where username = :name and address <> :address) as account_last,
				  exists (select 1 from sign_in_familiar_address f
				          where f.username = :name and f.address = :address and f.last_success > :familiarSince) as familiar
				from sign_in_failure
				where at > :since and (username = :name or address = :address)""")
			.param("name", name).param("address", from).param("since", now.minus(policy.memory()))
			.param("familiarSince", now.minusDays(90))
			.query((rs, row) -> {
				Wait wait = longest(null, "account-address", rs.getLong("pair_n"), policy.freeAttempts(),
						policy.maxDelay(), VietnamTime.read(rs, "pair_last"), now);
				wait = longest(wait, "address", rs.getLong("address_n"), policy.addressFreeAttempts(),
						policy.maxDelay(), VietnamTime.read(rs, "address_last"), now);
				if (!rs.getBoolean("familiar")) {
					wait = longest(wait, "account", rs.getLong("account_n"), policy.accountFreeAddresses(),
							policy.accountMaxDelay(), VietnamTime.read(rs, "account_last"), now);
				}
				return Optional.ofNullable(wait);
			})
			.single()
			.orElse(null);
	}

	/** Remembers a wrong password (or an unknown user name) typed from this address. */
	void recordFailure(String username, String address) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("insert into sign_in_failure (at, username, address) values (?, ?, ?)")
			.params(now, normalize(username), address(address)).update();
		jdbc.sql("delete from sign_in_failure where at < ?").param(now.minus(policy.memory())).update();
	}

	/**
	 * A right password: the failures of this name from this address are forgiven and the address becomes familiar.
	 * The failures of the address under other names stay (an insider's own account cannot wash a spraying address).
	 */
	void recordSuccess(String username, String address) {
		String name = normalize(username);
		String from = address(address);
		jdbc.sql("delete from sign_in_failure where username = ? and address = ?").params(name, from).update();
		jdbc.sql("""
				insert into sign_in_familiar_address (username, address, last_success) values (:name, :address, :now)
				on conflict (username, address) do update set last_success = excluded.last_success
				where sign_in_familiar_address.last_success < excluded.last_success - interval '1 hour'""")
			.param("name", name).param("address", from).param("now", OffsetDateTime.now(clock)).update();
	}

	static String normalize(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
	}

	private static String address(String address) {
		return address == null || address.isBlank() ? "unknown" : address;
	}

	private static Wait longest(Wait current, String scope, long failures, int free, Duration cap,
			OffsetDateTime last, OffsetDateTime now) {
		if (last == null) {
			return current;
		}
		Duration remaining = Duration.between(now, last.plus(SignInPolicy.delay(failures, free, cap)));
		if (remaining.isNegative() || remaining.isZero()) {
			return current;
		}
		return current == null || remaining.compareTo(current.duration()) > 0 ? new Wait(scope, remaining) : current;
	}
}
