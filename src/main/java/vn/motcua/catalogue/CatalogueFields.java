package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fields (lĩnh vực) an administrator picks from: the 77 of the national commune-level catalogue
 * ({@code catalogue/fields.txt}) plus those already used.
 */
@Component
class CatalogueFields {

	private final List<String> reference;

	private final Catalogue catalogue;

	CatalogueFields(Catalogue catalogue) {
		this.catalogue = catalogue;
		try (InputStream in = new ClassPathResource("catalogue/fields.txt").getInputStream()) {
			reference = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
				.map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<String> all() {
		TreeSet<String> all = new TreeSet<>(reference);
		all.addAll(catalogue.fieldNames());
		return List.copyOf(all);
	}
}
