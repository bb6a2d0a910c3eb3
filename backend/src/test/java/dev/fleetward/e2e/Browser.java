package dev.fleetward.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, with a fresh profile each time.
 */
final class Browser implements AutoCloseable {

	private final WebDriver driver;

	Browser(Path profileDir) throws IOException {
		Files.createDirectories(profileDir);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("fleetward.e2e.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profileDir.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("fleetward.e2e.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	void open(String url) {
		this.driver.get(url);
	}

	WebElement byTestId(String testId) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid='" + testId + "']")));
	}

	void awaitText(String testId, String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("[data-testid='" + testId + "']"), text));
	}

	String currentPath() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	void screenshot(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
		Files.write(file, png);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
