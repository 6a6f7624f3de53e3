package vn.motcua.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The citizens' start page: what they can do here. */
@Controller
class PortalHomeController {

	@GetMapping({ "/public", "/public/" })
	String home() {
		return "portal/home";
	}
}
