package vn.motcua.dossier;

/**
 * A way the applicant may be told of their dossier's steps, chosen at intake (issue 16): Zalo's notification service
 * (ZNS, to the phone's Zalo account), SMS to the phone, or e-mail. Tried in this order when a channel fails
 * (ZNS → SMS → e-mail), among those the applicant chose.
 */
public enum MessageChannel {
	ZALO, SMS, EMAIL;

	/** Whether the channel reaches a phone (ZNS, SMS) rather than an e-mail address. */
	public boolean byPhone() {
		return this != EMAIL;
	}
}
