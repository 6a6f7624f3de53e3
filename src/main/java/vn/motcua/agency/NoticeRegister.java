package vn.motcua.agency;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of outgoing notices of an agency (sổ đăng ký văn bản đi): Nghị định 30/2020/NĐ-CP Art. 15.1 — the
 * number runs from 01 on 1 January to 31 December of each year, in the register of the issuing body. The next number
 * comes from one atomic upsert, so two notices at the same instant never get the same number.
 */
@Service
public class NoticeRegister {

	private final JdbcClient jdbc;

	NoticeRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the register in the year of {@code dated}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int next(String agencyCode, String register, LocalDate dated) {
		return jdbc.sql("""
				insert into notice_register (agency_code, register, year, last_number) values (?, ?, ?, 1)
				on conflict (agency_code, register, year) do update set last_number = notice_register.last_number + 1
				returning last_number""")
			.params(agencyCode, register, dated.getYear()).query(Integer.class).single();
	}

	/** “07/TB-UBND”: the number with two digits at least, the document type and the body (Phụ lục III). */
	public static String symbol(int number, String type, String register) {
		return String.format("%02d", number) + "/" + type + "-" + register;
	}
}
