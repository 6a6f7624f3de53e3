package vn.motcua.dossier;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.agency.NoticeRegister;

/**
 * The number and date of a dossier's notice (Mẫu 04, Mẫu 05): taken from the issuing body's register the first time
 * the notice is issued, dated on the day of the act (the extension, the stop), not of a later print, and kept so that
 * every later print carries the same ones (Nghị định 30/2020/NĐ-CP Art. 15; {@code one-stop-rules.md} “Who signs”).
 */
@Component
class NoticeNumbers {

	/** A notice's number and symbol (“03/TB-UBND”) and its date. */
	record Numbered(String number, LocalDate dated) {
	}

	private final JdbcClient jdbc;

	private final NoticeRegister register;

	NoticeNumbers(JdbcClient jdbc, NoticeRegister register) {
		this.jdbc = jdbc;
		this.register = register;
	}

	/**
	 * The kept number of the dossier's {@code form}, or the next one of {@code body}'s register in the year of
	 * {@code dated}, with the document type {@code type} (Phụ lục III: TB thông báo, PH phiếu).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Numbered of(Dossier d, OneStopPaper form, String type, String body, LocalDate dated) {
		return jdbc.sql("select number, dated from dossier_notice where dossier_id = ? and form = ?")
			.params(d.id(), form.name())
			.query((rs, i) -> new Numbered(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.optional()
			.orElseGet(() -> {
				String number = NoticeRegister.symbol(register.next(d.agencyCode(), body, dated), type, body);
				jdbc.sql("insert into dossier_notice (dossier_id, form, number, dated) values (?, ?, ?, ?)")
					.params(d.id(), form.name(), number, dated).update();
				return new Numbered(number, dated);
			});
	}
}
