package vn.motcua.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import vn.motcua.dossier.Decision;
import vn.motcua.dossier.IntakeRefused;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.MessageChannel;
import vn.motcua.shared.RequestLoad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages to applicants end to end over real servers (issue 16): the SMS and ZNS simulators over HTTP, GreenMail
 * over SMTP. Each event makes one message sent once through the chosen channel; a failing channel falls back; a
 * receipt updates the status and a malformed one is refused; a sender stopped between the gateway's acceptance and
 * its record sends nothing twice; bad contacts at intake are refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryTests extends NotificationsTestBase {

	@Test
	void eachEventOfADossierSendsItsMessageOnceBySms() throws Exception {
		String phone = "0912" + digits(6);
		String code = intake.accept(request("Nguyễn Thị Tin Nhắn", phone, null, null), "tiepnhan").code();
		workflow.assign(code, "chuyenvien", "tiepnhan");
		workflow.requestSupplement(code, "Bản sao giấy khai sinh có chứng thực", "Thiếu giấy tờ", false, "chuyenvien");
		workflow.receiveSupplement(code, "tiepnhan");
		workflow.propose(code, Decision.APPROVED, "Đủ điều kiện", "lanhdao", "chuyenvien");
		workflow.decide(code, Decision.APPROVED, null, "lanhdao");
		workflow.attachResult(code, new IntakeRequest.Scan("ket-qua.pdf", "application/pdf",
				"%PDF-1.4 ket qua".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "lanhdao");
		workflow.returnResult(code, "COUNTER", "tiepnhan");

		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 5, Duration.ofSeconds(20));
		List<JsonNode> sent = gateways.smsTo(phone);
		assertThat(sent).extracting(m -> m.path("text").asString()).satisfiesExactly(
				t -> assertThat(t).startsWith("Đã tiếp nhận hồ sơ " + code).contains(links.receiptUrl(code)),
				t -> assertThat(t).contains("cần bổ sung: Bản sao giấy khai sinh có chứng thực"),
				t -> assertThat(t).startsWith("Đã nhận hồ sơ bổ sung " + code),
				t -> assertThat(t).contains("đã có kết quả, nhận tại Bộ phận Một cửa"),
				t -> assertThat(t).startsWith("Đã trả kết quả hồ sơ " + code));
		assertThat(sent).allSatisfy(m -> assertThat(m.path("text").asString()).doesNotContain("038095000123"));
		assertThat(kinds(code)).containsExactly("RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENT_RECEIVED",
				"RESULT_READY", "RETURNED");
		// every message's reference is its id, and its status waits for the receipt
		String reference = sent.get(0).path("reference").asString();
		assertThat(statusById(UUID.fromString(reference))).isEqualTo("SENDING");

		// the same event told again makes no second message
		Thread.sleep(300);
		assertThat(gateways.smsTo(phone)).hasSize(5);
		assertThat(jdbc.sql("select count(*) from notification where dossier_code = ?").param(code).query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aReceiptUpdatesTheStatusOnceAndAMalformedOneIsRefusedAndLogged(CapturedOutput output) throws Exception {
		String phone = "0913" + digits(6);
		String code = intake.accept(request("Trần Văn Báo Nhận", phone, null, null), "tiepnhan").code();
		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 1, Duration.ofSeconds(20));
		JsonNode sms = gateways.smsTo(phone).get(0);
		String receipt = "{\"id\": \"" + sms.path("id").asString() + "\", \"reference\": \""
				+ sms.path("reference").asString() + "\", \"status\": \"DELIVERED\", \"at\": \"2026-11-24T09:31:00+07:00\"}";
		for (int i = 0; i < 2; i++) { // the gateway posts its receipt over HTTP, then again (gateways repeat)
			assertThat(gateways.smsReceipt(sms.path("id").asString(), "DELIVERED")).isEqualTo(204);
		}
		UUID id = UUID.fromString(sms.path("reference").asString());
		assertThat(statusById(id)).isEqualTo("DELIVERED");
		assertThat(jdbc.sql("select status from notification_event where notification_id = ? order by id").param(id)
			.query(String.class).list()).containsExactly("CREATED", "SENDING", "DELIVERED");

		mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer " + SimulatedGateways.SMS_KEY)
			.contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"x\", \"reference\": \"khong-phai-uuid\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Báo nhận không hợp lệ")));
		assertThat(output.getOut()).contains("Malformed SMS receipt refused");
		mvc.perform(post("/api/v1/notifications/receipts").header("Authorization", "Bearer sai")
			.contentType(MediaType.APPLICATION_JSON).content(receipt)).andExpect(status().isUnauthorized());
		assertThat(code).isNotBlank();
	}

	@Test
	void aFailingChannelFallsBackZnsThenSmsThenEmail() throws Exception {
		// a number ending in 000 has no Zalo account (ZNS: not delivered) and its SMS receipt says FAILED
		String phone = "0987" + digits(3) + "000";
		String email = "lan." + digits(6) + "@vidu.vn";
		String code = intake.accept(request("Lê Thị Chuyển Kênh", phone, email,
				Set.of(MessageChannel.ZALO, MessageChannel.SMS, MessageChannel.EMAIL)), "tiepnhan").code();
		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 1, Duration.ofSeconds(20));
		assertThat(gateways.znsTo("84" + phone.substring(1))).hasSize(1);
		JsonNode sms = gateways.smsTo(phone).get(0);
		assertThat(gateways.smsReceipt(sms.path("id").asString(), "FAILED")).isEqualTo(204);
		SimulatedGateways.await(() -> mailsTo(email).size() == 1, Duration.ofSeconds(20));
		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Đã tiếp nhận hồ sơ " + code);
		assertThat(((String) mail.getContent())).contains(links.receiptUrl(code));
		UUID id = UUID.fromString(sms.path("reference").asString());
		SimulatedGateways.await(() -> "DELIVERED".equals(statusById(id)), Duration.ofSeconds(5));
		assertThat(jdbc.sql("select channel from notification_event where notification_id = ? and channel is not null order by id")
			.param(id).query(String.class).list()).containsSubsequence("ZALO", "SMS", "EMAIL");
	}

	@Test
	void anUnreachableGatewayIsRetriedThenTheNextChannelThenFailed() throws Exception {
		gateways.smsFault("{\"kind\": \"SERVER_ERROR\", \"calls\": 1000}");
		try {
			String phone = "0934" + digits(6);
			String code = intake.accept(request("Phạm Văn Mất Sóng", phone, null, Set.of(MessageChannel.SMS)),
					"tiepnhan").code();
			SimulatedGateways.await(() -> "FAILED".equals(statusOf(code)), Duration.ofSeconds(20));
			assertThat(jdbc.sql("select attempts from notification where dossier_code = ?").param(code)
				.query(Integer.class).single()).as("tried again with back-off before giving up").isGreaterThan(2);
		}
		finally {
			gateways.smsBack();
		}
	}

	@Test
	void aSenderStoppedAfterTheGatewayAcceptedSendsNothingTwice() throws Exception {
		sender.hold(true);
		try {
			Thread.sleep(300); // a turn already running ends
			String phone = "0945" + digits(6);
			String code = intake.accept(request("Đỗ Văn Khởi Động Lại", phone, null, null), "tiepnhan").code();
			List<Notifications.Claimed> claimed = sender.claim().stream()
				.filter(m -> m.dossierCode().equals(code)).toList();
			assertThat(claimed).hasSize(1);
			sender.hand(claimed); // accepted by the gateway ... and MotCua stops before recording it
			assertThat(gateways.smsTo(phone)).hasSize(1);
			Thread.sleep(1200); // the hold runs out
			while (sender.turn() > 0) {
				// the restarted sender hands the message again
			}
			assertThat(gateways.smsTo(phone)).as("the gateway deduplicated on the reference").hasSize(1);
			assertThat(jdbc.sql("select gateway_id from notification where dossier_code = ?").param(code)
				.query(String.class).single()).isEqualTo(gateways.smsTo(phone).get(0).path("id").asString());
		}
		finally {
			sender.hold(false);
		}
	}

	@Test
	void aSlowGatewayIsHandedSeveralMessagesAtOnce() throws Exception {
		sender.hold(true);
		try {
			Thread.sleep(300); // a turn already running ends
			List<String> phones = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String phone = "0946" + digits(6);
				intake.accept(request("Ngô Văn Chậm " + i, phone, null, null), "tiepnhan");
				phones.add(phone);
			}
			gateways.smsFault("{\"kind\": \"TIMEOUT\", \"calls\": 8, \"delaySeconds\": 1}"); // each answer after 1 s
			gateways.sms.resetMostAtOnce();
			while (sender.turn() > 0) {
				// every due message handed over
			}
			assertThat(phones).allSatisfy(p -> assertThat(gateways.smsTo(p)).hasSize(1));
			assertThat(gateways.sms.mostAtOnce()).as("messages handed to the gateway at the same time")
				.isGreaterThanOrEqualTo(4);
		}
		finally {
			gateways.smsBack();
			sender.hold(false);
		}
	}

	@Test
	void whilePeopleAreServedATurnTakesAFewMessagesAndTheRestFollowWhenTheyPause(@Autowired RequestLoad load)
			throws Exception {
		sender.hold(true);
		try {
			Thread.sleep(300); // a turn already running ends
			while (sender.turn() > 0) {
				// nothing left from other tests
			}
			List<String> phones = new java.util.ArrayList<>();
			for (int i = 0; i < 25; i++) {
				String phone = "0947" + digits(6);
				intake.accept(request("Đinh Thị Đông Khách " + i, phone, null, null), "tiepnhan");
				phones.add(phone);
			}
			// two requests being answered at once: the counter is busy for the next second
			load.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
					(request, response) -> load.doFilter(request, response, (r, a) -> {
					}));
			assertThat(load.busy()).isTrue();
			assertThat(sender.send()).as("one small batch while busy").isEqualTo(10);
			Thread.sleep(1100);
			assertThat(load.busy()).isFalse();
			assertThat(sender.send()).as("the rest once the counter pauses").isEqualTo(15);
			assertThat(phones).allSatisfy(p -> assertThat(gateways.smsTo(p)).hasSize(1));
		}
		finally {
			sender.hold(false);
		}
	}

	@Test
	void badContactsAtIntakeAreRefusedWithAClearMessage() {
		assertThatThrownBy(() -> intake.accept(request("Vũ Thị Sai Thư", "0912345678", "khong-phai-thu", null),
				"tiepnhan"))
			.isInstanceOfSatisfying(IntakeRefused.class, e -> assertThat(e.problems())
				.anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("dossier.intake.emailInvalid")));
		assertThatThrownBy(() -> intake.accept(request("Vũ Thị Máy Bàn", "02373 123456", null,
				Set.of(MessageChannel.SMS)), "tiepnhan"))
			.isInstanceOfSatisfying(IntakeRefused.class, e -> assertThat(e.problems())
				.anySatisfy(p -> assertThat(p.messageKey()).isEqualTo("dossier.intake.mobileRequired")));
	}

	@Test
	void theCitizenStopsMessagesAndLaterOnesAreWithheld(@Autowired ApplicantContacts contacts) throws Exception {
		String phone = "0967" + digits(6);
		String code = intake.accept(request("Hoàng Văn Không Nhận", phone, null, null), "tiepnhan").code();
		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 1, Duration.ofSeconds(20));
		mvc.perform(post("/public/ho-so/" + code + "/dung-tin-nhan").param("t", "sai-token")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isForbidden());
		String token = links.receiptUrl(code).replaceAll(".*\\?t=", "");
		mvc.perform(post("/public/ho-so/" + code + "/dung-tin-nhan").param("t", token))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/login?expired")); // no CSRF token: refused, as every form without one
		assertThat(contacts.stopped(code)).isFalse();
		mvc.perform(post("/public/ho-so/" + code + "/dung-tin-nhan").param("t", token)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		workflow.assign(code, "chuyenvien", "tiepnhan");
		workflow.requestSupplement(code, "Tờ khai", "Thiếu tờ khai", false, "chuyenvien");
		Thread.sleep(500);
		assertThat(gateways.smsTo(phone)).hasSize(1);
		assertThat(jdbc.sql("select status from notification where dossier_code = ? and kind = 'SUPPLEMENT_REQUESTED'")
			.param(code).query(String.class).single()).isEqualTo("WITHHELD");
		assertThat(contacts.stopped(code)).isTrue();
	}
}
