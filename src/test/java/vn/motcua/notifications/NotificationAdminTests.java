package vn.motcua.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.AgencyAccess;
import vn.motcua.shared.OfficerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16 items 1, 2 and 5: the administrator's page of messages (volumes, failure rate per channel, messages that
 * reached nobody, search by phone with the other contacts masked; a commune's administrator sees only their communes),
 * the template editing with a preview and a new audited version, the counter's inbox listing the dossiers whose
 * applicant a message did not reach, and an SMS never confirmed marked UNCONFIRMED instead of SENDING for ever.
 */
class NotificationAdminTests extends NotificationsTestBase {

	private static final RequestPostProcessor INSTALLATION = user("admin").authorities(
			new SimpleGrantedAuthority(AgencyAccess.INSTALLATION_ADMIN), new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));

	@Autowired
	Clock clock;

	@Test
	void theAdministratorSeesVolumesRatesUnreachedMessagesAndSearchesByPhone() throws Exception {
		// a number ending in 000 has no Zalo account: ZNS never delivers, no channel is left, the message FAILED
		String unreachable = "0988" + digits(3) + "000";
		String failed = intake.accept(request("Lò Văn Không Tới", unreachable, null, Set.of(MessageChannel.ZALO)),
				"tiepnhan").code();
		String phone = "0919" + digits(6);
		String waiting = intake.accept(request("Mai Thị Chờ Báo", phone, null, null), "tiepnhan").code();
		SimulatedGateways.await(() -> "FAILED".equals(statusOf(failed)) && "SENDING".equals(statusOf(waiting)),
				Duration.ofSeconds(20));

		// item 5: no receipt within motcua.notifications.receipt-wait (24 h): UNCONFIRMED, with a history line
		assertThat(sender.unconfirmed(OffsetDateTime.now(clock).plusHours(23))).isZero();
		assertThat(statusOf(waiting)).isEqualTo("SENDING");
		assertThat(sender.unconfirmed(OffsetDateTime.now(clock).plusHours(25))).isPositive();
		assertThat(statusOf(waiting)).isEqualTo("UNCONFIRMED");
		assertThat(jdbc.sql("""
				select e.detail from notification_event e join notification n on n.id = e.notification_id
				where n.dossier_code = ? order by e.id desc limit 1""").param(waiting).query(String.class).single())
			.isEqualTo("notifications.detail.unconfirmed");

		// the sweep ran "25 hours later": the period shown reaches that day
		String tomorrow = vn.motcua.TestClock.today().plusDays(2).toString();
		String page = text(get("/admin/notifications").param("to", tomorrow).with(INSTALLATION));
		assertThat(page).contains("Tin nhắn gửi người dân", "Tỷ lệ lỗi theo kênh", "id=\"volume-ZALO-FAILED\"",
				"id=\"rate-ZALO\"", "id=\"volume-SMS-UNCONFIRMED\"");
		String unreached = page.substring(page.indexOf("id=\"unreached-rows\""), page.indexOf("id=\"search\""));
		assertThat(unreached).contains(failed, waiting, "Không gửi được — hãy gọi điện cho người nộp",
				"Không rõ đã đến chưa").doesNotContain(unreachable, phone);
		String zaloRate = page.substring(page.indexOf("id=\"rate-ZALO\""));
		assertThat(zaloRate.substring(0, zaloRate.indexOf("</tr>"))).doesNotContain("<td class=\"number\">0</td>\n"
				+ "          <td class=\"number\">0</td>");

		String found = text(get("/admin/notifications").param("q", "+84 " + phone.substring(1, 4) + " "
				+ phone.substring(4)).with(INSTALLATION));
		String rows = found.substring(found.indexOf("id=\"found-rows\""));
		assertThat(rows).contains(waiting, phone).doesNotContain(failed);
		assertThat(text(get("/admin/notifications").param("q", "12ab").with(INSTALLATION)))
			.contains("Hãy nhập một số điện thoại (9 đến 12 chữ số) hoặc một địa chỉ thư điện tử.");

		// a commune's administrator sees only their communes
		RequestPostProcessor otherCommune = user("quantri-xakhac").authorities(
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(AgencyAccess.authority("00070", OfficerRole.ADMINISTRATOR)));
		assertThat(text(get("/admin/notifications").param("q", phone).param("to", tomorrow).with(otherCommune)))
			.contains("Không có tin nhắn nào gửi tới " + phone).doesNotContain(failed, waiting);
		RequestPostProcessor thienPhu = user("quantri-thienphu").authorities(
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.ADMINISTRATOR)));
		assertThat(text(get("/admin/notifications").with(thienPhu))).contains(failed);

		// item 2: the counter's inbox lists the dossier whose applicant nothing reached
		RequestPostProcessor counter = user("tiepnhan").authorities(new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.RECEIVING_OFFICER)));
		String inbox = text(get("/inbox").with(counter));
		assertThat(inbox).contains("Người nộp chưa nhận được tin nhắn — hãy gọi điện", "id=\"unreached-" + failed + "\"");
		RequestPostProcessor elsewhere = user("tiepnhan.xakhac").authorities(
				new SimpleGrantedAuthority("ROLE_RECEIVING_OFFICER"),
				new SimpleGrantedAuthority(AgencyAccess.authority("00070", OfficerRole.RECEIVING_OFFICER)));
		assertThat(text(get("/inbox").with(elsewhere))).doesNotContain(failed);
	}

	@Test
	void theInstallationAdministratorEditsATemplateWithAPreviewAndSavesANewVersion() throws Exception {
		assertThat(text(get("/admin/notifications/templates").with(INSTALLATION)))
			.contains("Mẫu tin nhắn", "id=\"template-STOPPED\"", "motcua_dung_xu_ly");
		RequestPostProcessor commune = user("quantri-thienphu").authorities(
				new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
				new SimpleGrantedAuthority(AgencyAccess.authority("14908", OfficerRole.ADMINISTRATOR)));
		mvc.perform(get("/admin/notifications/templates/STOPPED").with(commune)).andExpect(status().isForbidden());

		String preview = text(post("/admin/notifications/templates/STOPPED/preview").with(INSTALLATION).with(csrf())
			.param("body", "Hồ sơ {ma_ho_so} đã dừng. {thieu}").param("znsTemplateId", "motcua_dung_xu_ly"));
		assertThat(preview).contains("Hồ sơ 14908-261231-0001 đã dừng.",
				"Tham số thieu không có trong loại tin nhắn này.");
		int before = versions();
		String refused = text(post("/admin/notifications/templates/STOPPED").with(INSTALLATION).with(csrf())
			.param("body", "Đã dừng xử lý hồ sơ.").param("znsTemplateId", "motcua_dung_xu_ly"));
		assertThat(refused).contains("Chưa lưu mẫu tin nhắn", "Mẫu tin nhắn phải có mã hồ sơ: {ma_ho_so}.");
		assertThat(versions()).isEqualTo(before);

		mvc.perform(post("/admin/notifications/templates/STOPPED").with(INSTALLATION).with(csrf())
			.param("body", "Hồ sơ {ma_ho_so} đã dừng xử lý theo yêu cầu của ông/bà. {lien_ket}")
			.param("znsTemplateId", "motcua_dung_xu_ly"))
			.andExpect(status().is3xxRedirection());
		assertThat(versions()).isEqualTo(before + 1);
		assertThat(text(get("/admin/notifications/templates/STOPPED").with(INSTALLATION)))
			.contains("theo yêu cầu của ông/bà", "id=\"version-" + (before + 1) + "\"");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NOTIFICATION_TEMPLATE_CHANGED'"
				+ " and actor = 'admin' and after_value = ?").param("v" + (before + 1)).query(Long.class).single())
			.isEqualTo(1);
	}

	private int versions() {
		return jdbc.sql("select count(*) from notification_template where kind = 'STOPPED'").query(Integer.class)
			.single();
	}

	private String text(RequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}
}
