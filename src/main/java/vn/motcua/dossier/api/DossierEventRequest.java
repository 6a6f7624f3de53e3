package vn.motcua.dossier.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/dossiers/{code}/events}: what happened to the dossier, as the history import names it
 * ({@code SUPPLEMENT_REQUESTED}, {@code SUPPLEMENT_RECEIVED}, {@code EXTENDED}, {@code RESOLVED}, {@code RETURNED},
 * {@code STOPPED}) plus {@code ASSIGNED} and {@code PROPOSED}; each uses only the fields it needs.
 */
@Schema(description = "Sự kiện xử lý hồ sơ")
record DossierEventRequest(
		@Schema(description = "SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, STOPPED, ASSIGNED, PROPOSED",
				example = "ASSIGNED") String type,
		@Schema(description = "Thời điểm xảy ra (ISO-8601 có múi giờ); mặc định là bây giờ; không ở tương lai, không trước bước cuối của hồ sơ")
		String at,
		@Schema(description = "Phiên bản hồ sơ đã thấy (GET); khác phiên bản hiện tại thì bị từ chối 409") Integer version,
		@Schema(description = "ASSIGNED: tên đăng nhập chuyên viên") String specialist,
		@Schema(description = "PROPOSED: tên đăng nhập lãnh đạo được trình") String leader,
		@Schema(description = "RESOLVED, PROPOSED: APPROVED hoặc REFUSED") String outcome,
		@Schema(description = "SUPPLEMENT_REQUESTED: giấy tờ, nội dung cần bổ sung") String missing,
		@Schema(description = "Lý do (bổ sung, gia hạn, từ chối, dừng)") String reason,
		@Schema(description = "EXTENDED: ngày hẹn mới YYYY-MM-DD") String newDueDate,
		@Schema(description = "RETURNED: cách trả kết quả") String method,
		@Schema(description = "PROPOSED: ý kiến đề xuất") String note,
		@Schema(description = "STOPPED: DIRECT (mặc định) hoặc POSTAL, cách người nộp yêu cầu rút") String channel,
		@Schema(description = "SUPPLEMENT_REQUESTED: xác nhận yêu cầu bổ sung sau 03 ngày làm việc") Boolean lateConfirmed) {
}
