package vn.motcua.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void foldsVietnameseToPlainLowerCaseWordsIncludingDWithStroke() {
		assertThat(SearchText.fold("Thủ tục Đăng ký khai sinh")).isEqualTo("thu tuc dang ky khai sinh");
		assertThat(SearchText.fold("ĐỒNG  XUÂN, Ưu tiên; ơn")).isEqualTo("dong xuan uu tien on");
	}

	@Test
	void keepsTheDotsOfACodeButNotOtherDots() {
		assertThat(SearchText.fold("1.001193")).isEqualTo("1.001193");
		assertThat(SearchText.fold("Chứng thực. Mã 2.000884.")).isEqualTo("chung thuc ma 2.000884");
	}

	@Test
	void decomposedInputFoldsLikeComposedInput() {
		String decomposed = java.text.Normalizer.normalize("Đăng ký", java.text.Normalizer.Form.NFD);
		assertThat(SearchText.words(decomposed)).containsExactly("dang", "ky");
	}
}
