package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.shared.VietnameseMessages;

/**
 * The catalogue's fixed interfaces (legal-rules.md §5): CSV import and the summary figures; plus search for
 * integrators.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
class CatalogueApiController {

	private final Catalogue catalogue;

	private final CatalogueImport imports;

	private final VietnameseMessages words;

	CatalogueApiController(Catalogue catalogue, CatalogueImport imports, MessageSource messages) {
		this.catalogue = catalogue;
		this.imports = imports;
		this.words = new VietnameseMessages(messages);
	}

	/** The CSV as the request body (text/csv), read as it arrives. */
	@PostMapping(path = "/imports", consumes = { "text/csv", "text/plain", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	ImportResult importBody(HttpServletRequest request) throws IOException {
		try (InputStream body = request.getInputStream()) {
			return imports.importCsv(body);
		}
	}

	/** The CSV as the {@code file} part of a multipart form. */
	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('INSTALLATION_ADMIN')")
	ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, words.say("catalogue.csv.noFile"));
		}
		try (InputStream in = file.getInputStream()) {
			return imports.importCsv(in);
		}
	}

	@GetMapping("/summary")
	CatalogueSummary summary() {
		return catalogue.summary();
	}

	@GetMapping("/procedures")
	List<ProcedureSummary> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) String field, @RequestParam(required = false) ServiceLevel level,
			@RequestParam(defaultValue = "20") int limit) {
		return catalogue.search(q, field, level, limit);
	}
}
