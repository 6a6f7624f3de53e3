package vn.motcua.catalogue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import vn.motcua.MotCuaTest;
import vn.motcua.shared.SubmissionChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules of legal-rules.md §5: versions in force today; abolished procedures and versions not yet
 * effective are left out; withFees counts a fee above 0 whether exempt or not; feeExempt counts exemptions in
 * force. The shared test database holds other data, so each test compares the figures before and after.
 */
@MotCuaTest
@WithMockUser(username = "catalogue-test", authorities = "INSTALLATION_ADMIN")
class CatalogueCountingRulesTests {

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport imports;

	@Autowired
	Clock clock;

	@Test
	void aFeeExemptProcedureWithANonzeroFeeCountsBothWithFeesAndFeeExempt() {
		CatalogueSummary before = catalogue.summary();
		load(CatalogueCsv.standard().procedure("7.100001", "Chứng thực miễn phí có mức phí", "FULL_ONLINE", 50000, true));
		CatalogueSummary after = catalogue.summary();

		assertThat(after.total() - before.total()).isEqualTo(1);
		assertThat(after.withFees().total() - before.withFees().total()).isEqualTo(1);
		assertThat(after.withFees().FULL_ONLINE() - before.withFees().FULL_ONLINE()).isEqualTo(1);
		assertThat(after.feeExempt() - before.feeExempt()).isEqualTo(1);
	}

	@Test
	void anAbolishedProcedureIsLeftOutFromTheDayItIsAbolished() {
		LocalDate today = LocalDate.now(clock);
		CatalogueSummary before = catalogue.summary();
		String lastYear = today.minusYears(1).toString();
		load(CatalogueCsv.withColumns("effective_from", "abolished_on", "abolition_decision")
			.procedure("7.100002", "Thủ tục đã bãi bỏ", "IN_PERSON", 10000, false, lastYear, today.toString(), "99/QĐ-UBND")
			.procedure("7.100003", "Thủ tục sẽ bãi bỏ tháng sau", "IN_PERSON", 10000, false, lastYear,
					today.plusMonths(1).toString(), "100/QĐ-UBND"));
		CatalogueSummary after = catalogue.summary();

		assertThat(after.total() - before.total()).as("only the one abolished next month counts").isEqualTo(1);
		assertThat(after.byServiceLevel().IN_PERSON() - before.byServiceLevel().IN_PERSON()).isEqualTo(1);
		assertThat(after.withFees().IN_PERSON() - before.withFees().IN_PERSON()).isEqualTo(1);
		assertThat(catalogue.inForce("7.100002", today)).isEmpty();
		assertThat(catalogue.inForce("7.100002", today.minusDays(1))).isPresent();
		assertThat(catalogue.history("7.100002")).hasSize(1);
		assertThat(catalogue.search("Thủ tục đã bãi bỏ", null, null, 10)).isEmpty();
	}

	@Test
	void aProcedureWithTwoVersionsCountsOnceWithTheVersionInForce() {
		LocalDate today = LocalDate.now(clock);
		CatalogueSummary before = catalogue.summary();
		load(CatalogueCsv.withColumns("effective_from")
			.procedure("7.100004", "Thủ tục hai phiên bản", "IN_PERSON", 0, false, today.minusYears(1).toString())
			.procedure("7.100004", "Thủ tục hai phiên bản", "FULL_ONLINE", 15000, false, today.minusDays(10).toString())
			.procedure("7.100005", "Thủ tục có phiên bản sắp tới", "PARTIAL_ONLINE", 0, false, today.minusYears(1).toString())
			.procedure("7.100005", "Thủ tục có phiên bản sắp tới", "FULL_ONLINE", 30000, false, today.plusDays(5).toString())
			.procedure("7.100006", "Thủ tục chưa có hiệu lực", "FULL_ONLINE", 0, false, today.plusDays(1).toString()));
		CatalogueSummary after = catalogue.summary();

		assertThat(after.total() - before.total()).isEqualTo(2);
		assertThat(after.byServiceLevel().FULL_ONLINE() - before.byServiceLevel().FULL_ONLINE()).isEqualTo(1);
		assertThat(after.byServiceLevel().PARTIAL_ONLINE() - before.byServiceLevel().PARTIAL_ONLINE()).isEqualTo(1);
		assertThat(after.byServiceLevel().IN_PERSON() - before.byServiceLevel().IN_PERSON()).isZero();
		assertThat(after.withFees().total() - before.withFees().total()).isEqualTo(1);

		ProcedureVersion old = catalogue.inForce("7.100004", today.minusMonths(1)).orElseThrow();
		ProcedureVersion current = catalogue.inForce("7.100004", today).orElseThrow();
		assertThat(old.serviceLevel()).isEqualTo(ServiceLevel.IN_PERSON);
		assertThat(current.serviceLevel()).isEqualTo(ServiceLevel.FULL_ONLINE);
		assertThat(current.id()).isNotEqualTo(old.id());
		assertThat(catalogue.version(old.id())).contains(old);
		assertThat(catalogue.inForce("7.100006", today)).isEmpty();
		assertThat(catalogue.inForce("7.100006", today.plusDays(1))).isPresent();
		assertThat(catalogue.inForce("7.999999", today)).isEmpty();
	}

