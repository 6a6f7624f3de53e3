package vn.motcua.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.motcua.dossier.DossierHistory;

/**
 * The files of a history ZIP: {@code dossiers.jsonl} (at the top, or in one folder) and the files its lines refer
 * to by their path inside the ZIP, relative to the top or to the folder of {@code dossiers.jsonl}.
 */
final class ZipImportFiles implements ImportFiles, AutoCloseable {

	static final String LINES = DossierHistory.LINES;

	private final ZipFile zip;

	private final ZipEntry lines;

	private final String folder;

	private ZipImportFiles(ZipFile zip, ZipEntry lines) {
		this.zip = zip;
		this.lines = lines;
		String name = lines.getName();
		this.folder = name.substring(0, name.length() - LINES.length());
	}

	/**
	 * Opens the ZIP; empty when it holds no {@code dossiers.jsonl}. Throws when it is not a ZIP, when its directory
	 * (read into memory by {@link ZipFile}) is over {@link #MAX_DIRECTORY_BYTES}, and when its entries unpack to more
	 * than {@code maxUnpacked} bytes: every entry is inflated once, counted and thrown away before anything is
	 * imported (the sizes a ZIP declares may lie), so that nothing is half-imported from a ZIP bomb.
	 */
	static Optional<ZipImportFiles> open(Path file, long maxUnpacked) throws IOException {
		long directory = directorySize(file);
		if (directory > MAX_DIRECTORY_BYTES) {
			throw new DirectoryTooLarge(directory);
		}
		ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		try {
			checkUnpacked(zip, maxUnpacked);
		}
		catch (IOException | RuntimeException e) {
			zip.close();
			throw e;
		}
		Optional<? extends ZipEntry> lines = zip.stream()
			.filter(e -> !e.isDirectory() && (e.getName().equals(LINES) || e.getName().endsWith("/" + LINES)))
			.min(Comparator.comparingInt(e -> e.getName().length()));
		if (lines.isEmpty()) {
			zip.close();
			return Optional.empty();
		}
		return Optional.of(new ZipImportFiles(zip, lines.get()));
	}

	/** The largest ZIP directory (central directory) opened: 16 MiB, some 150,000 entries. */
	static final long MAX_DIRECTORY_BYTES = 16L * 1024 * 1024;

	/** A ZIP whose directory is too large to hold in memory. */
	static final class DirectoryTooLarge extends IOException {

		private final long size;

		DirectoryTooLarge(long size) {
			super("ZIP directory of " + size + " bytes");
			this.size = size;
		}

		long size() {
			return size;
		}
	}

	/** A ZIP whose entries unpack to more than allowed. */
	static final class UnpackedTooLarge extends IOException {

		UnpackedTooLarge(long limit) {
			super("ZIP unpacks to more than " + limit + " bytes");
		}
	}

	private static void checkUnpacked(ZipFile zip, long maxUnpacked) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (var entries = zip.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			if (entry.isDirectory()) {
				continue;
			}
			if (entry.getSize() > maxUnpacked - total) {
				throw new UnpackedTooLarge(maxUnpacked);
			}
			try (InputStream in = zip.getInputStream(entry)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					total += n;
					if (total > maxUnpacked) {
						throw new UnpackedTooLarge(maxUnpacked);
					}
				}
			}
		}
	}

	/**
	 * The size of the ZIP's central directory, from its end record (in the last 64 KiB), before {@link ZipFile} reads
	 * the directory whole; ZIP64 sizes too. Zero when no end record is found (then ZipFile refuses the file itself).
	 */
	static long directorySize(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			int tail = (int) Math.min(size, 22 + 65_535 + 20);
			ByteBuffer buffer = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(buffer, size - tail);
			for (int at = tail - 22; at >= 0; at--) {
				if (buffer.getInt(at) != 0x06054b50) {
					continue;
				}
				long directory = Integer.toUnsignedLong(buffer.getInt(at + 12));
				if (directory == 0xFFFFFFFFL && at >= 20 && buffer.getInt(at - 20) == 0x07064b50) {
					long zip64End = buffer.getLong(at - 20 + 8);
					ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
					channel.read(record, zip64End);
					if (record.getInt(0) == 0x06064b50) {
						directory = record.getLong(40);
						return directory < 0 ? Long.MAX_VALUE : directory;
					}
				}
				return directory;
			}
			return 0;
		}
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
