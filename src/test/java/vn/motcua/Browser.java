package vn.motcua;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver, installed by the test command when missing).
 * {@code Browser.start()} for a desktop window, {@code Browser.phone()} for a phone-sized one; {@code withoutJavaScript}
 * turns scripts off.
 */
public final class Browser {

	private Browser() {
	}

	/** Waits (up to 5 s) until the page's first heading reads {@code text}, e.g. after a click that loads a page. */
	public static void awaitHeading(WebDriver driver, String text) {
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	public static WebDriver start() {
		return start(1280, 900, true);
	}

	public static WebDriver phone(boolean javaScript) {
		return start(390, 844, javaScript);
	}

	/** A desktop window whose downloads are saved in {@code folder} without asking. */
	public static WebDriver withDownloads(java.nio.file.Path folder) {
		ChromeOptions options = options(1280, 900, true);
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
				folder.toAbsolutePath().toString(), "download.prompt_for_download", false,
				"plugins.always_open_pdf_externally", true));
		return start(options);
	}

	public static WebDriver start(int width, int height, boolean javaScript) {
		return start(options(width, height, javaScript));
	}

	private static ChromeOptions options(int width, int height, boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=vi", "--window-size=" + width + "," + height);
		if (!javaScript) {
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		return options;
	}

	private static WebDriver start(ChromeOptions options) {
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}
}
