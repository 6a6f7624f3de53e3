package vn.motcua.nationallink;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureVersion;
import vn.motcua.catalogue.RequiredDocument;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierWorkflow;
import vn.motcua.dossier.Intake;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15 item 3 over real HTTP to the simulator: dossiers citizens submit on the national portal are fetched with
 * their files into the counter's list as online submissions, under the portal's code; the counter's answers reach the
 * portal in order; a malformed submission, an unknown procedure, a file too large and a wrong applicant are each
 * refused with the reason on the administrator's page and nothing of them is kept; fetching twice makes one dossier.
 * The fetcher is called directly (its schedule is set far off), so that each round is known.
 */
@MotCuaTest
class NationalInboxTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Khai sinh: submitted online in part (PARTIAL_ONLINE). */
	private static final String BIRTH = "1.001193";

	static SimulatedPortal portal;

	@Autowired
	NationalInbox inbox;

	@Autowired
	Intake intake;

	@Autowired
	DossierWorkflow dossiers;

	@Autowired
	Catalogue catalogue;

	@Autowired
	DocumentStore store;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void link(DynamicPropertyRegistry registry) throws Exception {
		portal = SimulatedPortal.linkedTo(registry);
		registry.add("motcua.dvcqg.fetch-delay", () -> "PT1H");
		// the limit of an online upload on the citizens' portal, which the fetcher applies too
		registry.add("motcua.portal.max-file-size", () -> "1MB");
	}

	@AfterAll
	static void stop() {
		portal.close();
	}

	@Test
	void submissionsOnThePortalWaitAtTheCounterWithTheirFilesAndTheAnswersReachThePortalInOrder() throws Exception {
		String accepted = submit(submission("Nguyễn Văn Nhận"));
		String incomplete = submit(submission("Trần Thị Bổ Sung"));
		String refused = submit(submission("Lê Văn Từ Chối"));

		assertThat(inbox.fetchAll()).isEqualTo(new NationalInbox.Round(3, 0));
		String code = dossierOf(accepted);
		Dossier dossier = dossiers.find(code).orElseThrow();
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(dossier.channel()).isEqualTo(SubmissionChannel.ONLINE);
		assertThat(dossier.procedure().code()).isEqualTo(BIRTH);
		assertThat(dossier.applicant().name()).isEqualTo("Nguyễn Văn Nhận");
		List<DossierDocument> documents = dossier.documents();
		assertThat(documents).hasSize(uploaded().size()).allMatch(DossierDocument::digitised);
		try (InputStream in = store.open(documents.get(0).storedDocumentId())) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo("%PDF-1.4 Nguyễn Văn Nhận " + uploaded().get(0).position());
		}
		mvc.perform(get("/counter").with(counterOf("14908")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Nguyễn Văn Nhận"),
					containsString(dossierOf(incomplete)), containsString(dossierOf(refused)))));

		intake.acceptSubmitted(code, "tiepnhan");
		intake.declineSubmitted(dossierOf(incomplete), DossierStatus.INCOMPLETE_AT_INTAKE, "Thiếu giấy chứng sinh",
				"tiepnhan");
		intake.declineSubmitted(dossierOf(refused), DossierStatus.REFUSED_AT_INTAKE, "Không thuộc thẩm quyền",
				"tiepnhan");
		SimulatedPortal.await(() -> delivered(code) == 2 && delivered(dossierOf(incomplete)) == 2
				&& delivered(dossierOf(refused)) == 2, Duration.ofSeconds(30));
		// held from the submission with 1; then MotCua's intake (1) and the counter's answer, under the portal's code
		assertThat(statuses(accepted)).containsExactly(1, 1, 2);
		assertThat(statuses(incomplete)).containsExactly(1, 1, 5);
		assertThat(statuses(refused)).containsExactly(1, 1, 3);
		JsonNode portalDossier = portal.held(accepted);
		assertThat(portalDossier.path("latest").path("SoBienNhan").asString()).isEqualTo(code);
		assertThat(portalDossier.path("progress").get(1).path("NoiDungXuLy").asString()).isEqualTo("Tiếp nhận hồ sơ");
		List<String> held = new ArrayList<>();
		portal.holdings().path("dossiers").forEach(d -> held.add(d.path("MaHoSo").asString()));
		assertThat(held).as("nothing under MotCua's own code").doesNotContain(code);
	}

	@Test
	void theSameSubmissionFetchedTwiceIsOneDossier() throws Exception {
		String twice = submit(submission("Phạm Thị Hai Lần"));
		assertThat(inbox.fetchAll().imported()).isEqualTo(1);
		assertThat(inbox.fetchAll()).isEqualTo(new NationalInbox.Round(0, 0));
		// the cursor lost (a restored backup, a portal that lists again): still one dossier
		jdbc.sql("delete from national_submission_cursor").update();
		assertThat(inbox.fetchAll()).isEqualTo(new NationalInbox.Round(0, 0));
		assertThat(jdbc.sql("select count(*) from dossier where applicant_name = ?").param("Phạm Thị Hai Lần")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(dossierOf(twice)).isNotNull();
	}

	@Test
	void badSubmissionsAreRefusedWithTheReasonOnTheAdministratorsPageAndNothingOfThemIsKept() throws Exception {
		long dossiersBefore = count("dossier");
		long filesBefore = count("stored_document");

		ObjectNode malformed = submission("Vũ Văn Sai Dạng");
		((ObjectNode) malformed.path("TaiLieuNop").get(0)).put("NoiDung", "đây không phải base64!");
		String malformedCode = submit(malformed);
		String unknownCode = submit(submission("Đỗ Thị Không Có Thủ Tục").put("MaTTHC", "9.999999"));
		ObjectNode large = submission("Hồ Văn Tệp Lớn");
		((ObjectNode) large.path("TaiLieuNop").get(0)).put("NoiDung",
				Base64.getEncoder().encodeToString(new byte[1024 * 1024 + 1]));
		String largeCode = submit(large);
		String noIdCode = submit(submission("Mai Văn Thiếu Số").put("MaDoiTuong", "12345"));

		assertThat(inbox.fetchAll()).isEqualTo(new NationalInbox.Round(0, 4));
		assertThat(count("dossier")).isEqualTo(dossiersBefore);
		assertThat(count("stored_document")).as("no file kept").isEqualTo(filesBefore);
		assertThat(jdbc.sql("select count(*) from national_submission where dossier_code is not null and portal_code = any(?)")
			.param(new String[] { malformedCode, unknownCode, largeCode, noIdCode }).query(Long.class).single()).isZero();

		mvc.perform(get("/admin/national-link").with(installationAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(malformedCode),
					containsString("nội dung không phải base64 hợp lệ"), containsString(unknownCode),
					containsString("Thủ tục 9.999999 không có trong danh mục thủ tục đang áp dụng của xã"),
					containsString(largeCode), containsString("lớn hơn 1 MB, giới hạn mỗi tệp nộp trực tuyến"),
					containsString(noIdCode), containsString("Số định danh cá nhân"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NATIONAL_SUBMISSION_REFUSED' and target = ?")
			.param(unknownCode).query(Long.class).single()).isEqualTo(1);
		// refused once: the next round does not take them again
		assertThat(inbox.fetchAll()).isEqualTo(new NationalInbox.Round(0, 0));
	}

	/** A well-formed submission of {@link #BIRTH} for Xã Thiên Phủ: every component to upload, a PDF each. */
	private ObjectNode submission(String applicant) {
		ObjectNode item = JSON.createObjectNode().put("MaTTHC", BIRTH).put("LoaiDoiTuong", "1").put("ChuHoSo", applicant)
			.put("MaDoiTuong", "038095000123").put("SoDienThoai", "0912345678").put("DiaChi", "Thôn 3, xã Thiên Phủ");
		ArrayNode files = item.putArray("TaiLieuNop");
		for (RequiredDocument document : uploaded()) {
			files.addObject().put("TepDinhKemId", String.valueOf(document.position()))
				.put("TenTepDinhKem", "thanh-phan-" + document.position() + ".pdf")
				.put("MaThanhPhanHoSo", String.valueOf(document.position())).put("LoaiTep", "application/pdf")
				.put("NoiDung", Base64.getEncoder().encodeToString(("%PDF-1.4 " + applicant + " " + document.position())
					.getBytes(StandardCharsets.UTF_8)));
		}
		return item;
	}

	private List<RequiredDocument> uploaded() {
		ProcedureVersion version = catalogue.inForce(BIRTH, TestClock.today()).orElseThrow();
		return version.requiredDocuments().stream().filter(d -> !d.shownOnly()).toList();
	}

	/** Submits on the simulated portal for Xã Thiên Phủ; the portal's code. */
	private String submit(ObjectNode item) throws Exception {
		ObjectNode body = JSON.createObjectNode().put("madonvi", "14908");
		body.set("data", item);
		var answer = portal.send("POST", "/simulator/online-submissions", JSON.writeValueAsString(body));
		assertThat(answer.statusCode()).isEqualTo(200);
		return JSON.readTree(answer.body()).path("MaHoSo").asString();
	}

	private String dossierOf(String portalCode) {
		return jdbc.sql("select dossier_code from national_submission where portal_code = ?").param(portalCode)
			.query(String.class).single();
	}

	private List<Integer> statuses(String portalCode) {
		List<Integer> numbers = new ArrayList<>();
		portal.held(portalCode).path("statuses").forEach(n -> numbers.add(n.asInt()));
		return numbers;
	}

	private long delivered(String code) {
		return jdbc.sql("select count(*) from national_outbox where dossier_code = ? and delivered_at is not null")
			.param(code).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static RequestPostProcessor counterOf(String agency) {
		return user("tiepnhan.lienthong").authorities(new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
				new SimpleGrantedAuthority(AgencyAccess.authority(agency, OfficerRole.RECEIVING_OFFICER)));
	}

	private static RequestPostProcessor installationAdmin() {
		return user("admin").authorities(new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN),
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
	}
}
