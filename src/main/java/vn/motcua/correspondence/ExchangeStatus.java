package vn.motcua.correspondence;

/**
 * Statuses of a document on the national document exchange (Trục liên thông văn bản quốc gia, QCVN 102:2016/BTTTT as
 * amended 2022; official-documents.md “Exchange between agencies”): until MotCua connects to a province's exchange the
 * clerk records them by hand from the recipient's answer.
 */
public enum ExchangeStatus {
	PACKAGED("00"), ARRIVED("01"), REFUSED("02"), RECEIVED("03"), ASSIGNED("04"), IN_HANDLING("05"), DONE("06"),
	RECALLED("13");

	private final String code;

	ExchangeStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
