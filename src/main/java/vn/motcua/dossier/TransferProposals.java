package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.catalogue.ConsultedAgency;

/**
 * What the transfer slip's form proposes to the one-stop: the agencies the procedure version consults (catalogue
 * data, e.g. NĐ 297/2025's split of the khai sinh – thường trú – BHYT group) not consulted yet on this dossier, with
 * their shares. An electronic dossier goes to all of them at once, a paper one to the next in the order (NĐ 61/2018
 * Art. 19.5; NĐ 118/2025 Art. 18). The officer may change a row or type another agency.
 */
public final class TransferProposals {

	/** One row of the slip's form, prefilled. */
	public record Proposal(String agency, int shareWorkingDays) {
	}

	private TransferProposals() {
	}

	public static List<Proposal> next(Dossier d, List<ConsultedAgency> consulted) {
		List<Proposal> proposals = new ArrayList<>();
		for (ConsultedAgency agency : consulted) {
			boolean done = d.transfers().stream().anyMatch(t -> t.agency().equalsIgnoreCase(agency.agency().strip()));
			if (!done) {
				proposals.add(new Proposal(agency.agency(), agency.shareWorkingDays()));
			}
		}
		return d.electronic() || proposals.isEmpty() ? proposals : proposals.subList(0, 1);
	}
}
