package vn.motcua.dossier;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
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
import vn.motcua.shared.VietnameseMessages;

/**
 * {@code GET /admin/exports/dossiers?from=YYYY-MM-DD&to=YYYY-MM-DD} (the form is on the import page) and the same
 * at {@code /api/v1/dossiers/exports} (HTTP Basic): the dossiers received in the period as a ZIP in the import
 * format, streamed (docs/import.md, section Export). An installation administrator gets every commune, a commune's
 * administrator the communes they administer. Each export is written to the audit log. A bad period answers 400 with
 * a {@code dossier.export.*} reason in Vietnamese.
 */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class DossierExportController {

	private final DossierExport export;

	private final AuditTrail audit;

	private final VietnameseMessages words;

	DossierExportController(DossierExport export, AuditTrail audit, MessageSource messages) {
		this.export = export;
		this.audit = audit;
		this.words = new VietnameseMessages(messages);
	}

	@GetMapping({ "/admin/exports/dossiers", "/api/v1/dossiers/exports" })
	void export(@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, Authentication user, HttpServletResponse response)
			throws IOException {
		LocalDate first = date(from, words.say("dossier.export.from"));
		LocalDate last = date(to, words.say("dossier.export.to"));
		if (last.isBefore(first)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					words.say("dossier.export.periodInvalid", last, first));
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

	private LocalDate date(String value, String label) {
		if (value == null || value.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("dossier.export.dateMissing", label));
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					words.say("dossier.export.dateInvalid", value, label));
		}
	}
}
