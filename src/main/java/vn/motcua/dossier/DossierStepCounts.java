package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many steps the dossiers received in a period have recorded, for a module that follows the dossiers from outside
 * and must not read this module's tables: the national portal link compares each with the last step the portal
 * acknowledged (Quyết định 766/QĐ-TTg indicator 1.4, docs/national-link.md). One set-based statement.
 */
@Component
public class DossierStepCounts {

	private final JdbcClient jdbc;

	DossierStepCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A dossier's code and its number of recorded steps. */
	public record Counted(String code, int steps) {
	}

	/**
	 * The dossiers received ({@code received_at}) from {@code from} (included) to {@code to} (excluded), of the communes
	 * {@code agencies} ({@code null}: every one), each with its number of recorded steps.
	 */
	public List<Counted> receivedBetween(OffsetDateTime from, OffsetDateTime to, Collection<String> agencies) {
		return jdbc.sql("""
				select d.code, (select count(*) from dossier_step st where st.dossier_id = d.id) as steps
				from dossier d
				where d.received_at >= :from and d.received_at < :to and (:all or d.agency_code = any(:agencies))""")
			.param("from", from)
			.param("to", to)
			.param("all", agencies == null)
			.param("agencies", agencies == null ? new String[0] : agencies.toArray(String[]::new))
			.query((rs, i) -> new Counted(rs.getString("code"), rs.getInt("steps")))
			.list();
	}
}
