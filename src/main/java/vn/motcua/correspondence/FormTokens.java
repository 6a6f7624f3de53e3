package vn.motcua.correspondence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A register's form posted twice (a double click, a page sent again after a slow answer) makes one document: the
 * form carries a one-time token, kept with what it made ({@code form_token}, unique). Before a document is made, the
 * token is held for the transaction (a simultaneous second post waits for the first) and looked up; the document it
 * made already is the answer.
 */
@Component
class FormTokens {

	/** The registers whose forms carry a token. */
	enum Register {
		INCOMING("incoming_document"), OUTGOING("outgoing_document");

		private final String table;

		Register(String table) {
			this.table = table;
		}
	}

	private final JdbcClient jdbc;

	FormTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of what {@code token} made already, if anything; holds the token until the transaction ends. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> madeBefore(Register register, UUID token) {
		if (token == null) {
			return Optional.empty();
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 30))").param(token.toString())
			.query((rs, i) -> 0).single();
		return jdbc.sql("select id from " + register.table + " where form_token = ?").param(token)
			.query(Long.class).optional();
	}

	/** Keeps {@code token} with the document {@code id} it made. */
	void keep(Register register, long id, UUID token) {
		if (token != null) {
			jdbc.sql("update " + register.table + " set form_token = ? where id = ?").params(token, id).update();
		}
	}
}
