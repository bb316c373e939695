package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.query.DocumentLookup;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst page and the Fuseki UI in headless Chromium, as an analyst uses them. Skipped
 * where Debian's {@code chromium} and {@code chromium-driver} are not installed (CI installs them).
 */
class AnalystPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String NUMBER = "长政办发〔2020〕10号";

    private static Path dir;
    private static GazetteStore store;
    private static FusekiServer server;
    private static String base;

    private Path profile;
    private WebDriver browser;

    private static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!browserInstalled()) {
            return;
        }
        dir = Files.createTempDirectory("gazette-browser-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
        server = GazetteServer.create(store.dataset()).port(0).timeoutMillis(GazetteServer.DEFAULT_TIMEOUT_MS).build();
        server.start();
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        if (dir != null) {
            deleteTree(dir);
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        // Each test reports itself skipped, so a run without the browser says so test by test.
        assumeTrue(browserInstalled(),
                "headless browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        profile = Files.createTempDirectory("gazette-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        // An explicit binary and driver: Selenium Manager must not look for (or download) either.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void exampleQuery_runsWithOneClickAndShowsItsRows() {
        browser.get(base + "/analyst/#queries");
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button.run-query[data-query='01_documents_per_city_year']")));
        run.click();
        List<WebElement> rows = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 0));
        assertThat(browser.findElements(By.cssSelector("#results thead th"))).extracting(WebElement::getText)
                .containsExactly("city", "year", "documents");
        assertThat(rows).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("长治市"));
        assertThat(browser.findElement(By.id("query-status")).getText()).contains(rows.size() + " 行");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11_documents_naming_counties_of_city", "12_division_history"})
    void pagedQuery_nextPageRunsTheQueryFromTheNextOffset_previousComesBack(String name) {
        browser.get(base + "/analyst/#queries");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button.run-query[data-query='" + name + "']"))).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 2));
        String firstPage = browser.findElement(By.cssSelector("#results tbody")).getText();
        String twoRows = ((String) script("return document.getElementById('query-text').value"))
                .replaceFirst("LIMIT 100 OFFSET 0\\s*$", "LIMIT 2 OFFSET 0");
        script("document.getElementById('query-text').value = arguments[0]", twoRows);
        browser.findElement(By.id("run-query")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "1–2 行"));
        assertThat(browser.findElement(By.cssSelector("button.page-previous")).getAttribute("disabled")).isNotNull();
        browser.findElement(By.cssSelector("button.page-next")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "3–4 行"));
        assertThat((String) script("return document.getElementById('query-text').value")).endsWith("LIMIT 2 OFFSET 2");
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(firstPage).contains(rows.get(0).getText()).doesNotStartWith(rows.get(0).getText());
        browser.findElement(By.cssSelector("button.page-previous")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "1–2 行"));
        assertThat(firstPage).startsWith(browser.findElements(By.cssSelector("#results tbody tr")).get(0).getText());
    }

    /** Query 01 reads its page by number (view:page k): the pager rewrites that number, not an OFFSET. */
    @Test
    void pageNumberedQuery_previousPageRewritesThePageNumber() {
        browser.get(base + "/analyst/#queries");
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button.run-query[data-query='01_documents_per_city_year']"))).click();
        waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#results tbody tr"), 2));
        String firstPage = browser.findElement(By.cssSelector("#results tbody")).getText();
        assertThat(browser.findElement(By.cssSelector("button.page-previous")).getAttribute("disabled")).isNotNull();
        String second = ((String) script("return document.getElementById('query-text').value"))
                .replaceFirst("\\?row view:page 0 ;", "?row view:page 1 ;");
        assertThat(second).contains("?row view:page 1 ;");
        script("document.getElementById('query-text').value = arguments[0]", second);
        browser.findElement(By.id("run-query")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "0 行"));
        browser.findElement(By.cssSelector("button.page-previous")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("query-status"), "1–"));
        String text = (String) script("return document.getElementById('query-text').value");
        assertThat(text).contains("?row view:page 0 ;").doesNotContain("OFFSET 0");
        assertThat(browser.findElement(By.cssSelector("#results tbody")).getText()).isEqualTo(firstPage);
    }

    @Test
    void exampleQueryList_showsEveryQueryWithItsSummary() {
        browser.get(base + "/analyst/#queries");
        List<WebElement> items = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#query-list li[data-query]"), 4));
        assertThat(items).extracting(e -> e.findElement(By.cssSelector(".q-summary")).getText()).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void graphView_drawsTheDocumentsNeighbourhoodWithChineseLabels() {
        String iri = new DocumentLookup(store.dataset()).byNumber(NUMBER).get(0).iri();
        browser.get(base + "/analyst/#graph?doc=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("graph")), "data-nodes"));
        long nodes = ((Number) script("return window.gazetteKg.cy.nodes().length")).longValue();
        assertThat(nodes).isGreaterThan(2);
        assertThat(script("return window.gazetteKg.cy.getElementById(arguments[0]).data('label')", iri))
                .isEqualTo(NUMBER);
        assertThat((String) script("return window.gazetteKg.cy.nodes().map(n => n.data('label')).join(' ')")).contains("长治市");
        assertThat(browser.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
    }

    @Test
    void graphView_findsADocumentByItsNumberPrintedInTraditionalCharactersAndOtherBrackets() {
        String iri = new DocumentLookup(store.dataset()).byNumber(NUMBER).get(0).iri();
        String printed = "長政辦發 [2020] 10號";
        browser.get(base + "/analyst/#graph");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("graph")), "data-nodes"));
        WebElement input = browser.findElement(By.id("graph-doc"));
        input.clear();
        input.sendKeys(printed);
        input.submit();
        waiting().until(ExpectedConditions.urlContains(URLEncoder.encode(iri, StandardCharsets.UTF_8)));
        waiting().until(d -> NUMBER.equals(script("const cy = window.gazetteKg.cy; const n = cy && cy.nodes('[?centre]'); "
                + "return n && n.length ? n[0].data('label') : null")));
    }

    @Test
    void graphView_drawsTheResultOfTheExampleConstructQuery() {
        browser.get(base + "/analyst/#graph");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("graph")), "data-nodes"));
        browser.findElement(By.id("graph-construct-toggle")).click();
        assertThat(browser.findElement(By.id("graph-query")).getDomProperty("value")).contains("CONSTRUCT");
        script("window.gazetteKg.cy.elements().remove(); document.getElementById('graph').removeAttribute('data-nodes');");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("graph-run"))).click();
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("graph")), "data-nodes"));
        assertThat(((Number) script("return window.gazetteKg.cy.edges().length")).longValue()).isPositive();
        assertThat((String) script("return window.gazetteKg.cy.nodes().map(n => n.data('label')).join(' ')")).contains("晋政");
    }

    @Test
    void overview_drawsItsCharts() {
        browser.get(base + "/analyst/#overview");
        for (String chart : List.of("chart-city-year", "chart-policies", "chart-levels")) {
            WebElement box = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + "[data-rendered]")));
            assertThat(Integer.parseInt(box.getDomAttribute("data-rendered"))).as(chart).isPositive();
            assertThat(box.findElements(By.tagName("canvas"))).as(chart).isNotEmpty();
        }
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-figure='documents'] b"))).getText())
                .isNotEqualTo("0");
    }

    @Test
    void search_findsTheDocumentsWithAChineseTermAndLinksTheirSourceLines() {
        browser.get(base + "/analyst/#search");
        WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
        input.sendKeys("蓝天保卫战");
        browser.findElement(By.cssSelector("#search-form button[type='submit']")).click();
        List<WebElement> rows = waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#search-results tbody tr"), 0));
        assertThat(rows).allSatisfy(r -> assertThat(r.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("蓝天保卫战"));
        String source = rows.get(0).findElement(By.cssSelector("a[href^='/source?']")).getDomAttribute("href");
        browser.get(base + source);
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".line.marked mark"))).getText())
                .isEqualTo("蓝天保卫战");
    }

    @Test
    void fusekiUi_opensWithTheGazetteDatasetAndLinksTheAnalystPage() {
        browser.get(base + "/");
        waiting().until(d -> d.findElement(By.id("app")).getText().contains("gazette"));
        assertThat(browser.getTitle()).contains("Fuseki");
        WebElement link = browser.findElement(By.id(FusekiRootPage.LINK_ID));
        link.click();
        waiting().until(ExpectedConditions.urlContains("/analyst/"));
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.top h1"))).getText())
                .contains("政府公报知识图谱");
    }

    @Test
    void documentIri_opensTheDocumentsPage() {
        DocumentLookup.DocumentView doc = new DocumentLookup(store.dataset()).byNumber(NUMBER).get(0);
        browser.get(base + IriPaths.idPath(doc.iri()).orElseThrow());
        waiting().until(ExpectedConditions.urlContains("/source?doc="));
        WebElement section = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.doc[data-iri]")));
        assertThat(section.getDomAttribute("data-iri")).isEqualTo(doc.iri());
        assertThat(section.findElement(By.cssSelector(".meta")).getText()).contains(NUMBER).contains(doc.title());
        assertThat(browser.findElements(By.cssSelector(".lines .line"))).hasSize(doc.endLine() - doc.startLine() + 1);
    }

    @Test
    void divisionIri_opensAReadablePageLinkingItsNeighbours() {
        browser.get(base + "/id/division/1404");
        WebElement section = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resource")));
        assertThat(browser.getCurrentUrl()).contains("/doc/division/1404?format=html");
        assertThat(section.findElement(By.tagName("h1")).getText()).isEqualTo("长治市");
        assertThat(section.findElements(By.cssSelector("#statements a[href^='/id/']"))).isNotEmpty();
    }
}
