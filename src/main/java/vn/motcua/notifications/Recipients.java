package vn.motcua.notifications;

/** How a phone number or an address is shown to officers beside a message: enough to tell it, not to copy it. */
final class Recipients {

	private Recipients() {
	}

	/** {@code 0912345678} → {@code 091****678}; {@code lan@vidu.vn} → {@code l***@vidu.vn}. */
	static String masked(String recipient) {
		if (recipient == null || recipient.isBlank()) {
			return null;
		}
		int at = recipient.indexOf('@');
		if (at > 0) {
			return recipient.charAt(0) + "***" + recipient.substring(at);
		}
		return recipient.length() <= 6 ? "***" : recipient.substring(0, 3) + "****"
				+ recipient.substring(recipient.length() - 3);
	}
}
