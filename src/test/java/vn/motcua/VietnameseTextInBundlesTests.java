package vn.motcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vietnamese text for people lives in the message bundles (issue 14 item 6): the classes listed here, which once built
 * reasons, problem details, audit lines and catalogue defaults in Java, hold no Vietnamese letter in a string literal.
 * Comments do not count. What stays in Java on purpose: legal citations, data (holiday names, demo names, words
 * parsed from files and from the portal's texts, the catalogue CSV's document markers in {@code DocumentLines}),
 * OpenAPI {@code @Schema} descriptions, the simulators and the command-line tools.
 */
class VietnameseTextInBundlesTests {

	private static final Pattern VIETNAMESE = Pattern.compile(
			"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");

	private static final List<String> CLEANED = List.of(
			"catalogue/ImportRow.java", "catalogue/CatalogueImport.java", "catalogue/ProcedureDraft.java",
			"catalogue/ProcedureFormData.java", "catalogue/CatalogueAdministration.java",
			"catalogue/CatalogueApiController.java", "catalogue/CatalogueAdminController.java", "catalogue/Catalogue.java",
			"calendar/CalendarApiController.java", "dossier/api/DossierApiController.java",
			"dossier/DossierExportController.java", "history/DossierImportController.java",
			"nationallink/NationalPortalClient.java",
			"nationallink/NationalLinkHealth.java", "documents/RemoteTimeStamps.java", "shared/VietnameseMessages.java");

	@Test
	void theCleanedClassesHoldNoVietnameseText() throws IOException {
		List<String> found = new ArrayList<>();
		for (String file : CLEANED) {
			String code = Files.readString(Path.of("src/main/java/vn/motcua", file))
				.replaceAll("(?s)/\\*.*?\\*/", "")
				.replaceAll("(?m)//.*$", "");
			Matcher strings = STRING.matcher(code);
			while (strings.find()) {
				if (VIETNAMESE.matcher(strings.group()).find()) {
					found.add(file + ": " + strings.group());
				}
			}
		}
		assertThat(found).as("Vietnamese text written in Java instead of a message bundle").isEmpty();
	}
}
