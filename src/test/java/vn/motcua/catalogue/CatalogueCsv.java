package vn.motcua.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds catalogue CSV files for tests: the ten required columns, plus optional ones appended by name. */
final class CatalogueCsv {

	static final String HEADER = "code,name,field,service_level,time_limit,time_unit,fee_vnd,fee_exempt,fee_exempt_basis,legal_basis";

	private final String header;

	private final List<String> lines = new ArrayList<>();

	private CatalogueCsv(String header) {
		this.header = header;
	}

	static CatalogueCsv standard() {
		return new CatalogueCsv(HEADER);
	}

	/** The standard columns followed by extra ones, e.g. {@code withColumns("effective_from", "abolished_on")}. */
	static CatalogueCsv withColumns(String... extra) {
		return new CatalogueCsv(HEADER + "," + String.join(",", extra));
	}

	CatalogueCsv row(String... cells) {
		lines.add(String.join(",", List.of(cells).stream().map(CatalogueCsv::quote).toList()));
		return this;
	}

	/** A well-formed row with sensible defaults. */
	CatalogueCsv procedure(String code, String name, String level, long feeVnd, boolean exempt, String... extra) {
		List<String> cells = new ArrayList<>(List.of(code, name, "Hộ tịch", level, "3", "WORKING_DAYS",
				Long.toString(feeVnd), Boolean.toString(exempt), exempt ? "Nghị quyết 12/2025/NQ-HĐND" : "",
				"Luật Hộ tịch 60/2014/QH13"));
		cells.addAll(List.of(extra));
		return row(cells.toArray(String[]::new));
	}

	CatalogueCsv raw(String line) {
		lines.add(line);
		return this;
	}

	String text() {
		return header + "\n" + String.join("\n", lines) + "\n";
	}

	byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	private static String quote(String cell) {
		return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}
}
