package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The store's folder on disk ({@code MOTCUA_DATA_DIR/documents}): files at their content address
 * {@code <agency>/<first two hex digits>/<sha256>}, written once, never replaced, read-only once placed. The rows
 * that describe them are {@link DocumentStore}'s.
 */
final class DocumentFolder {

	/** An upload copied to a temporary file, with its size and checksum computed during the copy. */
	record Received(Path file, long size, String sha256) {
	}

	/** Puts the bytes at a path that must not exist yet ({@link FileAlreadyExistsException} if it does). */
	private interface Placement {

		void place(Path target) throws IOException;
	}

	private final Path root;

	private final Set<Path> folders = ConcurrentHashMap.newKeySet();

	DocumentFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Where a stored file is. */
	Path location(String relativePath) {
		return root.resolve(relativePath).normalize();
	}

	/** Whether the path is inside the store (a row's path never leads out of it). */
	boolean holds(Path file) {
		return file.startsWith(root);
	}

	/** Keeps bytes read whole into memory; returns their relative path. */
	String keep(String agency, byte[] bytes, String sha256) throws IOException {
		return keep(agency, sha256, bytes.length, target -> write(target, bytes));
	}

	/** Keeps a large upload received into a temporary file (linked into place, then the temporary name removed). */
	String keep(String agency, Received received) throws IOException {
		try {
			return keep(agency, received.sha256(), received.size(), target -> link(received.file(), target));
		}
		finally {
			deleteQuietly(received.file());
		}
	}

	/**
	 * Copies a large upload ({@code head}, then the rest of {@code rest}) to a temporary file, refusing it with
	 * {@code tooLarge} as soon as it grows past {@code limit}.
	 */
	Received receive(byte[] head, InputStream rest, long limit, Supplier<RuntimeException> tooLarge)
			throws IOException {
		Path temporary = Files.createTempFile(directory(root.resolve("incoming")), "upload-", ".part");
		MessageDigest digest = digest();
		long total = head.length;
		try (OutputStream out = Files.newOutputStream(temporary)) {
			if (total > limit) {
				throw tooLarge.get();
			}
			digest.update(head);
			out.write(head);
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = rest.read(buffer)) > 0;) {
				total += n;
				if (total > limit) {
					throw tooLarge.get();
				}
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
			}
		}
		catch (RuntimeException | IOException e) {
			deleteQuietly(temporary);
			throw e;
		}
		return new Received(temporary, total, HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * Puts the bytes at their content address without ever replacing a file: the placement fails if the target
	 * exists. An existing file with the same bytes is reused (stored before, or concurrently by someone else); a
	 * different one (damaged, or still being written) is left alone and the new bytes go beside it under a unique name.
	 */
	private String keep(String agency, String sha256, long size, Placement placement) throws IOException {
		String relative = agency + "/" + sha256.substring(0, 2) + "/" + sha256;
		Path target = root.resolve(relative);
		try {
			placeIn(directory(target.getParent()), target, placement);
		}
		catch (FileAlreadyExistsException e) {
			if (Files.size(target) == size && sha256(target).equals(sha256)) {
				return relative;
			}
			relative = relative + "-" + UUID.randomUUID();
			target = root.resolve(relative);
			placeIn(target.getParent(), target, placement);
		}
		target.toFile().setReadOnly();
		return relative;
	}

	/** Places the file, making its folder again if it was removed since it was made. */
	private void placeIn(Path folder, Path target, Placement placement) throws IOException {
		try {
			placement.place(target);
		}
		catch (NoSuchFileException e) {
			folders.remove(folder);
			directory(folder);
			placement.place(target);
		}
	}

	/** A folder of the store, made once (the folders made are remembered: making them is a few system calls). */
	private Path directory(Path folder) throws IOException {
		if (!folders.contains(folder)) {
			Files.createDirectories(folder);
			folders.add(folder);
		}
		return folder;
	}

	private static void write(Path target, byte[] bytes) throws IOException {
		OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try (out) {
			out.write(bytes);
		}
		catch (IOException e) {
			deleteQuietly(target);
			throw e;
		}
	}

	private static void link(Path temporary, Path target) throws IOException {
		try {
			Files.createLink(target, temporary);
		}
		catch (UnsupportedOperationException e) {
			Files.move(temporary, target);
		}
	}

	static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a leftover in incoming/ is harmless
		}
	}
}
