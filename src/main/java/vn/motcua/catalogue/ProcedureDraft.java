package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.VietnameseMessages;

/**
 * The content of a version being written (by an import row or the administration form) before it is stored. Its
 * defaults (a commune's procedure, the usual internal steps) are worded in the {@code catalogue.default.*} messages.
 */
final class ProcedureDraft {

	String code;
	String name;
	String field;
	String implementingLevel;
	String implementingAgency;
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
	List<ConsultedAgency> consultedAgencies = new ArrayList<>();

	/** A new procedure of a commune, implemented by its People's Committee, as a new import row starts from. */
	static ProcedureDraft forCommune(VietnameseMessages words) {
		ProcedureDraft draft = new ProcedureDraft();
		draft.implementingLevel = words.say("catalogue.default.implementingLevel");
		draft.implementingAgency = words.say("catalogue.default.implementingAgency");
		return draft;
	}

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
		draft.consultedAgencies = new ArrayList<>(version.consultedAgencies());
		return draft;
	}

	ProcedureVersion toVersion(long id, LocalDate abolishedOn) {
		return new ProcedureVersion(id, code, name, field, implementingLevel, implementingAgency, serviceLevel, timeLimit,
				cutOff, supplementPolicy, fees, feeExemptions, requiredDocuments, steps, result, legalBasis,
				publishingDecision, publishingDecisionDate, effectiveFrom, abolishedOn, documentsSource, consultedAgencies);
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
	void fitSteps(VietnameseMessages words) {
		if (!steps.isEmpty() && steps.stream().mapToInt(ProcessingStep::workingDays).sum() == timeLimit.amount()) {
			return;
		}
		int total = timeLimit.amount();
		int leader = total >= 2 ? 1 : 0;
		steps = new ArrayList<>(List.of(
				new ProcessingStep(1, words.say("catalogue.default.step.receive.unit"), OfficerRole.RECEIVING_OFFICER, 0,
						words.say("catalogue.default.step.receive")),
				new ProcessingStep(2, words.say("catalogue.default.step.review.unit"), OfficerRole.SPECIALIST,
						total - leader, words.say("catalogue.default.step.review")),
				new ProcessingStep(3, words.say("catalogue.default.step.decide.unit"), OfficerRole.LEADER, leader,
						words.say("catalogue.default.step.decide")),
				new ProcessingStep(4, words.say("catalogue.default.step.receive.unit"), OfficerRole.RECEIVING_OFFICER, 0,
						words.say("catalogue.default.step.return"))));
	}
}
