package vn.motcua.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.motcua.agency.Agencies;
import vn.motcua.agency.Agency;
import vn.motcua.calendar.DeadlineCalendar;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedureSummary;
import vn.motcua.history.DossierHistoryImport;
import vn.motcua.history.ImportFiles;
import vn.motcua.history.ImportReport;

/**
 * Fills an installation with demo dossiers for communes (or a whole province): starts serving them, draws a
 * {@link DemoHistory} from the catalogue and sends it through the history import, the same code path as an
 * administrator's file. Running it again with the same seed adds nothing (the codes are the same).
 */
@Service
class DemoDataGenerator {

	/** How often a commune receives each procedure, relative to the others (1 for those not listed). */
	private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("1.001193", 18),
			Map.entry("1.000894", 6), Map.entry("1.000656", 5), Map.entry("1.004873", 14), Map.entry("2.000635", 10),
			Map.entry("2.000815", 12), Map.entry("2.000884", 6), Map.entry("2.000908", 3), Map.entry("2.001035", 4),
			Map.entry("2.000913", 2), Map.entry("2.001019", 2), Map.entry("1.004859", 4), Map.entry("1.004884", 2),
			Map.entry("1.001022", 2));

	private final DossierHistoryImport imports;

	private final Agencies agencies;

	private final Catalogue catalogue;

	private final DeadlineCalendar calendar;

	private final Clock clock;

	DemoDataGenerator(DossierHistoryImport imports, Agencies agencies, Catalogue catalogue, DeadlineCalendar calendar,
			Clock clock) {
		this.imports = imports;
		this.agencies = agencies;
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The communes of a province (by its 2-digit code), or the listed commune codes. */
	List<DemoHistory.Commune> communes(String province, List<String> codes) {
		List<Agency> chosen = new ArrayList<>();
		if (province != null && !province.isBlank()) {
			chosen.addAll(agencies.inProvince(province.strip()));
		}
		for (String code : codes) {
			agencies.find(code.strip()).ifPresent(chosen::add);
		}
		return chosen.stream().distinct().map(a -> new DemoHistory.Commune(a.code(), a.name())).toList();
	}

	/** Generates and imports {@code perCommune} dossiers for each commune over [from, to]. */
	ImportReport generate(List<DemoHistory.Commune> communes, LocalDate from, LocalDate to, int perCommune, long seed,
			boolean files) {
		DemoHistory history = history(communes, from, to, perCommune, seed, files);
		return imports.importLines(history, files ? new DemoFiles() : ImportFiles.NONE, agency -> true);
	}

	/** Starts serving the communes and draws their history (lazily: one line at a time). */
	DemoHistory history(List<DemoHistory.Commune> communes, LocalDate from, LocalDate to, int perCommune, long seed,
			boolean files) {
		if (communes.isEmpty()) {
			throw new IllegalArgumentException("no commune to fill: set motcua.demo.communes or motcua.demo.province");
		}
		communes.forEach(c -> agencies.setActive(c.code(), true));
		List<DemoHistory.WeightedProcedure> procedures = catalogue.inForceToday().stream()
			.map(ProcedureSummary::code)
			.distinct()
			.map(code -> catalogue.history(code))
			.filter(history -> !history.isEmpty())
			.map(history -> new DemoHistory.WeightedProcedure(history.get(history.size() - 1),
					WEIGHTS.getOrDefault(history.get(0).code(), 1)))
			.toList();
		if (procedures.isEmpty()) {
			throw new IllegalStateException("the catalogue is empty: load the starter catalogue first");
		}
		return new DemoHistory(communes, procedures, from, to, perCommune, seed, OffsetDateTime.now(clock), calendar,
				files);
	}
}
