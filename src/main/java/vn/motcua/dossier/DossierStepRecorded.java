package vn.motcua.dossier;

import java.time.OffsetDateTime;

/**
 * A step was recorded on a dossier: every change, in the order the dossier recorded it ({@code stepNumber} counts from
 * 1 for each dossier). The national portal link queues one synchronisation per step; the other modules listen to the
 * coarser events ({@link DossierReceived}, {@link DossierResolved}, …).
 */
public record DossierStepRecorded(long dossierId, String code, String agencyCode, int stepNumber, StepAction action,
		DossierStatus from, DossierStatus to, OffsetDateTime at, String actor) {
}
