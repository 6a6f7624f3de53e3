package vn.motcua.catalogue;

/**
 * One item of the dossier's composition (thành phần hồ sơ): an original (bản chính) or a copy (bản sao), how many, the
 * form to fill in if any (mẫu đơn, tờ khai: a name or a link), and whether it is always required or only when the
 * case applies (nếu có).
 */
public record RequiredDocument(int position, String name, boolean original, int copies, String formTemplate,
		boolean mandatory) {
}
