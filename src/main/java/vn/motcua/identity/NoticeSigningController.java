package vn.motcua.identity;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.agency.NoticeSigning;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.FormErrors;
import vn.motcua.shared.OfficerRole;

/**
 * The agency's signing authority for its notices (Nghị định 30/2020/NĐ-CP Art. 13): for Mẫu 04 and Mẫu 05, the
 * authority (TM./KT./TL./Q. or the head in person) and the officer who signs, chosen among the agency's leaders.
 * Here rather than in the agency module because the choice is among officers; an agency's administrator sets their
 * own agencies only.
 */
@Controller
@RequestMapping("/admin/officers/signing")
class NoticeSigningController {

	private final NoticeSigning signing;

	private final OfficerAccounts accounts;

	private final Agencies agencies;

	private final MessageSource messages;

	NoticeSigningController(NoticeSigning signing, OfficerAccounts accounts, Agencies agencies,
			MessageSource messages) {
		this.messages = messages;
		this.signing = signing;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	/** One paper's row on the page: its set-up, the signer's name and position, and the printed lines. */
	record Row(NoticeSigning.Paper paper, NoticeSigning.Setup setup, String signerName, List<String> lines) {
	}

	/** An officer who may be chosen: username, name and position. */
	record Candidate(String username, String fullName, String position) {
	}

	@GetMapping
	String page(@RequestParam String agency, Authentication authentication, Model model) {
		Agency chosen = administered(agency, authentication);
		List<Candidate> candidates = accounts.list(Set.of(agency)).stream()
			.filter(o -> o.active() && o.memberships().stream()
				.anyMatch(m -> m.agencyCode().equals(agency) && m.role() == OfficerRole.LEADER))
			.map(o -> new Candidate(o.username(), o.fullName(), accounts.position(o.username()).orElse(null)))
			.toList();
		List<Row> rows = java.util.Arrays.stream(NoticeSigning.Paper.values()).map(paper -> {
			NoticeSigning.Setup setup = signing.setup(agency, paper);
			Candidate signer = candidates.stream().filter(c -> c.username().equals(setup.signerUsername())).findFirst()
				.orElse(null);
			return new Row(paper, setup, signer == null ? null : signer.fullName(),
					NoticeSigning.titleLines(paper, setup.authority(), signer == null ? null : signer.position()));
		}).toList();
		model.addAttribute("agency", chosen);
		model.addAttribute("rows", rows);
		model.addAttribute("candidates", candidates);
		model.addAttribute("authorities", NoticeSigning.Authority.values());
		return "identity/notice-signing";
	}

	@PostMapping
	String save(@RequestParam String agency, @Valid @ModelAttribute("setup") NoticeSigningFormData form,
			BindingResult input, Authentication authentication, RedirectAttributes redirect) {
		administered(agency, authentication);
		String back = "redirect:/admin/officers/signing?agency=" + agency;
		if (input.hasErrors()) {
			redirect.addFlashAttribute("failureText", FormErrors.first(input, messages, "form.unreadable"));
			return back;
		}
		String signer = form.signer();
		boolean known = signer == null || signer.isBlank() || accounts.list(Set.of(agency)).stream()
			.anyMatch(o -> o.username().equals(signer) && o.active());
		if (!known) {
			redirect.addFlashAttribute("failure", "signing.signer.unknown");
			return back;
		}
		signing.save(agency, form.toSetup());
		redirect.addFlashAttribute("success", "signing.saved");
		return back;
	}

	private Agency administered(String agency, Authentication authentication) {
		boolean may = AgencyAccess.isInstallationAdmin(authentication)
				|| AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR).contains(agency);
		if (!may) {
			throw new OfficerAdminController.NotFound();
		}
		return agencies.find(agency).orElseThrow(OfficerAdminController.NotFound::new);
	}
}
