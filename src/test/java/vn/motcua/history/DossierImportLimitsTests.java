package vn.motcua.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.MotCuaTest;
import vn.motcua.dossier.DossierWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.history.HistoryLines.code;
import static vn.motcua.history.HistoryLines.line;

/**
 * Issue 12, item 1, for the history import: careless and hostile files fail safely, each with its reason in
 * Vietnamese. A small ZIP holding one 400 MB line, a line that is not UTF-8, a ZIP that unpacks to more than
 * {@code motcua.imports.max-unpacked-size} (512 MB in the tests), a ZIP that claims a huge directory.
 */
@MotCuaTest
class DossierImportLimitsTests {

	private static final String RECEIVED = "2025-07-01T08:15:00+07:00";

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWorkflow dossiers;

	@Test
	void aSmallZipHoldingOne400MegabyteLineRejectsThatLineAndImportsTheOthers() throws Exception {
		String before = code("long-before");
		String after = code("long-after");
		Path zip = zipOf(List.of(text(line(before, RECEIVED, "") + "\n"), repeated((byte) 'x', 400L * 1024 * 1024),
				text("\n" + line(after, RECEIVED, "") + "\n")));
		byte[] bytes = java.nio.file.Files.readAllBytes(zip.path());
		assertThat(bytes.length).as("the attack: a ZIP under 1 MB").isLessThan(1024 * 1024);

		importZip(bytes)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.rejected.length()").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value(containsString("Dòng dài quá 1 MB")));
		assertThat(dossiers.find(before)).isPresent();
		assertThat(dossiers.find(after)).isPresent();
	}

	@Test
	void aLineThatIsNotUtf8IsRejectedNeverReadWithReplacementCharacters() throws Exception {
		String good = code("utf8-good");
		String bad = code("utf8-bad");
		byte[] latin = line(bad, RECEIVED, "").replace("Nguyễn", "Nguy\u00ean").getBytes(StandardCharsets.ISO_8859_1);
		byte[] body = concat(concat(line(good, RECEIVED, "").getBytes(StandardCharsets.UTF_8), "\n".getBytes()), latin);

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/x-ndjson").content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(2))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value(containsString("không đúng mã UTF-8")));
		assertThat(dossiers.find(bad)).as("nothing saved from the bad line").isEmpty();
	}

	@Test
	void manyBadLinesListTheFirstTenThousandAndCountTheRest() throws Exception {
		String body = "không phải JSON\n".repeat(10_050);

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected.length()").value(10_001))
			.andExpect(jsonPath("$.rejected[10000].line").value(10_001))
			.andExpect(jsonPath("$.rejected[10000].errors[0]").value(containsString("… và 50 dòng khác")));
	}

	@Test
	void aZipBombIsRefusedWith413BeforeAnythingIsImported() throws Exception {
		String first = code("bomb-first");
		Path zip = zipOf(List.of(text(line(first, RECEIVED, "") + "\n")), Map.of("files/bom.pdf",
				repeated((byte) 0, 600L * 1024 * 1024)));
		byte[] bytes = java.nio.file.Files.readAllBytes(zip.path());

		importZip(bytes)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("khi giải nén lớn hơn 512 MB")))
			.andExpect(jsonPath("$.detail").value(containsString("không nhập hồ sơ nào")));
		assertThat(dossiers.find(first)).as("nothing half-saved").isEmpty();

		mvc.perform(multipart("/admin/imports/dossiers").file(new MockMultipartFile("file", "lich-su.zip",
				"application/zip", bytes)).with(admin()).with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("khi giải nén lớn hơn 512 MB")));
	}

	@Test
	void aZipClaimingAHugeDirectoryIsRefusedBeforeItIsOpened() throws Exception {
		ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
		end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 0xFFFF).putShort((short) 0xFFFF)
			.putInt(200 * 1024 * 1024).putInt(0).putShort((short) 0);
		byte[] forged = concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), end.array());

		importZip(forged)
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("Danh mục của tệp ZIP quá lớn (200 MB, tối đa 16 MB")));
	}

	private ResultActions importZip(byte[] zip) throws Exception {
		return mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/zip").content(zip));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("INSTALLATION_ADMIN"));
	}

	/** A ZIP file (deleted when the test JVM ends) whose dossiers.jsonl is the streams in order. */
	private static Path zipOf(List<InputStream> jsonl) throws IOException {
		return zipOf(jsonl, Map.of());
	}

	private static Path zipOf(List<InputStream> jsonl, Map<String, InputStream> files) throws IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("motcua-limits-", ".zip");
		file.toFile().deleteOnExit();
		try (ZipOutputStream zip = new ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("dossiers.jsonl"));
			new SequenceInputStream(Collections.enumeration(jsonl)).transferTo(zip);
			zip.closeEntry();
			for (Map.Entry<String, InputStream> entry : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				entry.getValue().transferTo(zip);
				zip.closeEntry();
			}
		}
		return new Path(file);
	}

	private record Path(java.nio.file.Path path) {
	}

	private static InputStream text(String text) {
		return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code length} times the same byte, generated as read (never held in memory). */
	private static InputStream repeated(byte value, long length) {
		return new InputStream() {

			private long left = length;

			@Override
			public int read() {
				if (left == 0) {
					return -1;
				}
				left--;
				return value & 0xFF;
			}

			@Override
			public int read(byte[] buffer, int offset, int count) {
				if (left == 0) {
					return -1;
				}
				int n = (int) Math.min(count, left);
				Arrays.fill(buffer, offset, offset + n, value);
				left -= n;
				return n;
			}
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream all = new ByteArrayOutputStream(a.length + b.length);
		all.writeBytes(a);
		all.writeBytes(b);
		return all.toByteArray();
	}
}
