package vn.motcua.history;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.shared.VietnameseMessages;

/**
 * {@code POST /api/v1/dossiers/imports} (legal-rules.md §5): a JSON Lines body ({@code application/x-ndjson}), a ZIP
 * body ({@code application/zip}), or either as the {@code file} part of a multipart form. Answers with the number
 * imported and the rejected lines, each with its line number, code and errors (docs/import.md).
 */
@RestController
@RequestMapping("/api/v1/dossiers/imports")
class DossierImportController {

	private final DossierHistoryImport imports;

	private final VietnameseMessages words;

	DossierImportController(DossierHistoryImport imports, MessageSource messages) {
		this.imports = imports;
		this.words = new VietnameseMessages(messages);
	}

	@PostMapping(consumes = { "application/x-ndjson", "application/jsonl", "application/json-lines",
			MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	ImportReport importJsonLines(HttpServletRequest request) throws IOException {
		return imports.importJsonLines(request.getInputStream());
	}

	@PostMapping(consumes = { "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	ImportReport importZip(HttpServletRequest request) throws IOException {
		return ImportUpload.importFile(imports, request.getInputStream());
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	ImportReport importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("imports.error.noFilePart"));
		}
		return ImportUpload.importFile(imports, file.getInputStream());
	}
}
