package vn.motcua.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import vn.motcua.MotCuaTest;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditQuery;
import vn.motcua.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document store as the dossier module uses it: files kept, checksummed, never overwritten, never trusted blindly. */
@MotCuaTest
class DocumentStoreTests {

	private static final String AGENCY = "14908";

	@Autowired
	DocumentStore store;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@Test
	void storesTheBytesWithTheirChecksumAndMetadataAndAuditsIt() throws Exception {
		byte[] scan = unique("Giấy chứng sinh – bản scan");

		StoredDocument stored = store.store(AGENCY, "giay-chung-sinh.pdf", "application/pdf", new ByteArrayInputStream(scan));

		assertThat(stored.sha256()).isEqualTo(sha256(scan));
		assertThat(stored.size()).isEqualTo(scan.length);
		assertThat(stored.agencyCode()).isEqualTo(AGENCY);
		assertThat(stored.fileName()).isEqualTo("giay-chung-sinh.pdf");
		assertThat(stored.storedBy()).isEqualTo("system");
		assertThat(store.find(stored.id())).contains(stored);
		assertThat(Files.readAllBytes(file(stored))).isEqualTo(scan);
		try (InputStream in = store.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(scan);
		}
		List<AuditEntry> entries = audit.find(new AuditQuery(null, "DOCUMENT_STORED", AGENCY, null, null, null, false, 0, 50));
		assertThat(entries).anyMatch(e -> e.target().equals("stored_document:" + stored.id()));
	}

