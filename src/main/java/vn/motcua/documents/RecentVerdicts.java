package vn.motcua.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answers of the last signature checks, by the checked file's SHA-256, kept as long as the CAs' revocation
 * answers are ({@code MOTCUA_REVOCATION_CACHE}, 5 minutes): a public page that shows a dossier's signed papers, or a
 * file checked again and again, costs one EU DSS validation per file and period, not one per visit. A file changed by
 * one byte has another SHA-256 and is checked afresh. At most {@value #MOST} answers, the oldest dropped first.
 */
final class RecentVerdicts {

	private static final int MOST = 512;

	private final Duration keep;

	private final Clock clock;

	private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > MOST;
		}
	};

	private record Kept(SignatureCheck.Verdict verdict, Instant until) {
	}

	RecentVerdicts(Duration keep, Clock clock) {
		this.keep = keep == null || keep.isNegative() ? Duration.ZERO : keep;
		this.clock = clock;
	}

	/** The answer for the file of {@code sha256}: kept if still fresh, else {@code check}ed now (and kept). */
	SignatureCheck.Verdict get(String sha256, Supplier<SignatureCheck.Verdict> check) {
		if (keep.isZero() || clock == null) {
			return check.get();
		}
		Instant now = clock.instant();
		synchronized (kept) {
			Kept found = kept.get(sha256);
			if (found != null && now.isBefore(found.until())) {
				return found.verdict();
			}
		}
		SignatureCheck.Verdict verdict = check.get();
		synchronized (kept) {
			kept.put(sha256, new Kept(verdict, now.plus(keep)));
		}
		return verdict;
	}
}
