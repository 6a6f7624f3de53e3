package vn.motcua.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.motcua.calendar.SupplementPolicy;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.shared.OfficerRole;
import vn.motcua.shared.SubmissionChannel;
import vn.motcua.shared.VietnameseMessages;

/**
 * What an administrator types to publish or correct a procedure version, as posted (numbers as typed, so that a
 * word where a number belongs is an error on its row and the rows typed stay on the page). Lists come with a few blank rows
 * (pages work without JavaScript); blank rows are ignored, and a row's rules apply only once something is typed in
 * it ({@code complete()} of each row, reported on the row). Bean Validation checks every field and row; the one rule
 * it cannot say with its arguments, that the steps' days add up to the time limit, is {@link #checkStepsAddUp}.
 * The code is checked only on creation ({@link NewProcedure}): a version keeps its procedure's code. A checkbox not
 * ticked is not posted, so its value is a {@code Boolean} read as false when absent.
 */
record ProcedureFormData(
		@NotNull(groups = NewProcedure.class, message = "{catalogue.code.invalid}")
		@Pattern(groups = NewProcedure.class, regexp = "\\s*[0-9]\\.[0-9]{6}\\s*", message = "{catalogue.code.invalid}")
		String code,
		@NotBlank(message = "{catalogue.name.required}") String name,
		@NotBlank(message = "{catalogue.field.required}") String field,
		@NotBlank(message = "{catalogue.implementingLevel.required}") String implementingLevel,
		@NotBlank(message = "{catalogue.implementingAgency.required}") String implementingAgency,
		@NotNull(message = "{catalogue.serviceLevel.required}") ServiceLevel serviceLevel,
		@NotNull(message = "{catalogue.timeAmount.invalid}")
		@Pattern(regexp = WHOLE_NUMBER, message = "{catalogue.timeAmount.invalid}") String timeAmount,
		TimeLimit.Unit timeUnit,
		@Pattern(regexp = "\\s*(([01][0-9]|2[0-3]):[0-5][0-9])?\\s*", message = "{catalogue.cutOff.invalid}") String cutOff,
		SupplementPolicy supplementPolicy,
		String result,
		String legalBasis,
		String publishingDecision,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishingDecisionDate,
		@NotNull(message = "{catalogue.effectiveFrom.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
		String documentsSource,
		List<@Valid FeeRow> fees,
		List<@Valid ExemptionRow> exemptions,
		List<@Valid DocumentRow> documents,
		List<@Valid StepRow> steps,
		List<@Valid ConsultedRow> consulted) {

	/** A whole number of at most six digits, as typed (spaces around allowed). */
	static final String WHOLE_NUMBER = "\\s*[0-9]{1,6}\\s*";

	/** The validation group of a new procedure, whose code the form must give. */
	interface NewProcedure {
	}

	ProcedureFormData {
		timeUnit = timeUnit == null ? TimeLimit.Unit.WORKING_DAYS : timeUnit;
		supplementPolicy = supplementPolicy == null ? SupplementPolicy.RESTART : supplementPolicy;
		fees = listOf(fees);
		exemptions = listOf(exemptions);
		documents = listOf(documents);
		steps = listOf(steps);
		consulted = listOf(consulted);
	}

	/** A blank form for a new procedure, prefilled as a commune's ({@link ProcedureDraft#forCommune}), in force from. */
	static ProcedureFormData forCommune(VietnameseMessages words, LocalDate effectiveFrom) {
		ProcedureDraft defaults = ProcedureDraft.forCommune(words);
		return new ProcedureFormData(null, null, null, defaults.implementingLevel, defaults.implementingAgency, null, null,
				null, null, null, null, null, null, null, effectiveFrom, null, null, null, null, null, null);
	}

	static ProcedureFormData of(ProcedureVersion v) {
		return new ProcedureFormData(v.code(), v.name(), v.field(), v.implementingLevel(), v.implementingAgency(),
				v.serviceLevel(), Integer.toString(v.timeLimit().amount()), v.timeLimit().unit(),
				v.cutOff() == null ? null : v.cutOff().toString(), v.supplementPolicy(), v.result(), v.legalBasis(),
				v.publishingDecision(), v.publishingDecisionDate(), v.effectiveFrom(), v.documentsSource(),
				v.fees().stream().map(f -> new FeeRow(f.kind(), f.description(), Long.toString(f.amountVnd()), f.toBeSet())).toList(),
				v.feeExemptions().stream().map(e -> new ExemptionRow(e.description(), e.legalBasis(), e.channel(),
						e.effectiveFrom(), e.effectiveTo(), e.condition())).toList(),
				v.requiredDocuments().stream().map(d -> new DocumentRow(d.name(), d.original(), Integer.toString(d.copies()),
						d.formTemplate(), d.requirement(), d.condition())).toList(),
				v.steps().stream().map(s -> new StepRow(s.unit(), s.role(), Integer.toString(s.workingDays()), s.description())).toList(),
				v.consultedAgencies().stream().map(c -> new ConsultedRow(c.agency(), Integer.toString(c.shareWorkingDays()))).toList());
	}

	/** The same form with its blank rows dropped and a few fresh ones to fill in. */
	ProcedureFormData withBlankRows() {
		return new ProcedureFormData(code, name, field, implementingLevel, implementingAgency, serviceLevel, timeAmount,
				timeUnit, cutOff, supplementPolicy, result, legalBasis, publishingDecision, publishingDecisionDate,
				effectiveFrom, documentsSource, padded(fees, FeeRow::blank, FeeRow::empty, 2),
				padded(exemptions, ExemptionRow::blank, ExemptionRow::empty, 2),
				padded(documents, DocumentRow::blank, DocumentRow::empty, 3),
				padded(steps, StepRow::blank, StepRow::empty, 3),
				padded(consulted, ConsultedRow::blank, ConsultedRow::empty, 2));
	}

	/** At least one step, and the steps' days add up to the time limit (docs/catalogue.md). */
	void checkStepsAddUp(Errors errors) {
		List<StepRow> filled = steps.stream().filter(s -> !s.blank()).toList();
		int sum = filled.stream().mapToInt(s -> number(s.workingDays()) == null ? 0 : number(s.workingDays())).sum();
		if (filled.isEmpty()) {
			errors.rejectValue("steps", "catalogue.steps.required");
		}
		else if (number(timeAmount) != null && sum != number(timeAmount)) {
			errors.rejectValue("steps", "catalogue.steps.sum", new Object[] { sum, timeAmount }, null);
		}
	}

	/**
	 * Liên thông: the shares given to the agencies consulted leave the receiving agency part of the time limit (NĐ
	 * 61/2018 Art. 19.5: the one-stop hands the dossier from agency to agency, each within its share).
	 */
	void checkConsultedShares(Errors errors) {
		int sum = consulted.stream().filter(c -> !c.blank())
			.mapToInt(c -> number(c.shareWorkingDays()) == null ? 0 : number(c.shareWorkingDays())).sum();
		if (sum > 0 && timeUnit == TimeLimit.Unit.WORKING_DAYS && number(timeAmount) != null
				&& sum >= number(timeAmount)) {
			errors.rejectValue("consulted", "catalogue.consulted.sum", new Object[] { sum, timeAmount }, null);
		}
	}

	ProcedureDraft toDraft() {
		ProcedureDraft d = new ProcedureDraft();
		d.code = code == null ? null : code.strip();
		d.name = name.strip();
		d.field = field.strip();
		d.implementingLevel = implementingLevel.strip();
		d.implementingAgency = implementingAgency.strip();
		d.serviceLevel = serviceLevel;
		d.timeLimit = new TimeLimit(number(timeAmount), timeUnit);
		d.cutOff = isBlank(cutOff) ? null : LocalTime.parse(cutOff.strip());
		d.supplementPolicy = supplementPolicy;
		d.result = trimmed(result);
		d.legalBasis = trimmed(legalBasis);
		d.publishingDecision = trimmed(publishingDecision);
		d.publishingDecisionDate = publishingDecisionDate;
		d.effectiveFrom = effectiveFrom;
		d.documentsSource = trimmed(documentsSource);
		fees.stream().filter(f -> !f.blank())
			.forEach(f -> d.fees.add(new Fee(f.kind(), f.description().strip(), amount(f.amountVnd()), f.toBeSet())));
		exemptions.stream().filter(e -> !e.blank()).forEach(e -> d.feeExemptions.add(new FeeExemption(
				e.description().strip(), e.legalBasis().strip(), e.channel(), e.effectiveFrom(), e.effectiveTo(),
				trimmed(e.condition()))));
		documents.stream().filter(x -> !x.blank()).forEach(x -> d.requiredDocuments.add(new RequiredDocument(
				d.requiredDocuments.size() + 1, x.name().strip(), x.original(), number(x.copies()), trimmed(x.formTemplate()),
				x.requirement(), x.requirement() == RequiredDocument.Requirement.CONDITIONAL ? trimmed(x.condition()) : null)));
		steps.stream().filter(s -> !s.blank()).forEach(s -> d.steps.add(new ProcessingStep(d.steps.size() + 1,
				s.unit().strip(), s.role(), number(s.workingDays()), s.description().strip())));
		consulted.stream().filter(c -> !c.blank()).forEach(c -> d.consultedAgencies.add(new ConsultedAgency(
				d.consultedAgencies.size() + 1, trimmed(c.agency()), number(c.shareWorkingDays()))));
		return d;
	}

	/** The whole number typed ({@link #WHOLE_NUMBER}), or null when it is none. */
	static Integer number(String typed) {
		return typed != null && typed.matches(WHOLE_NUMBER) ? Integer.valueOf(typed.strip()) : null;
	}

	/** The amount in đồng typed: digits only (at most twelve), or null. */
	static Long amount(String typed) {
		return typed != null && typed.matches("\\s*[0-9]{1,12}\\s*") ? Long.valueOf(typed.strip()) : null;
	}

	static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String trimmed(String s) {
		return isBlank(s) ? null : java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
	}

	private static <T> List<T> listOf(List<T> rows) {
		return rows == null ? List.of() : rows.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static <T> List<T> padded(List<T> rows, Predicate<T> blank, Supplier<T> empty, int blanks) {
		List<T> padded = new ArrayList<>(rows.stream().filter(blank.negate()).toList());
		for (int i = 0; i < blanks; i++) {
			padded.add(empty.get());
		}
		return padded;
	}

	/** A fee line: a description and an amount in đồng (0 with "to be set" when the council has not set it yet). */
	record FeeRow(Fee.Kind kind, String description, String amountVnd, Boolean toBeSet) {

		FeeRow {
			kind = kind == null ? Fee.Kind.CHARGE : kind;
			toBeSet = Boolean.TRUE.equals(toBeSet);
		}

		static FeeRow empty() {
			return new FeeRow(null, null, null, false);
		}

		boolean blank() {
			return isBlank(description) && isBlank(amountVnd);
		}

		@AssertTrue(message = "{catalogue.fee.invalid}")
		boolean isComplete() {
			Long amount = amount(amountVnd);
			return blank() || amount != null && !isBlank(description) && (!toBeSet() || amount == 0);
		}
	}

	/** A fee exemption: what is exempt, its legal basis, for which channel, when, and in which case. */
	record ExemptionRow(String description, String legalBasis, SubmissionChannel channel,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo, String condition) {

		static ExemptionRow empty() {
			return new ExemptionRow(null, null, null, null, null, null);
		}

		boolean blank() {
			return isBlank(description) && isBlank(legalBasis);
		}

		@AssertTrue(message = "{catalogue.exemption.invalid}")
		boolean isComplete() {
			return blank() || !isBlank(description) && !isBlank(legalBasis);
		}
	}

	/** A required document: its name, original or copy, how many, its form, and whether mandatory. */
	record DocumentRow(String name, Boolean original, String copies, String formTemplate,
			RequiredDocument.Requirement requirement, String condition) {

		DocumentRow {
			original = Boolean.TRUE.equals(original);
			requirement = requirement == null ? RequiredDocument.Requirement.MANDATORY : requirement;
		}

		static DocumentRow empty() {
			return new DocumentRow(null, true, "1", null, null, null);
		}

		boolean blank() {
			return isBlank(name);
		}

		@AssertTrue(message = "{catalogue.document.copiesInvalid}")
		boolean isComplete() {
			return blank() || number(copies) != null && number(copies) >= 1;
		}
	}

	/** A processing step: the unit, the role, its working days and what is done. */
	record StepRow(String unit, OfficerRole role, String workingDays, String description) {

		static StepRow empty() {
			return new StepRow(null, null, null, null);
		}

		boolean blank() {
			return isBlank(unit) && isBlank(description) && isBlank(workingDays);
		}

		@AssertTrue(message = "{catalogue.step.invalid}")
		boolean isComplete() {
			return blank() || !isBlank(unit) && role != null && number(workingDays) != null && !isBlank(description);
		}
	}

	/** An agency the procedure consults (liên thông) and its share of the time limit in working days. */
	record ConsultedRow(String agency, String shareWorkingDays) {

		static ConsultedRow empty() {
			return new ConsultedRow(null, null);
		}

		boolean blank() {
			return isBlank(agency) && isBlank(shareWorkingDays);
		}

		@AssertTrue(message = "{catalogue.consulted.invalid}")
		boolean isComplete() {
			return blank() || !isBlank(agency) && number(shareWorkingDays) != null && number(shareWorkingDays) >= 1;
		}
	}
}