	@Test
	void theSameBytesStoredTwiceShareTheFileButEachStoreHasItsOwnRecord() throws Exception {
		byte[] scan = unique("Tờ khai đăng ký khai sinh");
		StoredDocument first = store.store(AGENCY, "to-khai.pdf", "application/pdf", new ByteArrayInputStream(scan));
		FileTime written = Files.getLastModifiedTime(file(first));

		StoredDocument second = store.store(AGENCY, "to-khai (1).pdf", "application/pdf", new ByteArrayInputStream(scan));

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.fileName()).isEqualTo("to-khai (1).pdf");
		assertThat(second.relativePath()).isEqualTo(first.relativePath());
		assertThat(Files.getLastModifiedTime(file(first))).isEqualTo(written);
		assertThat(store.find(first.id())).isPresent();
		assertThat(store.find(second.id())).isPresent();
	}

	@Test
	void aChangedFileIsDetectedOnOpenAndNeverOverwrittenByANewStore() throws Exception {
		byte[] result = unique("Quyết định cấp giấy khai sinh");
		StoredDocument stored = store.store(AGENCY, "ket-qua.pdf", "application/pdf", new ByteArrayInputStream(result));
		Path file = file(stored);
		file.toFile().setWritable(true);
		Files.write(file, "sửa đổi trái phép".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
		byte[] tampered = Files.readAllBytes(file);

		assertThatThrownBy(() -> store.open(stored.id())).isInstanceOfSatisfying(DocumentIntegrityException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("documents.error.tampered");
			assertThat(e.documentId()).isEqualTo(stored.id());
			assertThat(e.getMessage()).isEqualTo("Tệp “ket-qua.pdf” (mã " + stored.id()
					+ ") đã bị thay đổi sau khi lưu: mã kiểm tra SHA-256 không khớp. Không thể sử dụng tệp này.");
		});

		StoredDocument again = store.store(AGENCY, "ket-qua.pdf", "application/pdf", new ByteArrayInputStream(result));
		assertThat(again.relativePath()).isNotEqualTo(stored.relativePath());
		assertThat(Files.readAllBytes(file)).as("the damaged file is kept as found").isEqualTo(tampered);
		try (InputStream in = store.open(again.id())) {
			assertThat(in.readAllBytes()).isEqualTo(result);
		}
	}

	@Test
	void aMissingFileIsReportedClearly() throws Exception {
		StoredDocument stored = store.store(AGENCY, "mat.pdf", "application/pdf", new ByteArrayInputStream(unique("mất")));
		Files.delete(file(stored));

		assertThatThrownBy(() -> store.open(stored.id())).isInstanceOfSatisfying(DocumentIntegrityException.class,
				e -> assertThat(e.messageKey()).isEqualTo("documents.error.file-missing"));
		assertThatThrownBy(() -> store.open(UUID.randomUUID())).isInstanceOf(NoSuchElementException.class)
			.hasMessageStartingWith("Không tìm thấy tài liệu");
	}

	@Test
	void anEmptyOrMissingUploadIsRefusedInVietnamese() {
		long before = count();

		assertThatThrownBy(() -> store.store(AGENCY, "rong.pdf", "application/pdf", new ByteArrayInputStream(new byte[0])))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.empty");
				assertThat(e.getMessage()).isEqualTo("Tệp “rong.pdf” rỗng (0 byte). Vui lòng chọn lại tệp có nội dung.");
			});
		assertThatThrownBy(() -> store.store(AGENCY, "khong-co.pdf", "application/pdf", null))
			.isInstanceOfSatisfying(DocumentRefusedException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("documents.error.missing");
				assertThat(e.getMessage()).isEqualTo("Chưa có tệp tải lên. Vui lòng chọn tệp cần lưu.");
			});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAndLeavesNothingBehind() throws IOException {
		Path dataDir = Files.createTempDirectory("motcua-documents");
		DocumentStore small = new DocumentStore(new StoredDocuments(jdbc), audit, clock, messages,
				new DocumentSettings(DataSize.ofMegabytes(2), null), dataDir.toString());
		long before = count();
		byte[] tooLarge = new byte[3 * 1024 * 1024];
		byte[] tooLargeAfterTheFirstMegabyte = new byte[2 * 1024 * 1024 + 1];

		for (byte[] upload : List.of(tooLarge, tooLargeAfterTheFirstMegabyte)) {
			assertThatThrownBy(() -> small.store(AGENCY, "lon.pdf", "application/pdf", new ByteArrayInputStream(upload)))
				.isInstanceOfSatisfying(DocumentRefusedException.class,
						e -> assertThat(e.getMessage()).isEqualTo("Tệp vượt quá dung lượng cho phép (2 MB)."));
		}
		assertThat(count()).isEqualTo(before);
		assertThat(filesUnder(dataDir)).isEmpty();
	}

	@Test
	void aSmallerLimitForOneUploadIsEnforcedWhileReadingAnEndlessStream() throws IOException {
		Path dataDir = Files.createTempDirectory("motcua-documents");
		DocumentStore store = new DocumentStore(new StoredDocuments(jdbc), audit, clock, messages,
				new DocumentSettings(DataSize.ofMegabytes(20), null), dataDir.toString());
		long before = count();
		long[] read = { 0 };
		InputStream endless = new InputStream() {

			@Override
			public int read() {
				read[0]++;
				return 'x';
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
				read[0] += length;
				return length;
			}
		};

		assertThatThrownBy(() -> store.store(AGENCY, "vo-tan.pdf", "application/pdf", endless, 3 * 1024 * 1024))
			.isInstanceOfSatisfying(DocumentRefusedException.class,
					e -> assertThat(e.getMessage()).isEqualTo("Tệp vượt quá dung lượng cho phép (3 MB)."));
		assertThat(read[0]).as("reading stops at the limit").isLessThan(4L * 1024 * 1024);
		assertThat(count()).isEqualTo(before);
		assertThat(filesUnder(dataDir)).isEmpty();
	}

	@Test
	void aLargeUploadIsCopiedThroughATemporaryFileThatIsThenRemoved() throws Exception {
		Path dataDir = Files.createTempDirectory("motcua-documents");
		DocumentStore store = new DocumentStore(new StoredDocuments(jdbc), audit, clock, messages, new DocumentSettings(null, null),
				dataDir.toString());
		byte[] scan = new byte[3 * 1024 * 1024 + 7];
		new java.util.Random(7).nextBytes(scan);

		StoredDocument stored = store.store(AGENCY, "ban-ve.pdf", "application/pdf", new ByteArrayInputStream(scan));

		assertThat(stored.size()).isEqualTo(scan.length);
		assertThat(stored.sha256()).isEqualTo(sha256(scan));
		try (InputStream in = store.open(stored.id())) {
			assertThat(in.readAllBytes()).isEqualTo(scan);
		}
		assertThat(filesUnder(dataDir)).containsExactly(store.location(stored));
	}

	@Test
	void theDefaultLimitIsTwentyMegabytes() {
		assertThat(new DocumentSettings(null, null).maxSize()).isEqualTo(DataSize.ofMegabytes(20));
	}

	private static List<Path> filesUnder(Path folder) throws IOException {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private Path file(StoredDocument stored) {
		return store.location(stored);
	}

	private long count() {
		return jdbc.sql("select count(*) from stored_document").query(Long.class).single();
	}

	private static byte[] unique(String text) {
		return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
