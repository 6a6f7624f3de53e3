package vn.motcua.audit;

import java.time.OffsetDateTime;

/** One line of the audit log, as read back. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String agencyCode, String action, String target,
		String before, String after, String remoteAddress) {
}
