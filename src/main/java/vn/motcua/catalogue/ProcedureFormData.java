package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * What an administrator types to publish or correct a procedure version. Lists come with a few blank rows (pages
 * work without JavaScript); blank rows are ignored. Over 300 lines because it carries the bean accessors of the
 * version and of its four kinds of rows (fees, exemptions, documents, steps) for data binding; the logic is only
 * {@code of}, {@code validate} and {@code toDraft}.
 */
class ProcedureFormData {

	private String code;
	private String name;
	private String field;
	private String implementingLevel;
	private String implementingAgency;
	private ServiceLevel serviceLevel;
	private Integer timeAmount;
	private TimeLimit.Unit timeUnit = TimeLimit.Unit.WORKING_DAYS;
	private String cutOff;
	private SupplementPolicy supplementPolicy = SupplementPolicy.RESTART;
	private String result;
	private String legalBasis;
	private String publishingDecision;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishingDecisionDate;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;
	private String documentsSource;
	private List<FeeRow> fees = new ArrayList<>();
	private List<ExemptionRow> exemptions = new ArrayList<>();
	private List<DocumentRow> documents = new ArrayList<>();
	private List<StepRow> steps = new ArrayList<>();

	/** A blank form for a new procedure, prefilled as a commune's ({@link ProcedureDraft#forCommune}). */
	static ProcedureFormData forCommune(VietnameseMessages words) {
		ProcedureFormData form = new ProcedureFormData();
		ProcedureDraft defaults = ProcedureDraft.forCommune(words);
		form.implementingLevel = defaults.implementingLevel;
		form.implementingAgency = defaults.implementingAgency;
		return form;
	}

	static ProcedureFormData of(ProcedureVersion v) {
		ProcedureFormData form = new ProcedureFormData();
		form.code = v.code();
		form.name = v.name();
		form.field = v.field();
		form.implementingLevel = v.implementingLevel();
		form.implementingAgency = v.implementingAgency();
		form.serviceLevel = v.serviceLevel();
		form.timeAmount = v.timeLimit().amount();
		form.timeUnit = v.timeLimit().unit();
		form.cutOff = v.cutOff() == null ? null : v.cutOff().toString();
		form.supplementPolicy = v.supplementPolicy();
		form.result = v.result();
		form.legalBasis = v.legalBasis();
		form.publishingDecision = v.publishingDecision();
		form.publishingDecisionDate = v.publishingDecisionDate();
		form.effectiveFrom = v.effectiveFrom();
		form.documentsSource = v.documentsSource();
		v.fees().forEach(f -> form.fees.add(new FeeRow(f.kind(), f.description(), f.amountVnd(), f.toBeSet())));
		v.feeExemptions().forEach(e -> form.exemptions.add(new ExemptionRow(e.description(), e.legalBasis(), e.channel(),
				e.effectiveFrom(), e.effectiveTo(), e.condition())));
		v.requiredDocuments().forEach(d -> form.documents.add(new DocumentRow(d.name(), d.original(), d.copies(),
				d.formTemplate(), d.requirement(), d.condition())));
		v.steps().forEach(s -> form.steps.add(new StepRow(s.unit(), s.role(), s.workingDays(), s.description())));
		return form;
	}

	/** Adds blank rows to fill in. */
	ProcedureFormData withBlankRows() {
		fees.removeIf(FeeRow::blank);
		exemptions.removeIf(ExemptionRow::blank);
		documents.removeIf(DocumentRow::blank);
		steps.removeIf(StepRow::blank);
		for (int i = 0; i < 2; i++) {
			fees.add(new FeeRow());
			exemptions.add(new ExemptionRow());
			documents.add(new DocumentRow());
			steps.add(new StepRow());
		}
		documents.add(new DocumentRow());
		steps.add(new StepRow());
		return this;
	}

