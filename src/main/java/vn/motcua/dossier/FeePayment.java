package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A payment of the fees and charges of a dossier (nộp phí, lệ phí): how, the receipt (biên lai) number, how much, when. */
public record FeePayment(Method method, String receiptNumber, long amountVnd, LocalDate paidOn,
		OffsetDateTime recordedAt, String recordedBy) {

	/** Tiền mặt, chuyển khoản, thanh toán trực tuyến. */
	public enum Method {
		CASH, BANK_TRANSFER, ONLINE
	}
}
