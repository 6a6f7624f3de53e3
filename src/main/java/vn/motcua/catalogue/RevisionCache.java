package vn.motcua.catalogue;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers read from the catalogue, kept for a minute at most and dropped as soon as this instance changes the catalogue
 * (its revision moves). The minute bounds how long a change made through another instance takes to show. The hot
 * paths read the catalogue on every request: intake (the version in force, its fees), search.
 */
final class RevisionCache<K, V> {

	private final Cache<K, Entry<V>> entries;

	private final LongSupplier revision;

	RevisionCache(long size, LongSupplier revision) {
		this.entries = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(Duration.ofMinutes(1)).build();
		this.revision = revision;
	}

	private record Entry<V>(long revision, V value) {
	}

	V get(K key, Function<K, V> load) {
		long current = revision.getAsLong();
		Entry<V> entry = entries.getIfPresent(key);
		if (entry != null && entry.revision() == current) {
			return entry.value();
		}
		V value = load.apply(key);
		entries.put(key, new Entry<>(current, value));
		return value;
	}
}
