package vn.motcua.dossier;

/** The leader decided: the result (or the written refusal) is ready at the one-stop on {@code resolvedOn}. */
public record DossierResolved(long dossierId, String code, String agencyCode, Decision decision, java.time.LocalDate resolvedOn, java.time.LocalDate dueDate) {
}
