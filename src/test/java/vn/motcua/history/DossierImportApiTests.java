package vn.motcua.history;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.MotCuaTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.history.HistoryLines.code;
import static vn.motcua.history.HistoryLines.line;
import static vn.motcua.history.HistoryLines.resolved;

/** The import's fixed interface over HTTP Basic, and the administrator's page. */
@MotCuaTest
class DossierImportApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorPostsJsonLinesAndGetsTheReportAsSpecified() throws Exception {
		String good = code("api");
		String body = line(good, "2025-07-01T08:15:00+07:00", resolved("APPROVED", "2025-07-02T10:00:00+07:00")) + "\n"
				+ line(code("api-bad"), "2025-07-01T08:15:00+07:00", "").replace("DIRECT", "FAX") + "\n";

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"imported": 1, "rejected": [{"line": 2,
					  "errors": ["Kênh nộp hồ sơ \\"FAX\\" không hợp lệ (ONLINE, DIRECT hoặc POSTAL)."]}]}"""))
			.andExpect(jsonPath("$.skipped").doesNotExist());

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected[*].line", contains(2)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority("INSTALLATION_ADMIN"));
	}

	@Test
	void aZipBodyIsImportedWithItsFiles() throws Exception {
		String c = code("api-zip");
		String jsonl = line(c, "2025-07-01T08:15:00+07:00", "")
			.replaceAll("}$", ", \"documents\": [{\"kind\": \"COMPONENT\", \"name\": \"Tờ khai\", \"file\": \"to-khai.pdf\"}]}");
		byte[] zip = HistoryLines.zip(jsonl, Map.of("to-khai.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

		mvc.perform(post("/api/v1/dossiers/imports").with(httpBasic("admin", "admin-test-password"))
			.contentType("application/zip").content(zip))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"imported\": 1, \"rejected\": []}"));
	}

	@Test
	void withoutCredentialsOrTheRoleTheImportIsRefused() throws Exception {
		mvc.perform(post("/api/v1/dossiers/imports").contentType("application/x-ndjson").content("{}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/dossiers/imports").with(user("tiepnhan").roles("RECEIVING_OFFICER"))
			.contentType("application/x-ndjson").content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorOfAnotherCommuneCannotImportForThisOne() throws Exception {
		mvc.perform(post("/api/v1/dossiers/imports")
			.with(user("qt-nam-xuan").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
					new SimpleGrantedAuthority("AGENCY_14902_ADMINISTRATOR")))
			.contentType("application/x-ndjson")
			.content(line(code("foreign"), "2025-07-01T08:15:00+07:00", "").getBytes(StandardCharsets.UTF_8)))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.rejected[0].errors[0]").value("Tài khoản không có quyền với xã 14908."));
	}

	@Test
	void thePageUploadsAFileAndShowsTheReport() throws Exception {
		mvc.perform(get("/admin/imports/dossiers").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập lịch sử hồ sơ từ hệ thống cũ")));

		String body = line(code("page"), "2025-07-01T08:15:00+07:00", "") + "\nkhông phải JSON\n";
		mvc.perform(multipart("/admin/imports/dossiers")
			.file(new MockMultipartFile("file", "lich-su.jsonl", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8)))
			.with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd id=\"imported\">1</dd>")))
			.andExpect(content().string(containsString("<dd id=\"rejected\">1</dd>")))
			.andExpect(content().string(containsString("Dòng không phải JSON hợp lệ.")));
	}
}
