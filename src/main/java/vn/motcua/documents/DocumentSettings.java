package vn.motcua.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Document store settings ({@code motcua.documents.*}): the largest file accepted ({@code max-size}, default 20MB). */
@ConfigurationProperties("motcua.documents")
record DocumentSettings(DataSize maxSize) {

	DocumentSettings {
		if (maxSize == null || maxSize.toBytes() <= 0) {
			maxSize = DataSize.ofMegabytes(20);
		}
	}
}
