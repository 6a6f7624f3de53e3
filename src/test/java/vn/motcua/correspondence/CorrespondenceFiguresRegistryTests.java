package vn.motcua.correspondence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.documents.SignatureDevice;
import vn.motcua.documents.SigningCertificates;
import vn.motcua.documents.SigningFigures;
import vn.motcua.documents.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificates in use the dashboard shows ({@link CorrespondenceFigures}) are the signing certificate registry's,
 * counted as the quarterly report counts them ({@link SigningFigures}; issue 17 items 4 and 6), not estimated from the
 * signers of the outgoing documents: an agency that issued nothing yet still holds its officers' and its own
 * certificates.
 */
@MotCuaTest
class CorrespondenceFiguresRegistryTests {

	static final String AGENCY = "99017";

	@Autowired
	CorrespondenceFigures.Query figures;

	@Autowired
	SigningFigures.Query signing;

	@Autowired
	SigningCertificates certificates;

	@Test
	void theCertificatesInUseAreTheRegistrysAndAgreeWithTheReport() throws Exception {
		register("can.bo.mot", "Cán bộ Một");
		register("can.bo.hai", "Cán bộ Hai");
		register(null, "UBND xã Thử Nghiệm");
		CorrespondenceFigures counted = figures.between(TestClock.today(), TestClock.today(), Set.of(AGENCY));
		assertThat(counted.outgoing()).isZero();
		assertThat(counted.personalSigners()).isEqualTo(2);
		assertThat(counted.organisationalSigners()).isEqualTo(1);
		SigningFigures report = signing.between(TestClock.today(), TestClock.today(), Set.of(AGENCY));
		assertThat(counted.personalSigners()).isEqualTo(report.personalCertificates());
		assertThat(counted.organisationalSigners()).isEqualTo(report.organisationalCertificates());
	}

	private void register(String holder, String name) throws Exception {
		Path p12 = TestCertificates.keystore(Files.createTempDirectory("motcua-figures"), name, "mat-khau",
				TestClock.START.toInstant().minus(Duration.ofDays(1)), Duration.ofDays(365));
		certificates.register(AGENCY, holder, name, SignatureDevice.Kind.PKCS12, p12.toString(), "mat-khau".toCharArray(),
				"quantri");
	}
}
