package vn.motcua.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import vn.motcua.dossier.PeriodFigures;

/** The period report as an XLSX workbook: the figures, each agency's row, and the Decision 766 indicators. */
class ReportWorkbook {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final Locale locale;

	ReportWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(PeriodReport report, List<Indicator> indicators, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet figures = workbook.createSheet(text("reporting.xlsx.figures"));
			// dates in a spreadsheet as Vietnamese write them, dd/mm/yyyy (never the ISO form)
			row(figures, 0, bold, text("reporting.period"), DAY.format(report.from()) + " – " + DAY.format(report.to()));
			int r = 2;
			for (Object[] line : lines(report.total())) {
				row(figures, r++, null, line);
			}
			figures.autoSizeColumn(0);

			Sheet agencies = workbook.createSheet(text("reporting.xlsx.agencies"));
			List<Object[]> header = lines(report.total());
			Row head = agencies.createRow(0);
			cell(head, 0, text("reporting.agency"), bold);
			for (int c = 0; c < header.size(); c++) {
				cell(head, c + 1, header.get(c)[0], bold);
			}
			int a = 1;
			for (PeriodReport.Row agency : report.rows()) {
				Row row = agencies.createRow(a++);
				cell(row, 0, agency.agencyName() + " (" + agency.agencyCode() + ")", null);
				List<Object[]> values = lines(agency.figures());
				for (int c = 0; c < values.size(); c++) {
					cell(row, c + 1, values.get(c)[1], null);
				}
			}

			Sheet index = workbook.createSheet(text("reporting.xlsx.index"));
			row(index, 0, bold, text("reporting.index.id"), text("reporting.index.name"), text("reporting.index.numerator"),
					text("reporting.index.denominator"), text("reporting.index.rate"), text("reporting.index.threshold"),
					text("reporting.index.score"));
			int i = 1;
			for (Indicator indicator : indicators) {
				row(index, i++, null, indicator.id(), text("reporting.index." + indicator.id()), indicator.numerator(),
						indicator.denominator(), indicator.rate(), indicator.fullScoreRate(), indicator.score());
			}
			index.autoSizeColumn(1);
			workbook.write(out);
		}
	}

	private List<Object[]> lines(PeriodFigures f) {
		return List.of(new Object[] { text("reporting.carriedOver"), f.carriedOver() },
				new Object[] { text("reporting.received"), f.received().total() },
				new Object[] { text("reporting.received.online"), f.received().online() },
				new Object[] { text("reporting.received.direct"), f.received().direct() },
				new Object[] { text("reporting.received.postal"), f.received().postal() },
				new Object[] { text("reporting.resolved"), f.resolved().total() },
				new Object[] { text("reporting.resolved.early"), f.resolved().early() },
				new Object[] { text("reporting.resolved.onTime"), f.resolved().onTime() },
				new Object[] { text("reporting.resolved.late"), f.resolved().late() },
				new Object[] { text("reporting.stopped"), f.stopped() },
				new Object[] { text("reporting.inProgress"), f.inProgress().total() },
				new Object[] { text("reporting.inProgress.withinTime"), f.inProgress().withinTime() },
				new Object[] { text("reporting.inProgress.overdue"), f.inProgress().overdue() },
				new Object[] { text("reporting.awaitingSupplement"), f.awaitingSupplement() },
				new Object[] { text("reporting.onTimeRate"), f.onTimeRate() },
				new Object[] { text("reporting.digitized"), f.digitized() },
				new Object[] { text("reporting.extended"), f.extended() },
				new Object[] { text("reporting.refusedAtIntake"), f.refusedAtIntake() });
	}

	private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			cell(row, c, values[c], c == 0 ? style : null);
		}
	}

	private static void cell(Row row, int column, Object value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}
}
