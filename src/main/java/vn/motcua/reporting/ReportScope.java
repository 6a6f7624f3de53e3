package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

/**
 * Which agencies a report covers: one commune (5-digit code), a province (2-digit code: its communes served here), or,
 * without a code, every commune the caller leads or administers (all of them for the installation's administrator).
 * Only agencies the caller may see are ever included.
 */
@Component
class ReportScope {

	static final int MAX_DAYS = 3 * 366;

	private final Agencies agencies;

	private final MessageSource messages;

	ReportScope(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	List<Agency> resolve(String agency, Authentication authentication) {
		boolean all = AgencyAccess.isInstallationAdmin(authentication);
		Set<String> led = AgencyAccess.agenciesWhere(authentication, OfficerRole.LEADER);
		led.addAll(AgencyAccess.agenciesWhere(authentication, OfficerRole.ADMINISTRATOR));
		List<Agency> visible = agencies.active().stream().filter(a -> all || led.contains(a.code())).toList();
		if (agency == null || agency.isBlank()) {
			return visible;
		}
		String code = agency.trim();
		if (code.matches("\\d{2}")) {
			List<Agency> province = visible.stream().filter(a -> a.provinceCode().equals(code)).toList();
			if (province.isEmpty()) {
				throw refused(HttpStatus.NOT_FOUND, "reporting.scope.noCommuneInProvince", code);
			}
			return province;
		}
		if (!code.matches("\\d{5}")) {
			throw refused(HttpStatus.BAD_REQUEST, "reporting.scope.badAgencyCode");
		}
		Agency one = agencies.find(code).filter(a -> all || led.contains(a.code()))
			.orElseThrow(() -> refused(HttpStatus.NOT_FOUND, "reporting.scope.noSuchAgency", code));
		return List.of(one);
	}

	/** Refuses a period without both dates, ending before it starts, or longer than {@link #MAX_DAYS} days (400). */
	void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw refused(HttpStatus.BAD_REQUEST, "reporting.scope.periodRequired");
		}
		if (to.isBefore(from)) {
			throw refused(HttpStatus.BAD_REQUEST, "reporting.scope.periodReversed");
		}
		if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
			throw refused(HttpStatus.BAD_REQUEST, "reporting.scope.periodTooLong");
		}
	}

	/**
	 * A refusal with its reason in Vietnamese from the bundle: the reason is the API's problem detail, which
	 * integrators read in Vietnamese whatever their client's language.
	 */
	ResponseStatusException refused(HttpStatus status, String key, Object... args) {
		return new ResponseStatusException(status, messages.getMessage(key, args, QuarterlyReportDocument.VIETNAMESE));
	}
}
