package dev.podgraph.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.podgraph.FixtureCatalogue;
import dev.podgraph.PodgraphTest;
import dev.podgraph.ingest.PageImporter;
import dev.podgraph.ingest.Pages;

/**
 * The pages in a real browser: headless Chromium, driven by Selenium, against the application on its port, on the
 * catalogue of the real fixtures. A visitor opens the seed episode's page, follows a topic to its page, asks the
 * search box a question; a page whose show notes carry a script runs nothing. Screenshots go to
 * {@code target/screenshots}. Chromium and its driver come from Debian ({@code .ci/run} installs them).
 */
@PodgraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	FixtureCatalogue fixtures;

	@Autowired
	PageImporter pages;

	WebDriver browser;

	@BeforeAll
	void start() throws IOException {
		fixtures.load();
		pages.importPage(Pages.page("hostile-browser", """
				Episode 2

				Published on:

				4th March 2024

				S1 | Ep 2 | Show notes that try to run code with Mal Ware, CTO at Acme

				In Episode 2, of Season 1, of The Hostile Show, Hana Host is joined by Mal Ware, CTO at Acme, where they discuss security, which includes;

				  • Why <script>document.title='pwned';window.ran=true</script> never runs here
				  • Images that <img src=x onerror="document.title='pwned'"> try too
				"""), null);
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(executable("PODGRAPH_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1280,1600");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(executable("PODGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aVisitorReadsTheSeedEpisodeFollowsATopicAndAsksTheSearchBox() throws IOException {
		open("/episodes/driven-by-data-the-podcast:s4e9");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Building Trust; The Power of Prediction");
		assertThat(browser.findElement(By.cssSelector("ul.people li.guest")).getText())
			.contains("Aimee Smith", "Director of Data", "Metropolitan Police");
		assertThat(texts("ul.sponsors a")).contains("Cambridge Spark");
		assertThat(texts("ul.tags a")).contains("bias", "public trust");
		for (String list : List.of("related", "next")) {
			WebElement section = browser.findElement(By.id(list)).findElement(By.xpath(".."));
			assertThat(section.findElements(By.cssSelector("ol.suggestions > li > a"))).as(list).hasSize(5);
			assertThat(section.findElements(By.cssSelector("ul.reasons li"))).as(list).isNotEmpty();
		}
		// The picture of the graph, drawn by the bundled ECharts under the Content-Security-Policy.
		assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.id("graph")).getSize().getHeight()).isGreaterThan(200);
		screenshot("episode");
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("document.getElementById('related').scrollIntoView()");
		screenshot("episode-lists-and-graph");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");

		browser.findElement(By.linkText("bias")).click();
		arriveAt("/topics/bias");
		assertThat(browser.getCurrentUrl()).endsWith("/topics/bias");
		assertThat(browser.findElement(By.cssSelector("ol.guests > li > a")).getText()).isEqualTo("Aimee Smith");
		assertThat(browser.findElements(By.cssSelector("#years-chart canvas"))).isNotEmpty();
		screenshot("topic");

		WebElement box = browser.findElement(By.id("q"));
		box.sendKeys("which guests talked about ethics?");
		box.submit();
		arriveAt("/search?q=");
		assertThat(browser.findElement(By.cssSelector("ol.guests > li > a")).getText()).isEqualTo("Aimee Smith");
		screenshot("search");

		open("/");
		screenshot("home");
	}

	@Test
	void aScriptInShowNotesNeverRuns() throws IOException {
		open("/people/mal-ware");
		browser.findElement(By.cssSelector("ul.episodes a")).click();
		arriveAt("/episodes/");

		assertThat(browser.getTitle()).doesNotContain("pwned");
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.ran === true"))
			.isEqualTo(false);
		assertThat(texts("ul.notes li")).anySatisfy(line -> assertThat(line).contains("<script>"));
		screenshot("hostile");
	}

	@Test
	void theEpisodePageReadsOnAPhone() throws IOException {
		browser.manage().window().setSize(new Dimension(390, 1600));
		try {
			open("/episodes/driven-by-data-the-podcast:s4e9");
			Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).isEqualTo(false);
			screenshot("episode-phone");
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 1600));
		}
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	/**
	 * Waits for the navigation a click or a form's submission started: {@code submit()} runs the form's submission
	 * as a script and returns before the browser has left the page, so the URL read at once can still be the old
	 * one (CI failed so, on a busy machine). Waits for the new URL, then for its document to be complete.
	 */
	private void arriveAt(String urlPart) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlContains(urlPart));
		wait.until(driver -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private List<String> texts(String css) {
		return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static String executable(String variable, String fallback) {
		String configured = System.getenv(variable);
		return configured == null || configured.isBlank() ? fallback : configured;
	}

}
