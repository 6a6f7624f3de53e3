package vn.motcua.history;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.ImportBatchWriter;
import vn.motcua.history.LineDocuments.Attachment;
import vn.motcua.shared.Utf8Lines;

/**
 * One import (legal-rules.md §5): each line read and replayed into the batch being filled, each batch written in one
 * transaction ({@code COPY} through {@link ImportBatchWriter}), the counts, and the report. A line whose code a dossier
 * already has is skipped; a code repeated in the file rejects the later line; rejected lines are listed up to
 * {@link #LISTED}, the others only counted.
 */
final class ImportRun {

	static final int BATCH_SIZE = 2_000;

	/** A batch is also written once its lines hold this many characters (long lines: memory stays bounded). */
	static final long BATCH_CHARS = 8L * 1024 * 1024;

	/**
	 * Rejected lines listed in the report; the others are counted in one last entry (a file of millions of bad
	 * lines must not fill the memory with their reasons).
	 */
	static final int LISTED = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A line read, waiting for its batch. */
	record Pending(int line, String code, Dossier dossier, List<Attachment> attachments, List<String> errors) {
	}

	private final HistoryReplay replay;

	private final ImportMessages messages;

	private final ImportedFiles files;

	private final ImportBatchWriter writer;

	private final List<Pending> pending = new ArrayList<>();

	private final List<ImportReport.Rejection> rejected = new ArrayList<>();

	/** Rejected lines past the {@link #LISTED} first, only counted; the first of them. */
	private int unlisted;

	private int firstUnlisted;

	/** Characters of the lines read into the batch being filled. */
	private long pendingChars;

	private final Set<String> agencies = new HashSet<>();

	private int imported;

	private int skipped;

	ImportRun(HistoryReplay replay, ImportMessages messages, ImportedFiles files, ImportBatchWriter writer) {
		this.replay = replay;
		this.messages = messages;
		this.files = files;
		this.writer = writer;
	}

	/**
	 * Reads a line into the batch being filled. A line too long or not UTF-8 is a rejected line with its reason, like
	 * any other bad line; a blank line is no line; a byte order mark before the first line is dropped.
	 */
	void read(Utf8Lines.Line read) {
		int number = read.number();
		String line = read.text();
		if (read.problem() == Utf8Lines.Problem.TOO_LONG) {
			refuse(number, messages.say("imports.error.lineTooLong",
					ImportMessages.megabytes(DossierHistoryImport.MAX_LINE_BYTES)));
		}
		else if (read.problem() == Utf8Lines.Problem.NOT_UTF8) {
			refuse(number, messages.say("imports.error.notUtf8"));
		}
		else {
			if (number == 1 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			if (!line.isBlank()) {
				replay(number, line);
				pendingChars += line.length();
			}
		}
	}

	boolean batchFull() {
		return pending.size() >= BATCH_SIZE || pendingChars >= BATCH_CHARS;
	}

	List<Pending> takePending() {
		List<Pending> batch = new ArrayList<>(pending);
		pending.clear();
		pendingChars = 0;
		return batch;
	}

	private void refuse(int number, String reason) {
		pending.add(new Pending(number, null, null, List.of(), new ArrayList<>(List.of(reason))));
	}

	private void replay(int number, String text) {
		JsonNode node;
		try {
			node = JSON.readTree(text);
		}
		catch (JacksonException e) {
			refuse(number, messages.say("imports.error.notJson"));
			return;
		}
		if (node == null || !node.isObject()) {
			refuse(number, messages.say("imports.error.notAnObject"));
			return;
		}
		HistoryLine line = HistoryLine.read(node);
		HistoryReplay.Outcome outcome = replay.replay(line);
		pending.add(new Pending(number, line.code(), outcome.dossier(), outcome.attachments(),
				new ArrayList<>(outcome.errors())));
	}

	/** Writes a batch (on the writer thread, while the next batch is read). */
	void flush(List<Pending> pending) throws SQLException {
		if (pending.isEmpty()) {
			return;
		}
		try {
			writer.begin();
			markRepeatedCodes(pending);
			List<Pending> good = pending.stream().filter(p -> p.errors().isEmpty()).toList();
			Set<String> existing = writer.existing(good.stream().map(Pending::code).toList());
			List<ImportBatchWriter.Row> rows = new ArrayList<>();
			for (Pending p : good) {
				if (existing.contains(p.code())) {
					skipped++;
					continue;
				}
				List<DossierDocument> documents = files.store(p.dossier(), p.attachments(), p.errors());
				if (p.errors().isEmpty()) {
					rows.add(new ImportBatchWriter.Row(p.dossier(), documents));
					agencies.add(p.dossier().agencyCode());
				}
			}
			writer.write(rows);
			writer.commit();
			imported += rows.size();
		}
		catch (SQLException e) {
			writer.rollback();
			throw e;
		}
		catch (IOException | RuntimeException e) {
			writer.rollback();
			throw new IllegalStateException(e.getMessage(), e);
		}
		for (Pending p : pending) {
			if (!p.errors().isEmpty()) {
				if (rejected.size() < LISTED) {
					rejected.add(new ImportReport.Rejection(p.line(), p.code(), p.errors()));
				}
				else if (unlisted++ == 0) {
					firstUnlisted = p.line();
				}
			}
		}
	}

	/** A code seen on an earlier line of the file (in this batch or an earlier one) rejects the later line. */
	private void markRepeatedCodes(List<Pending> pending) throws SQLException {
		Map<String, Integer> first = new LinkedHashMap<>();
		for (Pending p : pending) {
			if (p.code() == null) {
				continue;
			}
			Integer earlier = first.putIfAbsent(p.code(), p.line());
			if (earlier != null) {
				p.errors().add(messages.say("imports.error.duplicateInFile", p.code(), earlier));
			}
		}
		Map<String, Integer> earlierBatches = writer.earlierLines(first);
		for (Pending p : pending) {
			Integer earlier = p.code() == null ? null : earlierBatches.get(p.code());
			if (earlier != null && first.get(p.code()) == p.line()) {
				p.errors().add(messages.say("imports.error.duplicateInFile", p.code(), earlier));
			}
		}
	}

	/** All rejected lines, listed and only counted. */
	int rejectedLines() {
		return rejected.size() + unlisted;
	}

	/** The one commune every imported dossier belongs to, or null (none, or several). */
	String soleAgency() {
		return agencies.size() == 1 ? agencies.iterator().next() : null;
	}

	/** The report of the import, once every batch is written: the lines not listed are said in one last entry. */
	ImportReport report() {
		List<ImportReport.Rejection> listed = new ArrayList<>(rejected);
		if (unlisted > 0) {
			listed.add(new ImportReport.Rejection(firstUnlisted, null,
					List.of(messages.say("imports.error.moreRejected", unlisted, LISTED))));
		}
		return new ImportReport(imported, listed, skipped);
	}
}
