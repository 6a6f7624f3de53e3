package vn.motcua.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.agency.Agencies;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.SignatureCheck;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.SigningFigures;
import vn.motcua.documents.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly report counts the certificates in use from the signing certificate registry (issue 17 item 6; the
 * seed: “84 chứng thư số cá nhân và 06 chứng thư số tổ chức”): those valid at some time in the period, personal and
 * organisational, not those expired before it or revoked before it; and the checks of the agency's signed files.
 */
@MotCuaTest
class QuarterlyReportSigningFiguresTests {

	/** Phường Đông Quang: no other test registers certificates or stores files for it. */
	static final String AGENCY = "16417";

	@Autowired
	SigningCertificates certificates;

	@Autowired
	SigningFigures.Query figures;

	@Autowired
	SignatureCheck check;

	@Autowired
	DocumentStore store;

	@Autowired
	QuarterlyReportDocument document;

	@Autowired
	Agencies agencies;

	@Autowired
	Clock clock;

	@TempDir
	Path folder;

	@Test
	void theCertificatesValidInThePeriodAndTheChecksOfTheAgencysFilesAreCounted() throws Exception {
		LocalDate today = TestClock.today();
		register("Lê Văn Một", "le.mot", clock.instant().minus(Duration.ofDays(30)), Duration.ofDays(365));
		register("Trần Thị Hai", "tran.hai", clock.instant().minus(Duration.ofDays(30)), Duration.ofDays(365));
		register("UBND xã", null, clock.instant().minus(Duration.ofDays(30)), Duration.ofDays(730));
		register("Hết Hạn Trước Kỳ", "het.han", clock.instant().minus(Duration.ofDays(500)), Duration.ofDays(300));
		SigningCertificates.Entry lost = register("Mất Token", "mat.token", clock.instant().minus(Duration.ofDays(30)),
				Duration.ofDays(365));
		certificates.revoke(lost.id(), "Mất USB token", "quantri");
		byte[] pdf = blankPdf();
		store.store(AGENCY, "mau-01.pdf", "application/pdf", new ByteArrayInputStream(pdf));
		check.check(pdf, SignatureCheck.PUBLIC_CHECKER);
		check.check(pdf, SignatureCheck.PUBLIC_CHECKER);
		check.check(blankPdf("khác"), SignatureCheck.PUBLIC_CHECKER);

		assertThat(figures.between(today.minusDays(5), today, List.of(AGENCY)))
			.as("the revoked one was in use in the period until revoked today")
			.isEqualTo(new SigningFigures(3, 1, 2));
		assertThat(figures.between(today.plusDays(1), today.plusDays(90), List.of(AGENCY)))
			.as("revoked before the period: not in use; no check in the period")
			.isEqualTo(new SigningFigures(2, 1, 0));
		assertThat(figures.between(today.minusDays(5), today, Set.of("16378"))).isEqualTo(new SigningFigures(0, 0, 0));

		QuarterlyReport report = new QuarterlyReport(1, AGENCY, today.minusDays(5), today, 1,
				QuarterlyReport.Status.DRAFT, null, "Nguyễn Văn Hùng", null, Map.of(), null, null, null, null);
		String text = document.build(report, agencies.find(AGENCY).orElseThrow(), today).sections().stream()
			.flatMap(s -> s.blocks().stream())
			.filter(OfficialDocument.Paragraph.class::isInstance)
			.map(b -> ((OfficialDocument.Paragraph) b).text())
			.reduce("", (a, b) -> a + "\n" + b);
		assertThat(text).contains("Chữ ký số được sử dụng trong kỳ: 3 chứng thư số cá nhân và 1 chứng thư số tổ chức.")
			.contains("được kiểm tra (quét mã QR hoặc tải lên trang kiểm tra chữ ký): 2 lượt.");
	}

	private SigningCertificates.Entry register(String name, String holder, java.time.Instant from, Duration validity)
			throws Exception {
		Path dir = Files.createDirectory(folder.resolve(name.replace(' ', '-')));
		Path p12 = TestCertificates.keystore(dir, name, "mat-khau", from, validity);
		return certificates.register(AGENCY, holder, name, SignatureDevice.Kind.PKCS12, p12.toString(),
				"mat-khau".toCharArray(), "quantri");
	}

	private static byte[] blankPdf() throws Exception {
		return blankPdf("Mẫu 01");
	}

	private static byte[] blankPdf(String title) throws Exception {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pdf.addPage(new PDPage());
			pdf.getDocumentInformation().setTitle(title);
			pdf.save(out);
			return out.toByteArray();
		}
	}
}
