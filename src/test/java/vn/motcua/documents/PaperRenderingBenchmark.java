package vn.motcua.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * How long the documents take to render, in one fresh JVM: the first (cold) render, then the warm time per document
 * over many renders. Not a unit test (no timing thresholds in tests); run it by hand, see docs/performance/documents.md:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.documents.PaperRenderingBenchmark 300
 * </pre>
 */
final class PaperRenderingBenchmark {

	private PaperRenderingBenchmark() {
	}

	public static void main(String[] args) {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		long start = System.nanoTime();
		PdfRenderer renderer = new PdfRenderer();
		OfficialDocuments documents = new OfficialDocuments(renderer);
		OneStopPapers forms = new OneStopPapers(documents, OneStopPapersTests.messages());
		ReceiptPaper receipt = PaperMother.receipt();
		forms.receipt(receipt);
		System.out.printf("Mẫu 01, first render in a fresh JVM (class loading, font parsing): %.0f ms%n",
				(System.nanoTime() - start) / 1e6);

		measure("Mẫu 01 receipt (PDF)", runs, () -> forms.receipt(receipt));
		measure("Mẫu 06 process control (PDF)", runs, () -> forms.processControl(PaperMother.processControl()));
		measure("Mẫu 07 tracking book, 2 lines (PDF, landscape)", runs, () -> forms.trackingBook(PaperMother.trackingBook()));
		measure("Quarterly report (PDF)", runs, () -> documents.pdf(OfficialDocumentMother.quarterlyReport()));
		measure("Quarterly report (DOCX)", runs, () -> documents.docx(OfficialDocumentMother.quarterlyReport()));
	}

	private static void measure(String what, int runs, Supplier<byte[]> render) {
		for (int i = 0; i < Math.max(50, runs / 2); i++) {
			render.get();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] millis = new double[runs];
		long bytes = 0;
		long cpu = threads.getCurrentThreadCpuTime();
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			bytes += render.get().length;
			millis[i] = (System.nanoTime() - t) / 1e6;
		}
		double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
		Arrays.sort(millis);
		System.out.printf("%-48s runs %d  wall: mean %.1f ms, median %.1f ms, p95 %.1f ms  |  CPU %.1f ms  |  %d KB%n",
				what, runs, Arrays.stream(millis).average().orElseThrow(), millis[runs / 2], millis[(int) (runs * 0.95)],
				cpuMillis, bytes / runs / 1024);
	}
}
