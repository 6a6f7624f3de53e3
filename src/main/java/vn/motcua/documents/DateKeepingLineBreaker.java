package vn.motcua.documents;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * The renderer's line breaker, except that a date as documents print it (“14/07/2025”, “02/8/2025”) is never split at
 * its slashes: a reader must never see “14/07” at the end of a line and “/2025” on the next ({@code one-stop-rules.md},
 * Language on paper). One instance per rendering (it keeps the text it breaks).
 */
final class DateKeepingLineBreaker implements FSTextBreaker {

	private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

	private final FSTextBreaker lines = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance());

	private final List<int[]> dates = new ArrayList<>();

	@Override
	public void setText(String text) {
		lines.setText(text);
		dates.clear();
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			dates.add(new int[] { date.start(), date.end() });
		}
	}

	@Override
	public int next() {
		int at = lines.next();
		while (at != BreakIterator.DONE && insideDate(at)) {
			at = lines.next();
		}
		return at;
	}

	private boolean insideDate(int at) {
		for (int[] date : dates) {
			if (at > date[0] && at < date[1]) {
				return true;
			}
		}
		return false;
	}
}
