package vn.motcua.nationallink;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.DossierStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Every MotCua state has its national status code (the table of docs/national-link.md, checked both ways). */
class NationalStatusTests {

	@Test
	void everyStateMapsToTheNationalCodeOfTheTable() {
		Map<DossierStatus, String> table = new EnumMap<>(DossierStatus.class);
		table.put(DossierStatus.SUBMITTED, "1");
		table.put(DossierStatus.INCOMPLETE_AT_INTAKE, "5");
		table.put(DossierStatus.REFUSED_AT_INTAKE, "3");
		table.put(DossierStatus.RECEIVED, "2");
		table.put(DossierStatus.IN_REVIEW, "4");
		table.put(DossierStatus.AWAITING_DECISION, "4");
		table.put(DossierStatus.AWAITING_SUPPLEMENT, "5");
		table.put(DossierStatus.RESOLVED, "9");
		table.put(DossierStatus.RETURNED, "10");
		table.put(DossierStatus.WITHDRAWAL_REQUESTED, "7");
		table.put(DossierStatus.STOPPED, "8");
		assertThat(table.keySet()).as("every state is in the table").containsExactlyInAnyOrder(DossierStatus.values());
		table.forEach((status, code) -> assertThat(NationalStatus.of(status, false).code()).as(status.name())
			.isEqualTo(code));
		assertThat(NationalStatus.of(DossierStatus.RESOLVED, true).code()).as("a fee still to pay at the result")
			.isEqualTo("6");
	}
}