	/** Checks what bean validation cannot: the code's form, rows, and that the steps add up to the time limit. */
	void validate(Errors errors, boolean isNew) {
		if (isNew && (code == null || !ImportRow.CODE.matcher(code.trim()).matches())) {
			errors.rejectValue("code", "catalogue.code.invalid");
		}
		required(errors, "name", name);
		required(errors, "field", field);
		required(errors, "implementingLevel", implementingLevel);
		required(errors, "implementingAgency", implementingAgency);
		if (serviceLevel == null) {
			errors.rejectValue("serviceLevel", "catalogue.serviceLevel.required");
		}
		if (timeAmount == null || timeAmount < 0) {
			errors.rejectValue("timeAmount", "catalogue.timeAmount.invalid");
		}
		if (effectiveFrom == null) {
			errors.rejectValue("effectiveFrom", "catalogue.effectiveFrom.required");
		}
		if (cutOff != null && !cutOff.isBlank() && !cutOff.trim().matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
			errors.rejectValue("cutOff", "catalogue.cutOff.invalid");
		}
		for (int i = 0; i < fees.size(); i++) {
			FeeRow fee = fees.get(i);
			if (!fee.blank() && (fee.amountVnd == null || fee.amountVnd < 0 || isBlank(fee.description)
					|| (fee.toBeSet && fee.amountVnd != 0))) {
				errors.rejectValue("fees[" + i + "].amountVnd", "catalogue.fee.invalid");
			}
		}
		for (int i = 0; i < exemptions.size(); i++) {
			ExemptionRow e = exemptions.get(i);
			if (!e.blank() && (isBlank(e.description) || isBlank(e.legalBasis))) {
				errors.rejectValue("exemptions[" + i + "].legalBasis", "catalogue.exemption.invalid");
			}
		}
		for (int i = 0; i < documents.size(); i++) {
			DocumentRow d = documents.get(i);
			if (!d.blank() && (d.copies == null || d.copies < 1)) {
				errors.rejectValue("documents[" + i + "].copies", "catalogue.document.copiesInvalid");
			}
		}
		List<StepRow> filled = steps.stream().filter(s -> !s.blank()).toList();
		int sum = 0;
		for (int i = 0; i < steps.size(); i++) {
			StepRow s = steps.get(i);
			if (!s.blank()) {
				if (isBlank(s.unit) || s.role == null || s.workingDays == null || s.workingDays < 0 || isBlank(s.description)) {
					errors.rejectValue("steps[" + i + "].workingDays", "catalogue.step.invalid");
				}
				sum += s.workingDays == null ? 0 : s.workingDays;
			}
		}
		if (filled.isEmpty()) {
			errors.rejectValue("steps", "catalogue.steps.required");
		}
		else if (timeAmount != null && sum != timeAmount) {
			errors.rejectValue("steps", "catalogue.steps.sum", new Object[] { sum, timeAmount }, null);
		}
	}

	ProcedureDraft toDraft() {
		ProcedureDraft d = new ProcedureDraft();
		d.code = code == null ? null : code.trim();
		d.name = name.trim();
		d.field = field.trim();
		d.implementingLevel = implementingLevel.trim();
		d.implementingAgency = implementingAgency.trim();
		d.serviceLevel = serviceLevel;
		d.timeLimit = new TimeLimit(timeAmount, timeUnit);
		d.cutOff = isBlank(cutOff) ? null : LocalTime.parse(cutOff.trim());
		d.supplementPolicy = supplementPolicy;
		d.result = trimmed(result);
		d.legalBasis = trimmed(legalBasis);
		d.publishingDecision = trimmed(publishingDecision);
		d.publishingDecisionDate = publishingDecisionDate;
		d.effectiveFrom = effectiveFrom;
		d.documentsSource = trimmed(documentsSource);
		fees.stream().filter(f -> !f.blank())
			.forEach(f -> d.fees.add(new Fee(f.kind, f.description.trim(), f.amountVnd, f.toBeSet)));
		exemptions.stream().filter(e -> !e.blank()).forEach(e -> d.feeExemptions.add(new FeeExemption(
				e.description.trim(), e.legalBasis.trim(), e.channel, e.effectiveFrom, e.effectiveTo, trimmed(e.condition))));
		documents.stream().filter(x -> !x.blank()).forEach(x -> d.requiredDocuments.add(new RequiredDocument(
				d.requiredDocuments.size() + 1, x.name.trim(), x.original, x.copies, trimmed(x.formTemplate), x.requirement,
				x.requirement == RequiredDocument.Requirement.CONDITIONAL ? trimmed(x.condition) : null)));
		steps.stream().filter(s -> !s.blank()).forEach(s -> d.steps.add(new ProcessingStep(d.steps.size() + 1,
				s.unit.trim(), s.role, s.workingDays, s.description.trim())));
		return d;
	}

	private static void required(Errors errors, String field, String value) {
		if (isBlank(value)) {
			errors.rejectValue(field, "catalogue." + field + ".required");
		}
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return isBlank(s) ? null : java.text.Normalizer.normalize(s.trim(), java.text.Normalizer.Form.NFC);
	}

	// Accessors for data binding.
	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getField() { return field; }
	public void setField(String field) { this.field = field; }
	public String getImplementingLevel() { return implementingLevel; }
	public void setImplementingLevel(String v) { this.implementingLevel = v; }
	public String getImplementingAgency() { return implementingAgency; }
	public void setImplementingAgency(String v) { this.implementingAgency = v; }
	public ServiceLevel getServiceLevel() { return serviceLevel; }
	public void setServiceLevel(ServiceLevel serviceLevel) { this.serviceLevel = serviceLevel; }
	public Integer getTimeAmount() { return timeAmount; }
	public void setTimeAmount(Integer timeAmount) { this.timeAmount = timeAmount; }
	public TimeLimit.Unit getTimeUnit() { return timeUnit; }
	public void setTimeUnit(TimeLimit.Unit timeUnit) { this.timeUnit = timeUnit; }
	public String getCutOff() { return cutOff; }
	public void setCutOff(String cutOff) { this.cutOff = cutOff; }
	public SupplementPolicy getSupplementPolicy() { return supplementPolicy; }
	public void setSupplementPolicy(SupplementPolicy p) { this.supplementPolicy = p; }
	public String getResult() { return result; }
	public void setResult(String result) { this.result = result; }
	public String getLegalBasis() { return legalBasis; }
	public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
	public String getPublishingDecision() { return publishingDecision; }
	public void setPublishingDecision(String v) { this.publishingDecision = v; }
	public LocalDate getPublishingDecisionDate() { return publishingDecisionDate; }
	public void setPublishingDecisionDate(LocalDate v) { this.publishingDecisionDate = v; }
	public LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public String getDocumentsSource() { return documentsSource; }
	public void setDocumentsSource(String documentsSource) { this.documentsSource = documentsSource; }
	public List<FeeRow> getFees() { return fees; }
	public void setFees(List<FeeRow> fees) { this.fees = fees; }
	public List<ExemptionRow> getExemptions() { return exemptions; }
	public void setExemptions(List<ExemptionRow> exemptions) { this.exemptions = exemptions; }
	public List<DocumentRow> getDocuments() { return documents; }
	public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
	public List<StepRow> getSteps() { return steps; }
	public void setSteps(List<StepRow> steps) { this.steps = steps; }

