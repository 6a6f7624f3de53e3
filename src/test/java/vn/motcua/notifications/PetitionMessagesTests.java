package vn.motcua.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionDesk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 4: a petition received and answered tells the petitioner — by SMS to a mobile number, by e-mail to an
 * address — with its tracking code and the page that follows it; a contact no message reaches gets none.
 */
class PetitionMessagesTests extends NotificationsTestBase {

	@Autowired
	PetitionDesk desk;

	@Test
	void aPetitionerWithAMobileNumberIsToldOfTheReceiptAndOfTheAnswerBySms() throws Exception {
		String phone = "0978" + digits(6);
		Petition petition = desk.file(new PetitionDesk.Filing("14908", Petition.Subject.OFFICER_CONDUCT, null,
				"Cán bộ hẹn sai ngày " + digits(6), "Tôi được hẹn trả kết quả sai ngày.", "Trịnh Văn Phản Ánh",
				phone.substring(0, 4) + " " + phone.substring(4)));
		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 1, Duration.ofSeconds(20));
		assertThat(gateways.smsTo(phone).get(0).path("text").asString())
			.startsWith("Đã nhận phản ánh, kiến nghị " + petition.code())
			.contains("http://localhost:" + port + "/public/phan-anh/theo-doi/" + petition.code());

		desk.classify(petition.code(), Petition.Kind.FEEDBACK, "chuyenvien", "lanhdao");
		desk.answer(petition.code(), "Đã chấn chỉnh cán bộ và hẹn lại đúng ngày.", true, "chuyenvien");
		SimulatedGateways.await(() -> gateways.smsTo(phone).size() == 2, Duration.ofSeconds(20));
		assertThat(gateways.smsTo(phone).get(1).path("text").asString())
			.startsWith("Phản ánh, kiến nghị " + petition.code() + " đã có trả lời");
		assertThat(kinds(petition.code())).containsExactly("PETITION_RECEIVED", "PETITION_ANSWERED");
	}

	@Test
	void aPetitionerWithAnEmailIsToldByEmailAndALandlineGetsNothing() throws Exception {
		String email = "phan.anh." + digits(6) + "@vidu.vn";
		Petition byMail = desk.file(new PetitionDesk.Filing("14908", Petition.Subject.PROCEDURE_RULE, null,
				"Thủ tục cần nhiều bản sao " + digits(6), "Đề nghị bỏ bớt bản sao.", "Lý Thị Kiến Nghị", email));
		SimulatedGateways.await(() -> mailsTo(email).size() == 1, Duration.ofSeconds(20));
		assertThat(mailsTo(email).get(0).getSubject()).isEqualTo("Đã nhận phản ánh, kiến nghị " + byMail.code());

		Petition landline = desk.file(new PetitionDesk.Filing("14908", Petition.Subject.OTHER, null,
				"Giờ làm việc " + digits(6), "Đề nghị mở cửa sáng thứ Bảy.", "Hà Văn Bàn", "02373 852 123"));
		assertThat(kinds(landline.code())).isEmpty();
	}
}
