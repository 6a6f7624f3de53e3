package vn.motcua.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The administrator's form setting how long a supplement request may wait for a procedure before it lapses,
 * where the procedure's own sector law sets one ({@link SupplementLapseRules}), as posted. A number of days that is not a number is a binding error
 * ({@code typeMismatch.supplementLapse.workingDays}). The days' message names the bound of
 * {@link SupplementLapseAdminController#MAX_WORKING_DAYS} in its text (a validation message cannot take it as an
 * argument): change both together.
 */
record SupplementLapseFormData(
		@NotBlank(message = "{lapse.admin.error.code}") @Size(max = 40, message = "{lapse.admin.error.code}")
		String procedureCode,
		@NotNull(message = "{lapse.admin.error.days}")
		@Min(value = 1, message = "{lapse.admin.error.days}")
		@Max(value = SupplementLapseAdminController.MAX_WORKING_DAYS, message = "{lapse.admin.error.days}")
		Integer workingDays,
		@NotBlank(message = "{lapse.admin.error.basis}") @Size(max = 300, message = "{lapse.admin.error.basisTooLong}")
		String legalBasis) {

	static SupplementLapseFormData empty() {
		return new SupplementLapseFormData(null, null, null);
	}
}
