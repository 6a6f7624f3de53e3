package vn.motcua.simulators;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The national portal simulator over real HTTP, as MotCua's link will speak to it: sign in, synchronise a dossier
 * (insert, then updates), its progress, look it up, a procedure from the national database; and each way it can be
 * told to fail.
 */
class NationalPortalSimulatorTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	NationalPortalSimulator simulator;

	HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		simulator = NationalPortalSimulator.start(NationalPortalSimulator.Settings.defaults(0));
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void aDossierIsSynchronisedThenUpdatedWithItsProgressAndCanBeLookedUp() throws Exception {
		String session = signIn();
		JsonNode inserted = call(session, "DongBoHoSoMC", """
				"isUpdating": "False", "data": [%s]""".formatted(dossier("14908-261124-0001", 2)));
		assertThat(inserted.path("error_code").asString()).isEqualTo("0");
		JsonNode again = call(session, "DongBoHoSoMC", """
				"isUpdating": "False", "data": [%s]""".formatted(dossier("14908-261124-0001", 2)));
		assertThat(again.path("error_code").asString()).isEqualTo("-1");
		assertThat(again.path("message").asString()).contains("đã có trên Cổng");
		assertThat(call(session, "DongBoHoSoMC", """
				"isUpdating": "True", "data": [%s]""".formatted(dossier("14908-261124-0001", 4)))
			.path("error_code").asString()).isEqualTo("0");
		JsonNode progress = call(session, "CapNhatTienDoHoSoMC", """
				"data": [{"MaHoSo": "14908-261124-0001", "NguoiXuLy": "Phạm Văn Minh", "ChucDanh": "Công chức",
				  "ThoiDiemXuLy": "20261124103000", "PhongBanXuLy": "Văn phòng HĐND và UBND",
				  "NoiDungXuLy": "Thẩm định hồ sơ", "TrangThai": "4", "NgayBatDau": "20261124093000",
				  "NgayKetThucTheoQuyDinh": "20261126170000"}]""");
		assertThat(progress.path("error_code").asString()).isEqualTo("0");
		JsonNode found = call(session, "TraCuuHoSo", "\"MaHoSo\": \"14908-261124-0001\"");
		assertThat(found.path("result").get(0).path("TrangThaiHoSo").asString()).isEqualTo("4");
		assertThat(call(session, "TraCuuHoSo", "\"MaHoSo\": \"14908-000000-9999\"").path("result").size()).isZero();

		JsonNode held = get("/simulator/dossiers");
		assertThat(held.path("dossiers").get(0).path("statuses").toString()).isEqualTo("[2,4]");
		assertThat(held.path("dossiers").get(0).path("progress").size()).isEqualTo(1);
		String page = http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("14908-261124-0001", "2 → 4", "4 Đang xử lý");
	}

	@Test
	void badContentIsRefusedWithTheFieldAndNothingOfTheCallIsKept() throws Exception {
		String session = signIn();
		JsonNode refused = call(session, "DongBoHoSoMC", """
				"isUpdating": "False", "data": [%s, %s]""".formatted(dossier("14908-261124-0002", 2),
				dossier("14908-261124-0003", 2).replace("20261124093000", "2026-11-24 09:30")));
		assertThat(refused.path("error_code").asString()).isEqualTo("-1");
		assertThat(refused.path("message").asString()).contains("Hồ sơ thứ 2", "NgayTiepNhan", "yyyyMMddHHmmss");
		assertThat(get("/simulator/dossiers").path("dossiers").size()).as("all or none").isZero();
		assertThat(call(session, "CapNhatTienDoHoSoMC", """
				"data": [{"MaHoSo": "14908-261124-0009", "TrangThai": "4", "ThoiDiemXuLy": "20261124103000"}]""")
			.path("message").asString()).contains("không tìm thấy hồ sơ");
		assertThat(call(session, "DongBoHoSoMC", """
				"isUpdating": "False", "data": [%s]""".formatted(dossier("14908-261124-0004", 11)))
			.path("message").asString()).contains("TrangThaiHoSo", "từ 1 đến 10");
	}

	@Test
	void aProcedureComesFromTheNationalDatabaseAndCanBeSetDifferently() throws Exception {
		String session = signIn();
		JsonNode birth = call(session, "LayThuTuc", "\"MaTTHC\": \"1.001193\"").path("result").get(0);
		assertThat(birth.path("TENTTHC").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(birth.path("LINHVUCTHUCHIEN").get(0).path("TENLINHVUC").asString()).isEqualTo("Hộ tịch");
		post("/simulator/procedures", """
				{"MATTHC": "1.001193", "TENTTHC": "Đăng ký khai sinh", "THOIGIANGIAIQUYET": "1 ngày làm việc"}""");
		assertThat(call(session, "LayThuTuc", "\"MaTTHC\": \"1.001193\"").path("result").get(0).path("TENTTHC")
			.asString()).isEqualTo("Đăng ký khai sinh");
		assertThat(call(session, "LayThuTuc", "\"MaTTHC\": \"9.999999\"").path("result").size()).isZero();
	}

	@Test
	void signingInNeedsTheRightNameAndDestinationAndAnExpiredSessionIsRefused() throws Exception {
		HttpResponse<String> wrong = post(simulator.settings().authPath(), "{\"username\": \"motcua-sim\", \"password\": \"x\"}");
		assertThat(wrong.statusCode()).isEqualTo(401);
		HttpResponse<String> noDestination = http.send(HttpRequest.newBuilder(uri(simulator.settings().authPath()))
			.POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noDestination.statusCode()).isEqualTo(403);
		String session = signIn();
		fault("{\"kind\": \"SESSION_EXPIRED\"}");
		HttpResponse<String> expired = service(session, "TraCuuHoSo", "\"MaHoSo\": \"x\"");
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(expired.body()).path("error_code").asString()).isEqualTo("-2");
		assertThat(call(signIn(), "TraCuuHoSo", "\"MaHoSo\": \"x\"").path("error_code").asString()).isEqualTo("0");
	}

	@Test
	void toldToFailItIsRateLimitedThenBusyThenDownThenRefusesAFieldThenAnswersLate() throws Exception {
		String session = signIn();
		fault("{\"kind\": \"RATE_LIMITED\", \"retryAfterSeconds\": 7}");
		fault("{\"kind\": \"SERVER_ERROR\", \"calls\": 2}");
		fault("{\"kind\": \"DOWN\"}");
		fault("{\"kind\": \"REFUSED_FIELD\", \"field\": \"ChuHoSo\"}");
		fault("{\"kind\": \"TIMEOUT\", \"delaySeconds\": 3}");
		String insert = "\"isUpdating\": \"False\", \"data\": [" + dossier("14908-261124-0005", 2) + "]";
		HttpResponse<String> limited = service(session, "DongBoHoSoMC", insert);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).contains("7");
		assertThat(service(session, "DongBoHoSoMC", insert).statusCode()).isEqualTo(503);
		assertThat(service(session, "DongBoHoSoMC", insert).statusCode()).isEqualTo(503);
		assertThatThrownBy(() -> service(session, "DongBoHoSoMC", insert)).isInstanceOf(IOException.class);
		JsonNode refused = JSON.readTree(service(session, "DongBoHoSoMC", insert).body());
		assertThat(refused.path("message").asString()).contains("ChuHoSo");
		assertThat(get("/simulator/dossiers").path("dossiers").size()).as("nothing kept so far").isZero();
		assertThatThrownBy(() -> http.send(request(simulator.settings().integrationPath(),
				"{\"session\": \"" + session + "\", \"madonvi\": \"14908\", \"service\": \"DongBoHoSoMC\", " + insert + "}")
			.timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(HttpTimeoutException.class);
		assertThat(get("/simulator/dossiers").path("dossiers").size())
			.as("the late call was carried out, though its answer never reached the client").isEqualTo(1);
		assertThat(call(session, "TraCuuHoSo", "\"MaHoSo\": \"14908-261124-0005\"").path("result").size()).isEqualTo(1);
	}

	private static String dossier(String code, int status) {
		return """
				{"MaHoSo": "%s", "MaTTHC": "1.001193", "TenTTHC": "Thủ tục đăng ký khai sinh", "MaLinhVuc": "",
				 "TenLinhVuc": "Hộ tịch", "SoBienNhan": "%s", "ChuHoSo": "Nguyễn Văn An", "LoaiDoiTuong": "1",
				 "SoDienThoai": "", "TrichYeuHoSo": "Đăng ký khai sinh", "NgayTiepNhan": "20261124093000",
				 "NgayHenTra": "20261124170000", "TrangThaiHoSo": "%d", "NgayTra": "", "HinhThuc": "0",
				 "DonViXuLy": "UBND xã Thiên Phủ", "TaiLieuNop": [], "DanhSachLePhi": []}""".formatted(code, code, status);
	}

	private String signIn() throws Exception {
		HttpResponse<String> answer = post(simulator.settings().authPath(),
				"{\"username\": \"motcua-sim\", \"password\": \"mo-phong-mat-khau\"}");
		assertThat(answer.statusCode()).isEqualTo(200);
		return JSON.readTree(answer.body()).path("session").asString();
	}

	private JsonNode call(String session, String service, String fields) throws Exception {
		HttpResponse<String> answer = service(session, service, fields);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private HttpResponse<String> service(String session, String service, String fields) throws Exception {
		return post(simulator.settings().integrationPath(), "{\"session\": \"" + session
				+ "\", \"madonvi\": \"14908\", \"service\": \"" + service + "\", " + fields + "}");
	}

	private void fault(String body) throws Exception {
		assertThat(post("/simulator/faults", body).statusCode()).isEqualTo(200);
	}

	private JsonNode get(String path) throws Exception {
		return JSON.readTree(http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
			.body());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(request(path, body).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String body) {
		return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json; charset=utf-8")
			.header("dstcode", simulator.settings().dstcode()).POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + simulator.port() + path);
	}
}
