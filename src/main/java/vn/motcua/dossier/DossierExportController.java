package vn.motcua.dossier;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * {@code GET /admin/exports/dossiers?from=YYYY-MM-DD&to=YYYY-MM-DD} (the form is on the import page) and the same
 * at {@code /api/v1/dossiers/exports} (HTTP Basic): the dossiers received in the period as a ZIP in the import
 * format, streamed (docs/import.md, section Export). An installation administrator gets every commune, a commune's
 * administrator the communes they administer. Each export is written to the audit log.
 */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class DossierExportController {

	private final DossierExport export;

	private final AuditTrail audit;

	DossierExportController(DossierExport export, AuditTrail audit) {
		this.export = export;
		this.audit = audit;
	}

	@GetMapping({ "/admin/exports/dossiers", "/api/v1/dossiers/exports" })
	void export(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Authentication user, HttpServletResponse response)
			throws IOException {
		LocalDate first = date(from, "từ ngày");
		LocalDate last = date(to, "đến ngày");
		if (last.isBefore(first)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Khoảng thời gian không hợp lệ: ngày kết thúc " + last + " trước ngày bắt đầu " + first + ".");
		}
		Set<String> agencies = AgencyAccess.isInstallationAdmin(user) ? null
				: AgencyAccess.agenciesWhere(user, OfficerRole.ADMINISTRATOR);
		audit.record("DOSSIERS_EXPORTED", agencies != null && agencies.size() == 1 ? agencies.iterator().next() : null,
				"dossier-export", null, "from=" + first + ", to=" + last + ", communes="
						+ (agencies == null ? "all" : String.join(",", agencies)));
		String name = "ho-so-" + first + "-" + last + ".zip";
		// written here, as it is read (no asynchronous request whose time-out would cut a province's year short)
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
		export.write(first, last, agencies, response.getOutputStream());
	}

	private static LocalDate date(String value, String label) {
		if (value == null || value.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Chưa nhập " + label + " (YYYY-MM-DD).");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Ngày \"" + value + "\" không hợp lệ (" + label + ", định dạng YYYY-MM-DD).");
		}
	}
}
