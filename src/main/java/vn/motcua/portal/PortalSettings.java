package vn.motcua.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Portal settings ({@code motcua.portal.*}): the largest file one may upload to an online draft
 * ({@code max-file-size}, default 10MB; far below {@code motcua.documents.max-size} since nobody signs in), and how
 * long a draft never submitted is kept after its last change ({@code drafts-keep}, default 7 days): then it is
 * deleted with its personal answers and its files.
 */
@ConfigurationProperties("motcua.portal")
record PortalSettings(DataSize maxFileSize, Duration draftsKeep) {

	PortalSettings {
		if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
			maxFileSize = DataSize.ofMegabytes(10);
		}
		if (draftsKeep == null || draftsKeep.isNegative() || draftsKeep.isZero()) {
			draftsKeep = Duration.ofDays(7);
		}
	}
}
