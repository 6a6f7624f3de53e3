package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

	ReportScope(Agencies agencies) {
		this.agencies = agencies;
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
				throw new ResponseStatusException(HttpStatus.NOT_FOUND,
						"Không có xã, phường nào của tỉnh " + code + " mà tài khoản được xem báo cáo.");
			}
			return province;
		}
		if (!code.matches("\\d{5}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"Mã đơn vị không hợp lệ: dùng mã xã (5 chữ số) hoặc mã tỉnh (2 chữ số).");
		}
		Agency one = agencies.find(code).filter(a -> all || led.contains(a.code()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Không có đơn vị " + code + " mà tài khoản được xem báo cáo."));
		return List.of(one);
	}

	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần chọn từ ngày và đến ngày (YYYY-MM-DD).");
		}
		if (to.isBefore(from)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Đến ngày phải sau hoặc bằng từ ngày.");
		}
		if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Kỳ báo cáo dài tối đa 3 năm.");
		}
	}
}