	/** A fee line being edited. */
	public static class FeeRow {
		private Fee.Kind kind = Fee.Kind.CHARGE;
		private String description;
		private Long amountVnd;
		private boolean toBeSet;
		public FeeRow() { }
		FeeRow(Fee.Kind kind, String description, long amountVnd, boolean toBeSet) { this.kind = kind; this.description = description; this.amountVnd = amountVnd; this.toBeSet = toBeSet; }
		public boolean isToBeSet() { return toBeSet; }
		public void setToBeSet(boolean toBeSet) { this.toBeSet = toBeSet; }
		boolean blank() { return isBlank(description) && amountVnd == null; }
		public Fee.Kind getKind() { return kind; }
		public void setKind(Fee.Kind kind) { this.kind = kind == null ? Fee.Kind.CHARGE : kind; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public Long getAmountVnd() { return amountVnd; }
		public void setAmountVnd(Long amountVnd) { this.amountVnd = amountVnd; }
	}

	/** An exemption being edited. */
	public static class ExemptionRow {
		private String description;
		private String legalBasis;
		private SubmissionChannel channel;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveFrom;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveTo;
		private String condition;
		public ExemptionRow() { }
		ExemptionRow(String description, String legalBasis, SubmissionChannel channel, LocalDate from, LocalDate to,
				String condition) {
			this.description = description; this.legalBasis = legalBasis; this.channel = channel; this.effectiveFrom = from; this.effectiveTo = to;
			this.condition = condition;
		}
		public String getCondition() { return condition; }
		public void setCondition(String condition) { this.condition = condition; }
		boolean blank() { return isBlank(description) && isBlank(legalBasis); }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
		public String getLegalBasis() { return legalBasis; }
		public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
		public SubmissionChannel getChannel() { return channel; }
		public void setChannel(SubmissionChannel channel) { this.channel = channel; }
		public LocalDate getEffectiveFrom() { return effectiveFrom; }
		public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
		public LocalDate getEffectiveTo() { return effectiveTo; }
		public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
	}

	/** A required document being edited. */
	public static class DocumentRow {
		private String name;
		private boolean original = true;
		private Integer copies = 1;
		private String formTemplate;
		private RequiredDocument.Requirement requirement = RequiredDocument.Requirement.MANDATORY;
		private String condition;
		public DocumentRow() { }
		DocumentRow(String name, boolean original, int copies, String formTemplate, RequiredDocument.Requirement requirement,
				String condition) {
			this.name = name; this.original = original; this.copies = copies; this.formTemplate = formTemplate;
			this.requirement = requirement; this.condition = condition;
		}
		boolean blank() { return isBlank(name); }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public boolean isOriginal() { return original; }
		public void setOriginal(boolean original) { this.original = original; }
		public Integer getCopies() { return copies; }
		public void setCopies(Integer copies) { this.copies = copies; }
		public String getFormTemplate() { return formTemplate; }
		public void setFormTemplate(String formTemplate) { this.formTemplate = formTemplate; }
		public RequiredDocument.Requirement getRequirement() { return requirement; }
		public void setRequirement(RequiredDocument.Requirement requirement) {
			this.requirement = requirement == null ? RequiredDocument.Requirement.MANDATORY : requirement;
		}
		public String getCondition() { return condition; }
		public void setCondition(String condition) { this.condition = condition; }
	}

	/** A processing step being edited. */
	public static class StepRow {
		private String unit;
		private OfficerRole role;
		private Integer workingDays;
		private String description;
		public StepRow() { }
		StepRow(String unit, OfficerRole role, int workingDays, String description) {
			this.unit = unit; this.role = role; this.workingDays = workingDays; this.description = description;
		}
		boolean blank() { return isBlank(unit) && isBlank(description) && workingDays == null; }
		public String getUnit() { return unit; }
		public void setUnit(String unit) { this.unit = unit; }
		public OfficerRole getRole() { return role; }
		public void setRole(OfficerRole role) { this.role = role; }
		public Integer getWorkingDays() { return workingDays; }
		public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
		public String getDescription() { return description; }
		public void setDescription(String description) { this.description = description; }
	}
}
