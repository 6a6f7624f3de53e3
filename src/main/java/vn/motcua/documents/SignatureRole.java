package vn.motcua.documents;

/**
 * Who signs a document, which decides how the signature looks (Nghị định 30/2020/NĐ-CP Phụ lục I, mục I and II).
 */
public enum SignatureRole {

	/** The competent person (the leader, the officer who issues a paper): their signature image, blue, at the signing place. */
	SIGNER,

	/** The organisation (applied by the clerk, or by MotCua on the one-stop's receipts): the red seal over the signer's image. */
	ORGANISATION,

	/** An attachment in its own file: the organisation's signature without image, the main document's number top right. */
	ATTACHMENT
}
