package vn.motcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (installed by src/test/setup/install-test-prerequisites.sh) run on pages in the tests' Chromium. */
public final class Axe {

	private static final Path SCRIPT = Path.of("target/axe/node_modules/axe-core/axe.min.js");

	private Axe() {
	}

	/** The serious and critical violations on each page ({@code base} + path), as "path: rule targets". */
	public static List<String> violations(WebDriver browser, String base, List<String> pages) throws IOException {
		assertThat(SCRIPT).as("axe-core, installed by src/test/setup/install-test-prerequisites.sh").exists();
		String axe = Files.readString(SCRIPT);
		List<String> violations = new ArrayList<>();
		for (String page : pages) {
			browser.get(base + page);
			JavascriptExecutor js = (JavascriptExecutor) browser;
			js.executeScript(axe);
			Object found = js.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
					  .filter(v => v.impact === 'serious' || v.impact === 'critical')
					  .map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
			for (Object violation : (List<?>) found) {
				violations.add(page + ": " + violation);
			}
		}
		return violations;
	}
}
