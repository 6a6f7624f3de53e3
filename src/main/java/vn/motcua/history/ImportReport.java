package vn.motcua.history;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a history import did (legal-rules.md §5): how many dossiers went in, and each rejected line with its number
 * (1-based, counting every line of the file), its dossier code when it had one, and the reasons in Vietnamese.
 * Lines whose code a dossier already has are skipped: counted in {@code skipped} (shown on the page and in the
 * audit log), not in the API answer, which keeps exactly the two fields imported and rejected.
 */
public record ImportReport(int imported, List<Rejection> rejected, @JsonIgnore int skipped) {

	public ImportReport {
		rejected = List.copyOf(rejected);
	}

	/** A line that was not imported, and why. */
	public record Rejection(int line, String code, List<String> errors) {

		public Rejection {
			errors = List.copyOf(errors);
		}
	}
}
