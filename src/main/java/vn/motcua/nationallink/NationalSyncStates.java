package vn.motcua.nationallink;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.NationalSyncState;
import vn.motcua.shared.VietnamTime;

/**
 * The dossier page's "reached the national portal" line: the dossier's last recorded step against the last step the
 * portal acknowledged ({@code national_dossier.delivered_step}), a parked row's reason, or the queue. The number of
 * steps comes from the dossier page, so that this module reads only its own tables. On only while the link is.
 */
@Component
@ConditionalOnExpression("'${motcua.dvcqg.url:}' != ''")
class NationalSyncStates implements NationalSyncState {

	private final JdbcClient jdbc;

	NationalSyncStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Sync> of(String code, int steps) {
		return jdbc.sql("""
				select n.delivered_step, n.delivered_at,
				  (select o.last_error from national_outbox o
				   where o.dossier_code = c.code and o.parked_at is not null and o.delivered_at is null
				   order by o.id limit 1) as refusal,
				  (select max(o.step_number) from national_outbox o where o.dossier_code = c.code) as queued_step
				from (select cast(? as text) as code) c left join national_dossier n on n.dossier_code = c.code""")
			.param(code)
			.query((rs, i) -> {
				String refusal = rs.getString("refusal");
				Status status = rs.getObject("delivered_step") != null && rs.getLong("delivered_step") == steps
						? Status.REACHED
						: refusal != null ? Status.REFUSED
						: rs.getLong("queued_step") == steps ? Status.WAITING : Status.NOT_QUEUED;
				return new Sync(status, VietnamTime.read(rs, "delivered_at"), status == Status.REFUSED ? refusal : null);
			})
			.optional();
	}
}
