package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureCheck;

/**
 * The signed papers of a dossier, each checked now, for the status page its forms' QR code opens (issue 17 item 5:
 * "the QR code on every signed paper opens a public page that checks the stored file's signatures"; the look-up of
 * Nghị định 118/2025/NĐ-CP). Each line is the form, the verification code of its public check
 * ({@code /public/kiem-tra-chu-ky/{code}}) and the answer of that check made on the stored file (valid or not, by
 * whom: the officers' and the organisation's names, nothing of the applicant). Each check is logged as every check
 * is ({@code signature_check}, source QR).
 */
@Component
public class SignedPapers {

	/** One signed paper: its form, its check's code, and the answer (the signers' names as the certificates say). */
	public record Line(OneStopPaper form, UUID code, SignatureCheck.Outcome outcome, List<String> signers) {

		public boolean valid() {
			return outcome == SignatureCheck.Outcome.VALID;
		}
	}

	private final DossierPapers papers;

	private final PaperSignatures signatures;

	private final SignatureCheck check;

	SignedPapers(DossierPapers papers, PaperSignatures signatures, SignatureCheck check) {
		this.papers = papers;
		this.signatures = signatures;
		this.check = check;
	}

	/** The dossier's papers given out signed, oldest first, each checked now as the public check does. */
	public List<Line> of(Dossier d) {
		Set<UUID> codes = new LinkedHashSet<>();
		List<Line> lines = new ArrayList<>();
		for (IssuedPaper issued : papers.issued(d)) {
			signatures.paperCode(issued.storedDocumentId()).filter(codes::add)
				.flatMap(code -> check.checkPaper(code, SignatureCheck.PUBLIC_CHECKER)
					.map(v -> new Line(issued.form(), code, v.outcome(),
							v.signers().stream().map(SignatureCheck.Signer::name).toList())))
				.ifPresent(lines::add);
		}
		return lines;
	}
}
