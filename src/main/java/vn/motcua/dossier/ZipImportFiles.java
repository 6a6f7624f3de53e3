package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a history ZIP: {@code dossiers.jsonl} (at the top, or in one folder) and the files its lines refer
 * to by their path inside the ZIP, relative to the top or to the folder of {@code dossiers.jsonl}.
 */
final class ZipImportFiles implements ImportFiles, AutoCloseable {

	static final String LINES = "dossiers.jsonl";

	private final ZipFile zip;

	private final ZipEntry lines;

	private final String folder;

	private ZipImportFiles(ZipFile zip, ZipEntry lines) {
		this.zip = zip;
		this.lines = lines;
		String name = lines.getName();
		this.folder = name.substring(0, name.length() - LINES.length());
	}

	/** Opens the ZIP; empty when it holds no {@code dossiers.jsonl}. Throws when it is not a ZIP. */
	static Optional<ZipImportFiles> open(Path file) throws IOException {
		ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		Optional<? extends ZipEntry> lines = zip.stream()
			.filter(e -> !e.isDirectory() && (e.getName().equals(LINES) || e.getName().endsWith("/" + LINES)))
			.min(Comparator.comparingInt(e -> e.getName().length()));
		if (lines.isEmpty()) {
			zip.close();
			return Optional.empty();
		}
		return Optional.of(new ZipImportFiles(zip, lines.get()));
	}

	InputStream lines() throws IOException {
		return zip.getInputStream(lines);
	}

	@Override
	public Optional<InputStream> open(String path) {
		ZipEntry entry = entry(path);
		if (entry == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(zip.getInputStream(entry));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public boolean contains(String path) {
		return entry(path) != null;
	}

	private ZipEntry entry(String path) {
		String name = path.replace('\\', '/');
		while (name.startsWith("./") || name.startsWith("/")) {
			name = name.substring(name.startsWith("/") ? 1 : 2);
		}
		if (name.isEmpty() || name.contains("../")) {
			return null;
		}
		ZipEntry entry = zip.getEntry(folder + name);
		if (entry == null && !folder.isEmpty()) {
			entry = zip.getEntry(name);
		}
		return entry == null || entry.isDirectory() ? null : entry;
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
