package vn.motcua.correspondence;

import java.time.OffsetDateTime;

/** One recorded action on an incoming or outgoing document: who, when, what, from which state to which, a note. */
public record DocumentStep(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus,
		String note) {
}
