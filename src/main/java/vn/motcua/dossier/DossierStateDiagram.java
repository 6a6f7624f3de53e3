package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the dossier's state machine as a Mermaid {@code stateDiagram-v2} block from the transitions declared in the
 * aggregate ({@link DossierTransition}), each arrow labelled with its step and legal article. {@code docs/dossier.md}
 * carries the block between the markers {@link #BEGIN} and {@link #END}; {@code DossierStateDiagramTests} fails when
 * the page and the code disagree and rewrites the page when run with {@code -Dmotcua.docs.write=true}.
 */
final class DossierStateDiagram {

	static final String BEGIN = "<!-- state-diagram:begin (generated from DossierTransition; do not edit by hand) -->";

	static final String END = "<!-- state-diagram:end -->";

	private static final List<DossierStatus> FINAL = List.of(DossierStatus.INCOMPLETE_AT_INTAKE,
			DossierStatus.REFUSED_AT_INTAKE, DossierStatus.RETURNED, DossierStatus.STOPPED);

	private DossierStateDiagram() {
	}

	/** The Markdown block: the Mermaid diagram, then a table of each transition with its legal article. */
	static String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add(BEGIN);
		lines.add("```mermaid");
		lines.add("stateDiagram-v2");
		for (DossierTransition t : DossierTransition.values()) {
			if (t.from().isEmpty()) {
				lines.add("    [*] --> " + t.to() + ": " + label(t));
				continue;
			}
			for (DossierStatus from : DossierStatus.values()) {
				if (t.from().contains(from)) {
					DossierStatus to = t.to() == null ? from : t.to();
					lines.add("    " + from + " --> " + to + ": " + label(t));
				}
			}
		}
		for (DossierStatus end : FINAL) {
			lines.add("    " + end + " --> [*]");
		}
		lines.add("```");
		lines.add("");
		lines.add("| Transition | From | To | Step recorded | Legal basis |");
		lines.add("|---|---|---|---|---|");
		for (DossierTransition t : DossierTransition.values()) {
			String from = t.from().isEmpty() ? "—"
					: String.join(", ", t.from().stream().sorted().map(Enum::name).toList());
			lines.add("| `" + t.name() + "` | " + from + " | " + (t.to() == null ? "(unchanged)" : t.to().name())
					+ " | `" + label(t) + "` | " + t.legalBasis() + " |");
		}
		lines.add(END);
		return String.join("\n", lines);
	}

	/** The step (or steps, "A or B") the transition records. */
	private static String label(DossierTransition t) {
		return String.join(" or ", t.stepActions().stream().map(Enum::name).toList());
	}

	/** {@code page} with its diagram block replaced by {@link #markdown()}; the page must carry both markers. */
	static String rewrite(String page) {
		int begin = page.indexOf(BEGIN);
		int end = page.indexOf(END);
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("the page has no state-diagram markers");
		}
		return page.substring(0, begin) + markdown() + page.substring(end + END.length());
	}
}
