package vn.motcua.catalogue;

/**
 * One item of the dossier's composition (thành phần hồ sơ): an original (bản chính) or a copy (bản sao), how many, the
 * form to fill in if any (mẫu đơn, tờ khai: a name or a link), and how it is required ({@link Requirement}): always,
 * only in a case the counter ticks ({@code condition}, e.g. “trường hợp ủy quyền”), or only shown (xuất trình) and
 * never kept or scanned.
 * <p>
 * Basis: Nghị định 118/2025/NĐ-CP, Điều 15 khoản 1 (the officer checks the dossier's composition as published, and
 * asks only for what the published procedure requires) and Điều 16 (the receipt, Mẫu 01, lists what was received);
 * Luật Hộ tịch 60/2014/QH13 Điều 2 khoản 2 and Nghị định 123/2015/NĐ-CP Điều 2 khoản 1 (identity papers are
 * <em>xuất trình</em>, shown, not handed in).
 */
public record RequiredDocument(int position, String name, boolean original, int copies, String formTemplate,
		Requirement requirement, String condition) {

	/** How a document of the composition is required. */
	public enum Requirement {
		/** Always handed in (bắt buộc). */
		MANDATORY,
		/** Handed in only when its case applies (nếu có; trường hợp …): the counter ticks the case. */
		CONDITIONAL,
		/** Only shown to the officer (xuất trình): checked, never kept, never scanned. */
		SHOWN
	}

	public RequiredDocument {
		requirement = requirement == null ? Requirement.MANDATORY : requirement;
		condition = condition == null || condition.isBlank() ? null : condition.strip();
	}

	/** The former shape: mandatory, or (false) needed only when the case applies (“nếu có”). */
	public RequiredDocument(int position, String name, boolean original, int copies, String formTemplate,
			boolean mandatory) {
		this(position, name, original, copies, formTemplate, mandatory ? Requirement.MANDATORY : Requirement.CONDITIONAL,
				null);
	}

	/** Whether it must always be handed in. */
	public boolean mandatory() {
		return requirement == Requirement.MANDATORY;
	}

	/** Whether it is handed in only when its case applies. */
	public boolean conditional() {
		return requirement == Requirement.CONDITIONAL;
	}

	/** Whether it is only shown (xuất trình): the counter never asks for its scan. */
	public boolean shownOnly() {
		return requirement == Requirement.SHOWN;
	}

	/** Whether it must be handed in, given whether its case was ticked as applying. */
	public boolean requiredWhen(boolean caseApplies) {
		return mandatory() || (conditional() && caseApplies);
	}
}
