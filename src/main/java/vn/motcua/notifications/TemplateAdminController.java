package vn.motcua.notifications;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.AgencyAccess;

/**
 * The installation administrator edits the messages' templates (issue 16 item 1): the list of kinds with the version
 * in use and what it costs on each channel (SMS segments, ZNS characters and template id, e-mail), and one kind's
 * page with its text, a preview on sample data at the longest values MotCua fills in ({@code POST …/preview}: a plain
 * form, no JavaScript needed) and the save as a new version with the checks of {@link MessageTemplates} (audited
 * there). Templates serve every commune, so a commune's administrator is refused (403).
 */
@Controller
class TemplateAdminController {

	private final MessageTemplates templates;

	TemplateAdminController(MessageTemplates templates) {
		this.templates = templates;
	}

	/** A kind with its version in use and the preview of that version. */
	record Current(NotificationKind kind, MessageTemplates.Template template, MessageTemplates.Preview preview) {
	}

	@GetMapping("/admin/notifications/templates")
	String list(Authentication officer, Model model) {
		installation(officer);
		model.addAttribute("templates", Arrays.stream(NotificationKind.values()).map(k -> {
			MessageTemplates.Template t = templates.current(k);
			return new Current(k, t, templates.preview(k, t.body()));
		}).toList());
		return "notifications/templates";
	}

	@GetMapping("/admin/notifications/templates/{kind}")
	String edit(@PathVariable String kind, Authentication officer, Model model) {
		installation(officer);
		NotificationKind k = kind(kind);
		MessageTemplates.Template current = templates.current(k);
		return show(k, current.body(), current.znsTemplateId(), List.of(), model);
	}

	@PostMapping("/admin/notifications/templates/{kind}/preview")
	String preview(@PathVariable String kind, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String znsTemplateId, Authentication officer, Model model) {
		installation(officer);
		return show(kind(kind), body, znsTemplateId, List.of(), model);
	}

	@PostMapping("/admin/notifications/templates/{kind}")
	String save(@PathVariable String kind, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String znsTemplateId, Authentication officer, Model model,
			RedirectAttributes redirect) {
		installation(officer);
		NotificationKind k = kind(kind);
		try {
			MessageTemplates.Template saved = templates.save(k, body, znsTemplateId, officer.getName());
			redirect.addFlashAttribute("savedVersion", saved.version());
			return "redirect:/admin/notifications/templates/" + k.name();
		}
		catch (MessageTemplates.TemplateRefused refused) {
			return show(k, body, znsTemplateId, refused.problems(), model);
		}
	}

	private String show(NotificationKind kind, String body, String znsTemplateId, List<String> refusal, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("parameters", String.join(", ", kind.parameters().stream().map(p -> "{" + p + "}").toList()));
		model.addAttribute("body", body);
		model.addAttribute("znsTemplateId", znsTemplateId);
		model.addAttribute("preview", templates.preview(kind, body));
		model.addAttribute("refusal", refusal.stream().map(p -> p.split("\\|")).toList());
		model.addAttribute("example", templates.example(kind));
		model.addAttribute("versions", templates.versions(kind));
		return "notifications/template";
	}

	private static void installation(Authentication officer) {
		if (!AgencyAccess.isInstallationAdmin(officer)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static NotificationKind kind(String name) {
		return Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(name)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