	@Test
	void aChangedRowWithoutADateBecomesANewVersionFromTodayAndTheOldOneStays() {
		LocalDate today = LocalDate.now(clock);
		load(CatalogueCsv.withColumns("effective_from")
			.procedure("7.100007", "Thủ tục được sửa", "IN_PERSON", 0, false, today.minusYears(1).toString()));
		ProcedureVersion before = catalogue.inForce("7.100007", today).orElseThrow();

		ImportResult result = load(CatalogueCsv.standard().procedure("7.100007", "Thủ tục được sửa", "FULL_ONLINE", 0, false));

		assertThat(result.updated()).isEqualTo(1);
		assertThat(result.newVersions()).isEqualTo(1);
		ProcedureVersion after = catalogue.inForce("7.100007", today).orElseThrow();
		assertThat(after.effectiveFrom()).isEqualTo(today);
		assertThat(after.serviceLevel()).isEqualTo(ServiceLevel.FULL_ONLINE);
		assertThat(catalogue.version(before.id()).orElseThrow().serviceLevel()).isEqualTo(ServiceLevel.IN_PERSON);
		assertThat(load(CatalogueCsv.standard().procedure("7.100007", "Thủ tục được sửa", "FULL_ONLINE", 0, false))
			.unchanged()).isEqualTo(1);
	}

	@Test
	void onlineSubmissionWaivesTheFeesUnderThanhHoasResolutionButNotAtTheCounter() {
		LocalDate today = LocalDate.now(clock);
		load(CatalogueCsv.withColumns("fee_exempt_channel", "fee_kind")
			.procedure("7.100008", "Cấp bản sao trích lục thử", "PARTIAL_ONLINE", 8000, true, "ONLINE", "PHI"));
		ProcedureVersion version = catalogue.inForce("7.100008", today).orElseThrow();

		FeeAssessment online = catalogue.assessFees(version.id(), SubmissionChannel.ONLINE, today);
		FeeAssessment counter = catalogue.assessFees(version.id(), SubmissionChannel.DIRECT, today);

		assertThat(online.totalDueVnd()).isZero();
		assertThat(online.lines()).singleElement().satisfies(line -> {
			assertThat(line.fee().amountVnd()).isEqualTo(8000);
			assertThat(line.fee().kind()).isEqualTo(Fee.Kind.FEE);
			assertThat(line.exemption().legalBasis()).isEqualTo("Nghị quyết 12/2025/NQ-HĐND");
		});
		assertThat(counter.totalDueVnd()).isEqualTo(8000);
		assertThat(counter.exemptionsApplied()).isEmpty();
	}

	@Test
	void searchFindsANameWithOrWithoutDiacriticsAndByCode() {
		load(CatalogueCsv.standard()
			.procedure("7.100010", "Thủ tục đăng ký khai sinh thử nghiệm Đồng Xuân", "FULL_ONLINE", 0, false)
			.procedure("7.100011", "Thủ tục đăng ký khai sinh thử nghiệm Đồng Xuân có yếu tố nước ngoài", "FULL_ONLINE", 0, false));

		assertThat(catalogue.search("dang ky khai sinh thu nghiem dong xuan", null, null, 10))
			.extracting(ProcedureSummary::code).containsExactly("7.100010", "7.100011");
		assertThat(catalogue.search("ĐỒNG XUÂN yếu tố", null, null, 10))
			.extracting(ProcedureSummary::code).containsExactly("7.100011");
		assertThat(catalogue.search("7.100011", null, null, 10))
			.extracting(ProcedureSummary::code).startsWith("7.100011");
		assertThat(catalogue.search("dong xuan", null, ServiceLevel.IN_PERSON, 10)).isEmpty();
		assertThat(catalogue.search("dong xuan", "Hộ tịch", ServiceLevel.FULL_ONLINE, 10)).hasSize(2);
	}

	private ImportResult load(CatalogueCsv csv) {
		ImportResult result = imports.importCsv(new ByteArrayInputStream(csv.bytes()));
		assertThat(result.rejected()).isEmpty();
		return result;
	}
}
