package vn.motcua.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;

/**
 * Who signs the notices an agency issues, and how (Nghị định 30/2020/NĐ-CP Art. 13 and Phụ lục I, mục II.8;
 * {@code one-stop-rules.md} “Who signs”): Mẫu 04 (apology and extension) is signed for the resolving agency, the
 * commune's People's Committee, by its chairman or a vice-chairman; Mẫu 05 (stop notice) by the director of the
 * commune's public administrative service centre or a deputy. The receiving officer never signs as
 * “TM. ỦY BAN NHÂN DÂN”. An administrator sets the authority and the signer per agency and paper.
 */
@Service
public class NoticeSigning {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** The papers with a signer set per agency. */
	public enum Paper {
		/** Mẫu 04, issued by the People's Committee (collegial body “ỦY BAN NHÂN DÂN”, head “CHỦ TỊCH”). */
		APOLOGY("ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "UBND"),
		/** Mẫu 05, issued by the public administrative service centre (head “GIÁM ĐỐC”). */
		STOP_NOTICE(null, "GIÁM ĐỐC", "TTPVHCC");

		private final String collegialBody;

		private final String head;

		private final String register;

		Paper(String collegialBody, String head, String register) {
			this.collegialBody = collegialBody;
			this.head = head;
			this.register = register;
		}

		/** The body whose register numbers this paper (and the agency part of its symbol, e.g. “TB-UBND”). */
		public String register() {
			return register;
		}
	}

	/**
	 * The signing authority (thẩm quyền ký) of Nghị định 30/2020 Art. 13: HEAD the head signs in their own name; TM.
	 * for a collegial body; KT. a deputy for the head; TL. under the working regulation; Q. an acting head.
	 */
	public enum Authority {
		HEAD, TM, KT, TL, Q
	}

	/** The set-up of one agency and paper; {@code signerUsername} may be null (a blank line to sign). */
	public record Setup(Paper paper, Authority authority, String signerUsername) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	NoticeSigning(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The set-up, or the law's default: TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH for Mẫu 04, GIÁM ĐỐC for Mẫu 05, no name. */
	public Setup setup(String agencyCode, Paper paper) {
		return jdbc.sql("select authority, signer_username from notice_signing where agency_code = ? and paper = ?")
			.params(agencyCode, paper.name())
			.query((rs, i) -> new Setup(paper, Authority.valueOf(rs.getString(1)), rs.getString(2)))
			.optional()
			.orElse(new Setup(paper, paper.collegialBody == null ? Authority.HEAD : Authority.TM, null));
	}

	@Transactional
	public void save(String agencyCode, Setup setup) {
		Setup before = setup(agencyCode, setup.paper());
		String signer = setup.signerUsername() == null || setup.signerUsername().isBlank() ? null
				: setup.signerUsername().strip();
		jdbc.sql("""
				insert into notice_signing (agency_code, paper, authority, signer_username) values (?, ?, ?, ?)
				on conflict (agency_code, paper) do update set authority = excluded.authority,
				  signer_username = excluded.signer_username""")
			.params(agencyCode, setup.paper().name(), setup.authority().name(), signer).update();
		audit.record("NOTICE_SIGNING_SET", agencyCode, setup.paper().name(),
				before.authority() + " " + before.signerUsername(), setup.authority() + " " + signer);
	}

	/**
	 * The lines above the signature (upper case, bold), as Nghị định 30/2020 Phụ lục I prints them for the authority
	 * and the signer's {@code position} (e.g. “Phó Chủ tịch”; null when unknown):
	 * TM. with the head signing: “TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”; TM. with a deputy: “TM. ỦY BAN NHÂN DÂN”,
	 * “KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”; KT.: “KT. GIÁM ĐỐC”, “PHÓ GIÁM ĐỐC”; TL.: “TL. CHỦ TỊCH”, the position;
	 * Q.: “Q. CHỦ TỊCH”; HEAD: “CHỦ TỊCH”.
	 */
	public static List<String> titleLines(Paper paper, Authority authority, String position) {
		String head = paper.head;
		String own = position == null || position.isBlank() ? null : position.strip().toUpperCase(VIETNAMESE);
		List<String> lines = new ArrayList<>();
		switch (authority) {
			case TM -> {
				lines.add("TM. " + (paper.collegialBody == null ? head : paper.collegialBody));
				if (own != null && !own.equals(head) && paper.collegialBody != null) {
					lines.add("KT. " + head);
					lines.add(own);
				}
				else if (paper.collegialBody != null) {
					lines.add(head);
				}
			}
			case KT -> {
				lines.add("KT. " + head);
				lines.add(own == null ? "PHÓ " + head : own);
			}
			case TL -> {
				lines.add("TL. " + head);
				if (own != null) {
					lines.add(own);
				}
			}
			case Q -> lines.add("Q. " + head);
			case HEAD -> lines.add(head);
		}
		return lines;
	}
}
