package vn.motcua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
	String form(Model model) {
		model.addAttribute("password", OwnPasswordFormData.empty());
		return "identity/own-password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("password") OwnPasswordFormData form, BindingResult input,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		if (input.hasErrors()) {
			return "identity/own-password";
		}
		try {
			accounts.changeOwnPassword(authentication.getName(), form.currentPassword(), form.newPassword(),
					form.repeatedPassword(), request.getRemoteAddr());
		}
		catch (OfficerAccountException refused) {
			Object[] arguments = refused.messageArgument() == null ? null : new Object[] { refused.messageArgument() };
			if (refused.field() == null) {
				input.reject(refused.messageKey(), arguments, null);
			}
			else {
				input.rejectValue(refused.field(), refused.messageKey(), arguments, null);
			}
			return "identity/own-password";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?passwordChanged";
	}
}
