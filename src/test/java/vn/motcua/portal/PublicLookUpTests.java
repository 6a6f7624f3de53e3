package vn.motcua.portal;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.MotCuaTest;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12, item 7: public look-ups. An IPv6 client rotating addresses inside its /64 is one client; a malformed code
 * is answered exactly as an unknown one; the refusal says nothing about the code; the QR token expires a year after
 * the dossier closes and an officer can revoke it, after which the link says it is no longer valid.
 */
@MotCuaTest
class PublicLookUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalFixtures fixtures;

	@Autowired
	DossierLinks links;

	@Autowired
	JdbcClient jdbc;

	static final RequestPostProcessor COUNTER = user("tiepnhan.thuhoi").authorities(
			new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
			new SimpleGrantedAuthority("AGENCY_14908_RECEIVING_OFFICER"));

	@Test
	void anIpv6ClientRotatingAddressesInsideItsSlash64IsRefusedAsOne() throws Exception {
		Dossier dossier = fixtures.received();
		MvcResult refused = null;
		for (int i = 1; i <= 200 && refused == null; i++) {
			MvcResult result = mvc.perform(get("/public/ho-so/14908-000000-" + String.format("%04d", i))
				.with(from("2001:db8:77:5:" + Integer.toHexString(i) + "::" + Integer.toHexString(i * 3)))).andReturn();
			if (result.getResponse().getStatus() == 429) {
				refused = result;
			}
		}
		assertThat(refused).as("a look-up among the first 200 from one /64 was refused").isNotNull();

		MvcResult existing = mvc.perform(get("/public/ho-so/" + dossier.code()).with(from("2001:db8:77:5::ffff")))
			.andReturn();
		assertThat(existing.getResponse().getStatus()).as("the refusal does not depend on the code").isEqualTo(429);
		assertThat(body(existing)).isEqualTo(body(refused));
		assertThat(body(existing)).contains("Bạn đã tra cứu quá nhiều lần").doesNotContain(dossier.code());

		assertThat(mvc.perform(get("/public/ho-so/" + dossier.code()).with(from("2001:db8:77:6::1"))).andReturn()
			.getResponse().getStatus()).as("the next /64").isEqualTo(200);
	}

	@Test
	void aMalformedCodeIsAnsweredExactlyAsAnUnknownOne() throws Exception {
		MvcResult unknown = mvc.perform(get("/public/ho-so/14908-000000-9998").with(from("198.51.100.80"))).andReturn();
		MvcResult malformed = mvc.perform(get("/public/ho-so/x'OR'1'='1 --").with(from("198.51.100.80")))
			.andReturn();
		MvcResult huge = mvc.perform(get("/public/ho-so/" + "9".repeat(500)).with(from("198.51.100.80"))).andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(malformed.getResponse().getStatus()).isEqualTo(404);
		assertThat(huge.getResponse().getStatus()).isEqualTo(404);
		assertThat(body(malformed)).isEqualTo(body(unknown)).contains("Không tìm thấy");
		assertThat(body(huge)).isEqualTo(body(unknown));

		String formUnknown = body(mvc.perform(get("/public/tra-cuu").param("ma", "14908-000000-9998")
			.with(from("198.51.100.80"))).andReturn());
		MvcResult formMalformed = mvc.perform(get("/public/tra-cuu").param("ma", "<b>" + "x".repeat(300))
			.with(from("198.51.100.80"))).andReturn();
		assertThat(formMalformed.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(formMalformed)).contains("Không tìm thấy hồ sơ có mã này").doesNotContain("x".repeat(41));
		assertThat(formUnknown).contains("Không tìm thấy hồ sơ có mã này");
	}

	@Test
	void anOfficerRevokesTheQrLinkOfALostReceiptAndTheNextPrintCarriesANewOne() throws Exception {
		Dossier dossier = fixtures.received();
		String old = path(links.receiptUrl(dossier.code()));
		assertThat(status(get(old))).isEqualTo(200);

		String page = body(mvc.perform(get("/dossiers/" + dossier.code()).with(COUNTER)).andReturn());
		assertThat(page).contains("id=\"action-revoke-link\"");
		MvcResult revoked = mvc.perform(post("/dossiers/" + dossier.code() + "/revoke-link").with(COUNTER).with(csrf()))
			.andReturn();
		assertThat(revoked.getFlashMap().get("done")).isEqualTo("dossier.page.done.revoke-link");
		assertThat(body(mvc.perform(get("/dossiers/" + dossier.code()).with(COUNTER)).andReturn()))
			.containsPattern("Đã thu hồi lần gần nhất lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");

		MvcResult gone = mvc.perform(get(old)).andReturn();
		assertThat(gone.getResponse().getStatus()).isEqualTo(410);
		assertThat(body(gone)).contains("Đường dẫn không còn hiệu lực", "tra cứu hồ sơ bằng mã hồ sơ")
			.doesNotContain(PortalFixtures.NAME, PortalFixtures.PHONE);
		String fresh = path(links.receiptUrl(dossier.code()));
		assertThat(fresh).isNotEqualTo(old);
		assertThat(body(mvc.perform(get(fresh)).andReturn())).contains(PortalFixtures.NAME);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DOSSIER_LINK_REVOKED' and target = ?")
			.param(dossier.code()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theQrLinkExpiresAYearAfterTheDossierClosed() throws Exception {
		Dossier recent = fixtures.returned();
		Dossier longAgo = fixtures.returned();
		closedDaysAgo(recent, 300);
		closedDaysAgo(longAgo, 366);

		assertThat(status(get(path(links.receiptUrl(recent.code()))))).isEqualTo(200);
		MvcResult expired = mvc.perform(get(path(links.receiptUrl(longAgo.code())))).andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(body(expired)).contains("Đường dẫn không còn hiệu lực").doesNotContain(PortalFixtures.NAME);
		String rating = path(links.receiptUrl(longAgo.code())).replace("?t=", "/danh-gia?t=");
		assertThat(status(get(rating))).as("rating by an expired link").isEqualTo(410);
		assertThat(status(get("/public/ho-so/" + longAgo.code()))).as("by code, the public view stays").isEqualTo(200);
	}

	private void closedDaysAgo(Dossier dossier, int days) {
		jdbc.sql("update dossier_step set at = at - make_interval(days => ?) where dossier_id = ?")
			.params(days, dossier.id()).update();
	}

	private final AtomicInteger addresses = new AtomicInteger(90);

	/** The status of a request from a fresh address each time (these tests are not about the limiter). */
	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(from("198.51.100." + addresses.incrementAndGet()))).andReturn()
			.getResponse().getStatus();
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/public/"));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String body(MvcResult result) throws Exception {
		result.getResponse().setCharacterEncoding("UTF-8");
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

}
