package vn.motcua.shared;

import java.time.ZoneId;

/** The time zone of every legal date and deadline: Asia/Ho_Chi_Minh. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}
}
