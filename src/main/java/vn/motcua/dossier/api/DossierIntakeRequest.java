package vn.motcua.dossier.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/dossiers}: a dossier received by an integrator's service account, with the same
 * checks as the counter. Values stay strings until {@link ApiIntake} checks them, so that each wrong one gets its own
 * Vietnamese problem. {@code messageChannels} (issue 16, optional, added after the API was fixed): how the applicant
 * wants to be told of the dossier's steps, as at the counter.
 */
@Schema(description = "Hồ sơ tiếp nhận qua API (cùng các kiểm tra như tại Bộ phận Một cửa)")
record DossierIntakeRequest(
		@Schema(description = "Mã xã (cơ quan tiếp nhận)", example = "14908") String agency,
		@Schema(description = "Mã thủ tục trong danh mục đang có hiệu lực", example = "1.001193") String procedureCode,
		@Schema(description = "DIRECT, POSTAL hoặc ONLINE", example = "DIRECT") String channel,
		Applicant applicant,
		List<Document> documents,
		@Schema(description = "UUID do hệ thống gửi tạo; gửi lại cùng mã thì nhận lại đúng hồ sơ đã tạo (200)")
		String submissionToken,
		@ArraySchema(arraySchema = @Schema(description = "Kênh người nộp chọn để nhận tin nhắn về hồ sơ (không bắt buộc). "
				+ "Bỏ trống: SMS tới số di động đã cho; mảng rỗng: không nhận tin. SMS, ZALO cần số di động; EMAIL cần "
				+ "địa chỉ thư điện tử hợp lệ"), schema = @Schema(allowableValues = { "ZALO", "SMS", "EMAIL" }))
		List<String> messageChannels) {

	/** The applicant: a citizen by {@code idNumber} or {@code passport}, an organisation by {@code taxCode}. */
	record Applicant(@Schema(description = "CITIZEN (mặc định) hoặc ORGANISATION") String kind, String name,
			@Schema(description = "Số định danh cá nhân 12 chữ số") String idNumber,
			@Schema(description = "Mã số thuế (tổ chức)") String taxCode,
			@Schema(description = "Số hộ chiếu (người nước ngoài)") String passport, String phone, String email,
			String address, @Schema(description = "Người đại diện theo pháp luật (tổ chức)") String legalRepresentative) {
	}

	/**
	 * A paper of the procedure handed in: named as the catalogue names it (or by its {@code position}), with its scan as
	 * base64 ({@code content}), which the counter's intake requires for every paper it receives.
	 */
	record Document(@Schema(description = "COMPONENT (thành phần hồ sơ)") String kind,
			@Schema(description = "Tên giấy tờ như trong danh mục thủ tục") String name,
			@Schema(description = "Số thứ tự giấy tờ trong thủ tục (thay cho tên)") Integer position, Boolean original,
			Integer copies, @Schema(description = "Tên tệp bản quét") String fileName,
			@Schema(description = "Kiểu tệp, mặc định application/pdf") String contentType,
			@Schema(description = "Bản quét, mã hóa base64") String content) {
	}
}
