package vn.motcua.catalogue;

import vn.motcua.shared.OfficerRole;

/** One step of the internal procedure (quy trình nội bộ): who does it and in how many working days. */
public record ProcessingStep(int order, String unit, OfficerRole role, int workingDays, String description) {
}
