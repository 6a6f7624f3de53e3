package vn.motcua.catalogue;

import java.util.List;

/**
 * The outcome of a catalogue import (POST /api/v1/catalogue/imports): procedures new to the catalogue, procedures
 * changed (corrected in place or given a new version, counted again in {@code newVersions}), rows that changed
 * nothing, and the rejected rows, each with its line number and reasons in Vietnamese.
 */
public record ImportResult(int imported, int updated, int newVersions, int unchanged, List<Rejection> rejected) {

	public ImportResult {
		rejected = List.copyOf(rejected);
	}

	/** A rejected line of the file. */
	public record Rejection(int line, String code, List<String> errors) {
	}
}
