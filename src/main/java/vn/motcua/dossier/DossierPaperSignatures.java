package vn.motcua.dossier;

import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.documents.DocumentSigning;
import vn.motcua.documents.PaperSignatures;
import vn.motcua.documents.SignatureRole;
import vn.motcua.documents.StoredDocument;
import vn.motcua.shared.VietnameseMessages;

/**
 * Who signs a one-stop paper when it is issued (issue 17 item 4; docs/documents.md "Who signs which paper").
 */
@Component
class DossierPaperSignatures {

	private final PaperContent content;

	private final DocumentSigning signing;

	private final PaperSignatures paperSignatures;

	private final VietnameseMessages words;

	DossierPaperSignatures(PaperContent content, DocumentSigning signing, PaperSignatures paperSignatures,
			MessageSource messages) {
		this.content = content;
		this.signing = signing;
		this.paperSignatures = paperSignatures;
		this.words = new VietnameseMessages(messages);
	}

	/**
	 * Who signs the paper just stored (issue 17 item 4; Nghị định 30/2020/NĐ-CP Art. 13 and Phụ lục I; the signature
	 * blocks of the forms of Thông tư 03/2025/TT-VPCP): the person named on its signature block signs with their own
	 * certificate, then the organisation's signature follows ({@link PaperSignatures}: the paper waits for them on
	 * "Văn bản chờ tôi ký"); Mẫu 01 carries the one-stop's organisational signature at once and, when the receiving
	 * officer has a usable personal certificate, theirs later. A person without one: the organisation's signature only,
	 * as before, never blocked. Answers the stored copy to give out now.
	 */
	UUID sign(Dossier d, OneStopPaper form, UUID stored, String actor) {
		boolean organisation = signing.organisationKeyConfigured();
		String signer = content.signerOf(d, form);
		UUID code = DocumentSigning.newPaperCode();
		PaperSignatures.Paper paper = new PaperSignatures.Paper(stored, d.agencyCode(), d.code(),
				words.say("dossier.form.title." + form.name()) + " – " + d.code(), content.issuer(d.agencyCode()).place(),
				code);
		// a newer copy of the same form (a new Mẫu 02 after another supplement request, a paper re-issued after the QR
		// link was revoked) replaces the one still waiting: that one leaves "Văn bản chờ tôi ký", the history says why
		paperSignatures.supersede(d.code(), paper.title(), words.say("dossier.paper.superseded", paper.title()), actor);
		UUID current = stored;
		if (form == OneStopPaper.RECEIPT) {
			if (organisation) {
				current = signAsOrganisation(d, form, stored, code, actor);
			}
			// the receiving officer's own signature, added to the organisation's when they sign
			paperSignatures.request(new PaperSignatures.Paper(current, paper.agencyCode(), paper.subject(), paper.title(),
					paper.location(), code), signer, content.name(signer), false, actor);
			return current;
		}
		if (paperSignatures.request(paper, signer, content.name(signer), true, actor).isPresent()) {
			return stored; // waits for the signer; the organisation's signature follows theirs
		}
		return organisation ? signAsOrganisation(d, form, stored, code, actor) : stored;
	}

	private UUID signAsOrganisation(Dossier d, OneStopPaper form, UUID stored, UUID code, String actor) {
		// the one-stop's organisational signature on the papers it issues (issue 17 item 4; NĐ 30/2020 Phụ lục I)
		StoredDocument signed = signing.sign(stored, new DocumentSigning.Order(SignatureRole.ORGANISATION, null, null,
				null, DossierPapers.fileName(form, d), content.issuer(d.agencyCode()).place(), code, actor)).signed();
		return signed.id();
	}

}
