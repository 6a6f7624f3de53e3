package vn.motcua.history;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.security.concurrent.DelegatingSecurityContextCallable;

import vn.motcua.shared.Utf8Lines;

/**
 * The batch loop of an import: lines are read and replayed into a batch while the batch before it is written on its
 * own thread ({@code COPY}, by {@link ImportRun#flush}), so reading and writing overlap and at most two batches are in
 * memory. A batch that fails to be written fails the import; the batch in flight is let finish before the
 * connection is closed.
 */
final class ImportBatches {

	private ImportBatches() {
	}

	static void run(Iterator<Utf8Lines.Line> lines, ImportRun run) throws SQLException {
		ExecutorService writing = Executors.newSingleThreadExecutor(task -> new Thread(task, "dossier-import-writer"));
		try {
			Future<?> inFlight = null;
			try {
				while (lines.hasNext()) {
					run.read(lines.next());
					if (run.batchFull()) {
						List<ImportRun.Pending> batch = run.takePending();
						await(inFlight);
						inFlight = writing.submit(new DelegatingSecurityContextCallable<>(() -> {
							run.flush(batch);
							return null;
						}));
					}
				}
				await(inFlight);
				run.flush(run.takePending());
			}
			finally {
				settle(inFlight);
			}
		}
		finally {
			writing.shutdownNow();
		}
	}

	/** Lets the batch being written finish before its connection is closed (a no-op once it was awaited). */
	private static void settle(Future<?> batch) {
		try {
			await(batch);
		}
		catch (SQLException | RuntimeException ignored) {
			// the first failure is the one reported
		}
	}

	/** Waits for the batch being written; its failure fails the import. */
	private static void await(Future<?> batch) throws SQLException {
		if (batch == null) {
			return;
		}
		try {
			batch.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("dossier import interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
