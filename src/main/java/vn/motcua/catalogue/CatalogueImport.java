package vn.motcua.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.CsvRecords;
import vn.motcua.shared.VietnameseMessages;

/**
 * Imports a catalogue CSV (UTF-8, header row), streamed record by record. A good row goes in at once (in its own
 * transaction), a bad one is reported with its line number and reasons. A code new to the catalogue is imported;
 * a known code is compared with its stored version: the same content changes nothing (re-importing a file is
 * harmless), a change with an {@code effective_from} of its own becomes a new version from that day, a change
 * without one becomes a new version from today (the version in force keeps serving the dossiers received under it),
 * unless the version it changes is not in force yet, which is then corrected in place. Every reason is a
 * {@code catalogue.csv.*} message, in Vietnamese.
 */
@Service
public class CatalogueImport {

	/** Rejected lines listed in the result; the others are counted in one last entry (bounded memory). */
	static final int LISTED = 10_000;

	private final Procedures procedures;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final VietnameseMessages words;

	CatalogueImport(Procedures procedures, AuditTrail audit, PlatformTransactionManager transactions, Clock clock,
			MessageSource messages) {
		this.procedures = procedures;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.words = new VietnameseMessages(messages);
	}

	/** Imports a CSV; a file without the required columns, or not UTF-8 at all, is refused as a whole (400). */
	public ImportResult importCsv(InputStream csv) {
		CsvRecords records = new CsvRecords(csv);
		CsvRecords.CsvRecord header = records.next();
		if (header == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("catalogue.csv.empty"));
		}
		if (header.badEncoding()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("catalogue.csv.notUtf8"));
		}
		if (header.problem() != null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					words.say("catalogue.csv.headerUnreadable", reason(header.problem())));
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.cells().size(); i++) {
			columns.put(header.cells().get(i).trim().toLowerCase(java.util.Locale.ROOT), i);
		}
		List<String> missing = ImportRow.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("catalogue.csv.columnsMissing",
					String.join(", ", missing), String.join(",", ImportRow.REQUIRED)));
		}
		Tally tally = new Tally();
		Map<String, Integer> seen = new HashMap<>();
		LocalDate today = LocalDate.now(clock);
		for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
			if (record.problem() != null) {
				tally.reject(new ImportResult.Rejection(record.line(), null, List.of(reason(record.problem()))));
				continue;
			}
			ImportRow row = new ImportRow(record.line(), columns, record.cells(), words);
			if (row.errors.isEmpty()) {
				String key = row.code + "@" + (row.effectiveFrom == null ? "" : row.effectiveFrom);
				Integer earlier = seen.putIfAbsent(key, row.line);
				if (earlier != null) {
					row.errors.add(row.effectiveFrom == null ? words.say("catalogue.csv.duplicate", row.code, earlier)
							: words.say("catalogue.csv.duplicateFrom", row.code, row.effectiveFrom, earlier));
				}
			}
			if (!row.errors.isEmpty()) {
				tally.reject(new ImportResult.Rejection(row.line, row.code.isEmpty() ? null : row.code, row.errors));
				continue;
			}
			try {
				transaction.executeWithoutResult(status -> apply(row, today, tally));
			}
			catch (RuntimeException failed) {
				tally.reject(new ImportResult.Rejection(row.line, row.code,
						List.of(words.say("catalogue.csv.notSaved", failed.getMessage()))));
			}
		}
		int rejectedLines = tally.rejected.size() + tally.unlisted;
		if (tally.unlisted > 0) {
			tally.rejected.add(new ImportResult.Rejection(tally.firstUnlisted, null,
					List.of(words.say("catalogue.csv.unlisted", tally.unlisted, LISTED))));
		}
		ImportResult result = new ImportResult(tally.imported, tally.updated, tally.newVersions, tally.unchanged,
				tally.rejected);
		transaction.executeWithoutResult(status -> audit.record("CATALOGUE_IMPORTED", null, "catalogue", null,
				"imported=" + result.imported() + " updated=" + result.updated() + " newVersions="
						+ result.newVersions() + " unchanged=" + result.unchanged() + " rejected="
						+ rejectedLines));
		return result;
	}

	/** Why a record could not be read, in Vietnamese. */
	private String reason(CsvRecords.Problem problem) {
		int megabytes = switch (problem) {
			case NOT_UTF8 -> 0;
			case TOO_LONG -> CsvRecords.MAX_LINE_BYTES / (1024 * 1024);
			case UNCLOSED_QUOTE -> CsvRecords.MAX_RECORD_CHARS / (1024 * 1024);
		};
		return words.say("catalogue.csv.line." + problem.name(), megabytes);
	}

	private void apply(ImportRow row, LocalDate today, Tally tally) {
		List<ProcedureVersion> versions = procedures.findVersions(row.code);
		boolean abolitionChanged = row.abolishedOn != null && (versions.isEmpty()
				|| !row.abolishedOn.equals(versions.get(0).abolishedOn()));
		if (versions.isEmpty()) {
			ProcedureDraft draft = ProcedureDraft.forCommune(words);
			row.overlay(draft);
			draft.effectiveFrom = row.effectiveFrom != null ? row.effectiveFrom : today;
			long id = procedures.insert(draft);
			audit.record("CATALOGUE_PROCEDURE_IMPORTED", null, row.code, null, describe(words, id, draft));
			tally.imported++;
		}
		else {
			changeKnown(row, versions, today, tally, abolitionChanged);
		}
		if (abolitionChanged) {
			procedures.abolish(row.code, row.abolishedOn, row.cell("abolition_decision"));
			audit.record("CATALOGUE_PROCEDURE_ABOLISHED", null, row.code, null,
					words.say("catalogue.audit.abolished", row.abolishedOn, row.cell("abolition_decision")));
		}
	}

	private void changeKnown(ImportRow row, List<ProcedureVersion> versions, LocalDate today, Tally tally,
			boolean abolitionChanged) {
		Optional<ProcedureVersion> target = row.effectiveFrom == null ? Optional.of(versions.get(versions.size() - 1))
				: versions.stream().filter(v -> v.effectiveFrom().equals(row.effectiveFrom)).findFirst();
		ProcedureVersion base = target.orElseGet(() -> versions.stream()
			.filter(v -> !v.effectiveFrom().isAfter(row.effectiveFrom))
			.reduce((a, b) -> b)
			.orElse(versions.get(0)));
		ProcedureDraft draft = ProcedureDraft.of(base);
		row.overlay(draft);
		if (target.isPresent() && draft.sameContentAs(target.get())) {
			if (abolitionChanged) {
				tally.updated++;
			}
			else {
				tally.unchanged++;
			}
			return;
		}
		boolean correctInPlace = target.isPresent()
				&& (row.effectiveFrom != null || !target.get().effectiveFrom().isBefore(today));
		if (correctInPlace) {
			procedures.replace(target.get().id(), draft);
			audit.record("CATALOGUE_PROCEDURE_UPDATED", null, row.code, describe(words, target.get().id(),
					ProcedureDraft.of(target.get())), describe(words, target.get().id(), draft));
		}
		else {
			draft.effectiveFrom = row.effectiveFrom != null ? row.effectiveFrom : today;
			long id = procedures.insert(draft);
			audit.record("CATALOGUE_VERSION_CREATED", null, row.code, describe(words, base.id(),
					ProcedureDraft.of(base)), describe(words, id, draft));
			tally.newVersions++;
		}
		tally.updated++;
	}

	/** A version as the audit trail tells it ({@code catalogue.audit.version}). */
	static String describe(VietnameseMessages words, long id, ProcedureDraft d) {
		return words.say("catalogue.audit.version", id, d.code, d.name, d.field, d.serviceLevel, d.timeLimit.amount(),
				d.timeLimit.unit(), d.fees.stream().mapToLong(Fee::amountVnd).sum(), d.feeExemptions.size(),
				d.effectiveFrom);
	}

	private static final class Tally {

		int imported;
		int updated;
		int newVersions;
		int unchanged;
		final List<ImportResult.Rejection> rejected = new ArrayList<>();
		int unlisted;
		int firstUnlisted;

		/** Lists the first {@link CatalogueImport#LISTED} rejected lines, counts the others. */
		void reject(ImportResult.Rejection rejection) {
			if (rejected.size() < LISTED) {
				rejected.add(rejection);
			}
			else if (unlisted++ == 0) {
				firstUnlisted = rejection.line();
			}
		}
	}
}
