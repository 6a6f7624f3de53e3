package vn.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in officer changes their own password (Đổi mật khẩu). On success every session of the account ends and
 * the officer signs in again with the new password.
 */
@Controller
@RequestMapping("/account/password")
class OwnPasswordController {

	private final OfficerAccounts accounts;

	OwnPasswordController(OfficerAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form() {
		return "identity/own-password";
	}

	@PostMapping
	String change(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String repeatedPassword,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			accounts.changeOwnPassword(authentication.getName(), currentPassword, newPassword, repeatedPassword,
					request.getRemoteAddr());
		}
		catch (OfficerAccountException refused) {
			model.addAttribute("errorField", refused.field());
			model.addAttribute("errorKey", refused.messageKey());
			model.addAttribute("errorArgument", refused.messageArgument());
			return "identity/own-password";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?passwordChanged";
	}
}
