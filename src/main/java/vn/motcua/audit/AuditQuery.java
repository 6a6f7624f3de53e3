package vn.motcua.audit;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A filter over the audit log; {@code null} fields do not filter. {@code agencies} limits the result to those
 * agencies (plus installation-wide entries when {@code includeInstallationWide}); {@code null} means every agency.
 */
public record AuditQuery(String actor, String action, String agencyCode, LocalDate from, LocalDate to,
		Collection<String> agencies, boolean includeInstallationWide, int page, int size) {
}
