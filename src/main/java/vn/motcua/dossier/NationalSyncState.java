package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Whether a dossier's latest state reached the national public-service portal (Thông tư 04/2025/TT-VPCP: every
 * dossier and its progress synchronised automatically and in real time; Quyết định 766/QĐ-TTg indicator 1.4, "Tỷ lệ
 * hồ sơ đồng bộ lên Cổng DVCQG"). The dossier page shows it. Declared here and implemented by the {@code nationallink}
 * module, which depends on this one, and only while the link is on ({@code MOTCUA_DVCQG_URL} set): without an
 * implementation the page shows nothing.
 */
public interface NationalSyncState {

	/**
	 * The synchronisation of dossier {@code code}, whose last recorded step is number {@code steps} (the caller has the
	 * dossier, so the link never reads this module's tables), or empty when the link is not concerned with it.
	 */
	Optional<Sync> of(String code, int steps);

	/** Where the dossier's latest state is on its way to the portal. */
	enum Status {
		/** The portal acknowledged the dossier's last step ({@code error_code} "0"/"00"). */
		REACHED,
		/** The latest step is queued, not yet acknowledged (the portal may be unreachable: it is tried again). */
		WAITING,
		/** The portal refused a step for its content; the dossier waits for an administrator to send it again. */
		REFUSED,
		/** The dossier's latest step was recorded while the link was off: nothing of it is queued. */
		NOT_QUEUED
	}

	/**
	 * {@code deliveredAt}: when the portal acknowledged the last step it has (null if none); {@code refusal}: the
	 * portal's reason when {@link Status#REFUSED}.
	 */
	record Sync(Status status, OffsetDateTime deliveredAt, String refusal) {
	}
}
