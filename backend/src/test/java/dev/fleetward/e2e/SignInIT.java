package dev.fleetward.e2e;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first-time user: starts the packaged app, signs in with the printed password through
 * the real form, sees the shell, signs out; after a restart the same admin signs in again
 * and no new password is printed.
 */
class SignInIT {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("Created user 'admin' with password: (\\S+)");

	private final Path work = Path.of("target", "e2e", "sign-in-" + System.nanoTime());

	private FleetwardProcess app;

	private Browser browser;

	@RegisterExtension
	final TestExecutionExceptionHandler screenshotOnFailure = this::screenshotAndRethrow;

	@BeforeEach
	void start() throws Exception {
		this.app = new FleetwardProcess(this.work.resolve("data"), this.work.resolve("fleetward.log"));
		this.app.start();
		this.browser = new Browser(this.work.resolve("chromium-profile"));
	}

	@AfterEach
	void stop() throws Exception {
		if (this.browser != null) {
			this.browser.close();
		}
		this.app.close();
	}

	@Test
	void signInSeeTheShellSignOutAndSignInAgainAfterRestart(TestInfo test) throws Exception {
		Matcher printed = PRINTED_PASSWORD.matcher(this.app.log());
		assertThat(printed.find()).as("the first start prints the admin password").isTrue();
		String password = printed.group(1);

		signIn(password);
		this.browser.byTestId("nav-clusters").click();
		this.browser.awaitText("page-title", "Clusters");
		assertThat(this.browser.currentPath()).isEqualTo("/clusters");

		this.browser.byTestId("sign-out").click();
		this.browser.byTestId("login-username");

		this.app.stop();
		int logLength = this.app.log().length();
		this.app.start();
		String restartLog = this.app.log().substring(logLength);
		assertThat(restartLog).doesNotContain("Created user").doesNotContain(password);

		signIn(password);
	}

	@Test
	void wrongPasswordShowsTheReasonOnTheForm() {
		this.browser.open(this.app.baseUrl() + "/");
		this.browser.byTestId("login-username").sendKeys("admin");
		this.browser.byTestId("login-password").sendKeys("not-the-password");
		this.browser.byTestId("login-submit").click();
		this.browser.awaitText("login-error", "Wrong username or password");
	}

	private void signIn(String password) {
		this.browser.open(this.app.baseUrl() + "/");
		this.browser.byTestId("login-username").sendKeys("admin");
		this.browser.byTestId("login-password").sendKeys(password);
		this.browser.byTestId("login-submit").click();
		this.browser.byTestId("app-shell");
		this.browser.awaitText("current-user", "admin");
	}

	private void screenshotAndRethrow(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.browser != null) {
			Path dir = Path.of(System.getProperty("fleetward.e2e.screenshots", "target/e2e-screenshots"));
			this.browser.screenshot(dir.resolve(context.getRequiredTestMethod().getName() + ".png"));
		}
		throw failure;
	}

}
