package vn.motcua.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for accent-insensitive search: no diacritics, Đ/đ → d, lower case, punctuation to spaces
 * (the dots of a code such as {@code 1.001193} stay). “Đăng ký khai sinh” becomes “dang ky khai sinh”.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9.]+|(?<![0-9])\\.|\\.(?![0-9])");

	private SearchText() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
		return SEPARATORS.matcher(plain).replaceAll(" ").trim().replaceAll(" +", " ");
	}

	public static List<String> words(String query) {
		String folded = fold(query);
		return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
	}
}
