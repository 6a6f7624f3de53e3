package vn.motcua.demo;

import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data's digitised files are real (small) PDFs that a reader opens. */
class DemoFilesTests {

	@Test
	void theGeneratedScansArePdfsWithOnePageOfText() throws Exception {
		DemoFiles files = new DemoFiles();
		try (InputStream in = files.open(DemoHistory.RESULT_FILE).orElseThrow();
				PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(pdf).strip()).isEqualTo("MotCua - ket qua giai quyet (du lieu mau)");
		}
		assertThat(files.contains(DemoHistory.COMPONENT_FILE)).isTrue();
		assertThat(files.open("demo/khac.pdf")).isEmpty();
	}
}
