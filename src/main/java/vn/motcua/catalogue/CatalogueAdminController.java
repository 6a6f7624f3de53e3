package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * Administration of the catalogue: the summary panel, search, CSV import, publishing and correcting versions,
 * abolition. Any administrator sees it; only the installation's administrator changes it (the province's catalogue
 * is installation-wide).
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueAdminController {

	private final Catalogue catalogue;

	private final CatalogueImport imports;

	private final CatalogueAdministration administration;

	private final CatalogueFields fields;

	private final Clock clock;

	private final VietnameseMessages words;

	CatalogueAdminController(Catalogue catalogue, CatalogueImport imports, CatalogueAdministration administration,
			CatalogueFields fields, Clock clock, MessageSource messages) {
		this.words = new VietnameseMessages(messages);
		this.catalogue = catalogue;
		this.imports = imports;
		this.administration = administration;
		this.fields = fields;
		this.clock = clock;
	}

	@GetMapping
	String panel(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String field,
			@RequestParam(required = false) ServiceLevel level, Model model) {
		model.addAttribute("summary", catalogue.summary());
		model.addAttribute("q", q);
		model.addAttribute("field", field);
		model.addAttribute("level", level);
		model.addAttribute("levels", ServiceLevel.values());
		model.addAttribute("fields", catalogue.fieldNames());
		model.addAttribute("results", catalogue.search(q, field, level, Catalogue.MAX_RESULTS));
		return "catalogue/admin";
	}

	@GetMapping("/imports")
	String importForm() {
		return "catalogue/admin-import";
	}

	@PostMapping("/imports")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", "catalogue.import.noFile");
			return "catalogue/admin-import";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("result", imports.importCsv(in));
		}
		catch (ResponseStatusException refused) {
			model.addAttribute("importRefused", refused.getReason());
		}
		return "catalogue/admin-import";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String newProcedure(Model model) {
		model.addAttribute("procedure", ProcedureFormData.forCommune(words, LocalDate.now(clock)).withBlankRows());
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String create(@Validated({ Default.class, ProcedureFormData.NewProcedure.class }) @ModelAttribute("procedure")
			ProcedureFormData form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			form.checkStepsAddUp(result);
			form.checkConsultedShares(result);
		}
		if (!result.hasErrors()) {
			try {
				long id = administration.create(form.toDraft());
				redirect.addFlashAttribute("success", "catalogue.created");
				redirect.addFlashAttribute("successArg", form.code().strip());
				return "redirect:/admin/catalogue/versions/" + id;
			}
			catch (IllegalStateException refused) {
				result.rejectValue("code", refused.getMessage());
			}
		}
		return form(model, null);
	}

	@GetMapping("/versions/{id}")
	String edit(@PathVariable long id, Model model) {
		ProcedureVersion version = existing(id);
		model.addAttribute("procedure", ProcedureFormData.of(version).withBlankRows());
		return form(model, version);
	}

	@PostMapping("/versions/{id}")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String save(@PathVariable long id, @Valid @ModelAttribute("procedure") ProcedureFormData form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ProcedureVersion version = existing(id);
		if (!result.hasErrors()) {
			form.checkStepsAddUp(result);
			form.checkConsultedShares(result);
		}
		if (!result.hasErrors()) {
			try {
				long saved = administration.save(version, form.toDraft());
				redirect.addFlashAttribute("success", saved == id ? "catalogue.updated" : "catalogue.versionCreated");
				redirect.addFlashAttribute("successArg", version.code());
				return "redirect:/admin/catalogue/versions/" + saved;
			}
			catch (IllegalStateException refused) {
				result.rejectValue("effectiveFrom", refused.getMessage());
			}
		}
		return form(model, version);
	}

	@PostMapping("/procedures/{code}/abolish")
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	String abolish(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate abolishedOn,
			@RequestParam(defaultValue = "") String decision, @RequestParam long versionId, RedirectAttributes redirect) {
		if (abolishedOn == null || decision.isBlank() || catalogue.history(code).isEmpty()) {
			redirect.addFlashAttribute("failure", "catalogue.abolish.invalid");
		}
		else {
			administration.abolish(code, abolishedOn, decision.trim());
			redirect.addFlashAttribute("success", "catalogue.abolished");
			redirect.addFlashAttribute("successArg", code);
		}
		return "redirect:/admin/catalogue/versions/" + versionId;
	}

	private String form(Model model, ProcedureVersion existing) {
		model.addAttribute("existing", existing);
		model.addAttribute("history", existing == null ? java.util.List.of() : catalogue.history(existing.code()));
		model.addAttribute("fieldChoices", fields.all());
		model.addAttribute("levels", ServiceLevel.values());
		model.addAttribute("units", TimeLimit.Unit.values());
		model.addAttribute("policies", SupplementPolicy.values());
		model.addAttribute("feeKinds", Fee.Kind.values());
		model.addAttribute("channels", SubmissionChannel.values());
		model.addAttribute("roles", OfficerRole.values());
		return "catalogue/admin-form";
	}

	private ProcedureVersion existing(long id) {
		return catalogue.version(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
