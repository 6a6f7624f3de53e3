package vn.motcua.nationallink;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.calendar.TimeLimit;
import vn.motcua.nationallink.NationalProcedureComparison.Difference;
import vn.motcua.nationallink.NationalProcedureComparison.National;
import vn.motcua.nationallink.NationalProcedureComparison.Ours;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the national database's published time limits and fees, and what counts as a difference. */
class NationalProcedureComparisonTests {

	@Test
	void aPublishedTimeLimitIsReadAsANumberAndAUnit() {
		assertThat(NationalProcedureComparison.timeLimit("05 ngày làm việc")).contains(TimeLimit.workingDays(5));
		assertThat(NationalProcedureComparison.timeLimit("15 Ngày")).contains(TimeLimit.calendarDays(15));
		assertThat(NationalProcedureComparison.timeLimit("Trong ngày")).contains(TimeLimit.workingDays(0));
		assertThat(NationalProcedureComparison.timeLimit("0 ngày làm việc")).contains(TimeLimit.workingDays(0));
		assertThat(NationalProcedureComparison.timeLimit(
				"03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc"))
			.contains(TimeLimit.workingDays(3));
		assertThat(NationalProcedureComparison.timeLimit("20 ngày; trường hợp phức tạp 10 ngày làm việc"))
			.contains(TimeLimit.calendarDays(20));
		assertThat(NationalProcedureComparison.timeLimit("8 giờ làm việc")).isEqualTo(Optional.empty());
		assertThat(NationalProcedureComparison.timeLimit("")).isEmpty();
	}

	@Test
	void publishedFeesAreAddedUpAndATextWithoutAnAmountIsUnknown() {
		assertThat(NationalProcedureComparison.feeSum(List.of("8.000 đồng", "50000"))).isEqualTo(58_000L);
		assertThat(NationalProcedureComparison.feeSum(List.of("1.500.000 đồng/hồ sơ"))).isEqualTo(1_500_000L);
		assertThat(NationalProcedureComparison.feeSum(List.of("", "Miễn lệ phí", "0"))).isZero();
		assertThat(NationalProcedureComparison.feeSum(List.of())).isZero();
		assertThat(NationalProcedureComparison.feeSum(List.of("Mức thu do HĐND tỉnh quy định"))).isNull();
	}

	@Test
	void nameCaseSpacingAndCompositionAreNotDifferencesButTheRestIs() {
		JsonMapper json = JsonMapper.builder().build();
		Ours ours = new Ours("1.001193", "Thủ tục đăng ký khai sinh", TimeLimit.workingDays(0), 0, true);
		National same = National.of(json.readTree("""
				{"TENTTHC": " THỦ TỤC  đăng ký khai sinh", "THOIGIANGIAIQUYET": "Trong ngày",
				 "PHILEPHI": [{"MUCPHI": "Lệ phí do HĐND tỉnh quy định"}]}"""));
		assertThat(NationalProcedureComparison.differences(ours, same)).isEmpty();
		National other = National.of(json.readTree("""
				{"TENTTHC": "Thủ tục đăng ký khai sinh lưu động", "THOIGIANGIAIQUYET": "01 ngày làm việc",
				 "PHILEPHI": [{"MUCPHI": "8.000"}]}"""));
		assertThat(NationalProcedureComparison.differences(ours, other)).containsExactly(Difference.NAME,
				Difference.TIME_LIMIT, Difference.FEE);
		assertThat(other.fee()).isEqualTo("8.000");
	}
}
