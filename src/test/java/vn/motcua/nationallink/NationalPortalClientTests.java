package vn.motcua.nationallink;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import vn.motcua.simulators.NationalPortalSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The national portal client against the simulator over real HTTP: sessions, refusals and unavailability told apart. */
class NationalPortalClientTests {

	NationalPortalSimulator simulator;

	NationalPortalClient client;

	@BeforeEach
	void start() throws Exception {
		simulator = NationalPortalSimulator.start(NationalPortalSimulator.Settings.defaults(0));
		client = new NationalPortalClient(settings("mo-phong-mat-khau", "MOTCUA-SIM"), messages());
	}

	@AfterEach
	void stop() {
		simulator.close();
	}

	@Test
	void itSignsInSynchronisesAndSignsInAgainWhenTheSessionExpires() throws Exception {
		JsonNode answer = client.call("DongBoHoSoMC", "14908", insert("14908-261124-0001"));
		assertThat(answer.path("error_code").asString()).isEqualTo("0");
		fault("{\"kind\": \"SESSION_EXPIRED\"}");
		ObjectNode lookUp = client.object().put("MaHoSo", "14908-261124-0001");
		assertThat(client.call("TraCuuHoSo", "14908", lookUp).path("result").size())
			.as("signed in again, then answered").isEqualTo(1);
		assertThat(client.procedure("1.001193", "14908")).get()
			.extracting(p -> p.path("TENTTHC").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(client.procedure("9.999999", "14908")).isEmpty();
	}

	@Test
	void aRefusalForTheContentIsNotAnOutageAndAnOutageSaysWhenToComeBack() throws Exception {
		client.call("DongBoHoSoMC", "14908", insert("14908-261124-0002"));
		assertThatThrownBy(() -> client.call("DongBoHoSoMC", "14908", insert("14908-261124-0002")))
			.isInstanceOf(NationalPortalClient.Refused.class).hasMessageContaining("đã có trên Cổng");
		fault("{\"kind\": \"RATE_LIMITED\", \"retryAfterSeconds\": 12}");
		assertThatThrownBy(() -> client.call("DongBoHoSoMC", "14908", insert("14908-261124-0003")))
			.isInstanceOfSatisfying(NationalPortalClient.Unavailable.class,
					e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(12)));
		fault("{\"kind\": \"SERVER_ERROR\"}");
		assertThatThrownBy(() -> client.call("DongBoHoSoMC", "14908", insert("14908-261124-0003")))
			.isInstanceOf(NationalPortalClient.Unavailable.class).hasMessage("Cổng đang lỗi (HTTP 503)");
		fault("{\"kind\": \"DOWN\"}");
		assertThatThrownBy(() -> client.call("DongBoHoSoMC", "14908", insert("14908-261124-0003")))
			.isInstanceOf(NationalPortalClient.Unavailable.class);
		assertThat(client.call("DongBoHoSoMC", "14908", insert("14908-261124-0003")).path("error_code").asString())
			.isEqualTo("0");
	}

	@Test
	void aWrongPasswordOrDestinationIsAnOutageToFixNotARefusedDossier() {
		NationalPortalClient wrongPassword = new NationalPortalClient(settings("sai", "MOTCUA-SIM"), messages());
		assertThatThrownBy(() -> wrongPassword.call("TraCuuHoSo", "14908", wrongPassword.object()))
			.isInstanceOf(NationalPortalClient.Unavailable.class)
			.hasMessageStartingWith("Không đăng nhập được vào Cổng: ").hasMessageContaining("Sai tên đăng nhập");
		NationalPortalClient wrongDestination = new NationalPortalClient(settings("mo-phong-mat-khau", "KHAC"), messages());
		assertThatThrownBy(() -> wrongDestination.call("TraCuuHoSo", "14908", wrongDestination.object()))
			.isInstanceOf(NationalPortalClient.Unavailable.class)
			.hasMessage("Cổng từ chối quyền truy cập (HTTP 403): kiểm tra MOTCUA_DVCQG_DSTCODE");
	}

	@Test
	void instantsAreWrittenInVietnamTime() {
		assertThat(NationalPortalClient.instant(OffsetDateTime.parse("2026-11-24T02:30:05Z"))).isEqualTo("20261124093005");
		assertThat(NationalPortalClient.instant(null)).isEmpty();
	}

	private ObjectNode insert(String code) {
		ObjectNode fields = client.object().put("isUpdating", "False");
		fields.putArray("data").addObject().put("MaHoSo", code).put("MaTTHC", "1.001193")
			.put("TenTTHC", "Thủ tục đăng ký khai sinh").put("LoaiDoiTuong", "1").put("TrangThaiHoSo", "2")
			.put("NgayTiepNhan", "20261124093000").put("NgayHenTra", "20261124170000");
		return fields;
	}

	/** The application's bundle the link's reasons are in, read as Spring Boot reads it (UTF-8). */
	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private NationalLinkSettings settings(String password, String dstcode) {
		return new NationalLinkSettings("http://localhost:" + simulator.port(), null, null, null, "motcua-sim",
				password, dstcode, "14908", Duration.ofSeconds(3));
	}

	private void fault(String body) throws Exception {
		java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + simulator.port() + "/simulator/faults"))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
				java.net.http.HttpResponse.BodyHandlers.discarding());
	}
}
