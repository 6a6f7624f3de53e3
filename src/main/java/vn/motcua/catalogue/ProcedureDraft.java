package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.OfficerRole;

/** The content of a version being written (by an import row or the administration form) before it is stored. */
final class ProcedureDraft {

	String code;
	String name;
	String field;
	String implementingLevel = "Cấp xã";
	String implementingAgency = "Ủy ban nhân dân cấp xã";
	ServiceLevel serviceLevel;
	TimeLimit timeLimit;
	LocalTime cutOff;
	SupplementPolicy supplementPolicy = SupplementPolicy.RESTART;
	List<Fee> fees = new ArrayList<>();
	List<FeeExemption> feeExemptions = new ArrayList<>();
	List<RequiredDocument> requiredDocuments = new ArrayList<>();
	List<ProcessingStep> steps = new ArrayList<>();
	String result;
	String legalBasis;
	String publishingDecision;
	LocalDate publishingDecisionDate;
	LocalDate effectiveFrom;
	String documentsSource;

	static ProcedureDraft of(ProcedureVersion version) {
		ProcedureDraft draft = new ProcedureDraft();
		draft.code = version.code();
		draft.name = version.name();
		draft.field = version.field();
		draft.implementingLevel = version.implementingLevel();
		draft.implementingAgency = version.implementingAgency();
		draft.serviceLevel = version.serviceLevel();
		draft.timeLimit = version.timeLimit();
		draft.cutOff = version.cutOff();
		draft.supplementPolicy = version.supplementPolicy();
		draft.fees = new ArrayList<>(version.fees());
		draft.feeExemptions = new ArrayList<>(version.feeExemptions());
		draft.requiredDocuments = new ArrayList<>(version.requiredDocuments());
		draft.steps = new ArrayList<>(version.steps());
		draft.result = version.result();
		draft.legalBasis = version.legalBasis();
		draft.publishingDecision = version.publishingDecision();
		draft.publishingDecisionDate = version.publishingDecisionDate();
		draft.effectiveFrom = version.effectiveFrom();
		draft.documentsSource = version.documentsSource();
		return draft;
	}

	ProcedureVersion toVersion(long id, LocalDate abolishedOn) {
		return new ProcedureVersion(id, code, name, field, implementingLevel, implementingAgency, serviceLevel, timeLimit,
				cutOff, supplementPolicy, fees, feeExemptions, requiredDocuments, steps, result, legalBasis,
				publishingDecision, publishingDecisionDate, effectiveFrom, abolishedOn, documentsSource);
	}

	/** Whether this draft says the same as a stored version, whatever its effective date. */
	boolean sameContentAs(ProcedureVersion version) {
		ProcedureDraft other = of(version);
		other.effectiveFrom = effectiveFrom;
		return other.toVersion(0, null).equals(toVersion(0, null));
	}

	/**
	 * Keeps the steps when they still add up to the time limit; otherwise the default internal procedure: received
	 * at the one-stop, reviewed by the specialist, decided by the leader, returned.
	 */
	void fitSteps() {
		if (!steps.isEmpty() && steps.stream().mapToInt(ProcessingStep::workingDays).sum() == timeLimit.amount()) {
			return;
		}
		int total = timeLimit.amount();
		int leader = total >= 2 ? 1 : 0;
		steps = new ArrayList<>(List.of(
				new ProcessingStep(1, "Bộ phận Một cửa", OfficerRole.RECEIVING_OFFICER, 0,
						"Tiếp nhận, kiểm tra hồ sơ, chuyển xử lý"),
				new ProcessingStep(2, "Công chức chuyên môn", OfficerRole.SPECIALIST, total - leader,
						"Thẩm định hồ sơ, dự thảo kết quả"),
				new ProcessingStep(3, "Lãnh đạo UBND xã", OfficerRole.LEADER, leader, "Xem xét, ký duyệt kết quả"),
				new ProcessingStep(4, "Bộ phận Một cửa", OfficerRole.RECEIVING_OFFICER, 0, "Trả kết quả")));
	}
}
