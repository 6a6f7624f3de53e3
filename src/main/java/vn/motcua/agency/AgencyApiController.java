package vn.motcua.agency;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;


/** {@code GET /api/v1/agencies}: the active agencies the calling account may see. */
@RestController
class AgencyApiController {

	private final Agencies agencies;

	AgencyApiController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping("/api/v1/agencies")
	List<Agency> agencies(Authentication authentication) {
		return agencies.visibleTo(authentication);
	}
}
