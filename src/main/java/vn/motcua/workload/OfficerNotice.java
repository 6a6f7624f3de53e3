package vn.motcua.workload;

import java.time.OffsetDateTime;

/** One notice to an officer about a dossier ({@code officer_notice}); {@code readAt} is null while unread. */
record OfficerNotice(long id, String username, String agencyCode, String dossierCode, NoticeKind kind,
		OffsetDateTime createdAt, OffsetDateTime readAt) {
}
