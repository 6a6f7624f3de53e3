package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * One page of an officer's inbox, most urgent first, with the dossiers due within one working day (the warning band:
 * time to send an apology, Mẫu 04) and the procedures to filter by.
 */
public record Inbox(List<InboxRow> rows, int page, int pageSize, long total, List<InboxRow> dueSoon,
		Map<String, String> procedures) {

	public int pages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}
}
