package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over of the dossier between units, with the
 * receiving party's verdict on timeliness.
 *
 * @param coordinatingUnits the bodies consulted (cơ quan phối hợp), or null
 * @param dueAt the due time on the receipt (the original due date, against which timeliness is judged)
 * @param extendedDueAt the due time set by an extension with apology (Mẫu 04), or null
 * @param verdict the dossier's timeliness as the period report counts it (against {@code dueAt}), null while open
 */
public record ProcessControlPaper(PaperIssuer issuer, String number, LocalDate issuedOn, String statusUrl,
		String dossierCode, String applicantName, String procedureName, String resolvingUnit, String coordinatingUnits,
		LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime extendedDueAt, HandOver.Timeliness verdict,
		List<HandOver> handOvers) {

	public ProcessControlPaper {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(statusUrl, "statusUrl");
		Objects.requireNonNull(dossierCode, "dossierCode");
		handOvers = handOvers == null ? List.of() : List.copyOf(handOvers);
	}
}
