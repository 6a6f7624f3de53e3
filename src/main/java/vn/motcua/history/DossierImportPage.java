package vn.motcua.history;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The administrator's page for importing dossier history: upload, then the report on the same page. */
@Controller
@RequestMapping("/admin/imports/dossiers")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class DossierImportPage {

	private static final String VIEW = "dossier/import-dossiers";

	/** The rejected lines listed on the page; the API answer lists them all. */
	static final int SHOWN = 500;

	private final DossierHistoryImport imports;

	private final MessageSource messages;

	DossierImportPage(DossierHistoryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String form() {
		return VIEW;
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", messages.getMessage("imports.error.noFile", null, LocaleContextHolder.getLocale()));
			return VIEW;
		}
		try {
			ImportReport report = ImportUpload.importFile(imports, file.getInputStream());
			model.addAttribute("report", report);
			model.addAttribute("shown", report.rejected().subList(0, Math.min(SHOWN, report.rejected().size())));
			model.addAttribute("more", Math.max(0, report.rejected().size() - SHOWN));
		}
		catch (ResponseStatusException e) {
			// refused as a whole (not a ZIP, too large to unpack): the page again, with the reason and the status
			response.setStatus(e.getStatusCode().value());
			model.addAttribute("error", e.getReason());
		}
		return VIEW;
	}
}
