package dev.krait.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.krait.compat.Dashboard;
import dev.krait.compat.ModuleRow;
import dev.krait.compat.Sources;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The site as a reader sees it: built from the fixture run in {@code src/test/resources/fixture}
 * and opened from the file system in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Checks that the tables have the run's
 * rows, that sorting and filtering work, that every internal link resolves and that no page logs
 * a console error; saves screenshots of the main pages at laptop and phone widths under
 * {@code target/screenshots/}.
 */
class SiteBrowserTest {
    private static final String[] CHROMIUM = {"/usr/bin/chromium", "/usr/bin/chromium-browser"};
    private static final String[] DRIVER = {"/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver"};

    private static Path site;
    private static Dashboard dashboard;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndOpen() throws Exception {
        Path fixture = Path.of("src/test/resources/fixture").toAbsolutePath();
        Sources sources = new Sources(fixture.resolve("run.json"),
                fixture.resolve("cpython.tsv"), fixture.resolve("expectations"),
                fixture.resolve("history"), fixture.resolve("api-surface"),
                fixture.resolve("benchmarks"), fixture.resolve("root"),
                Path.of("../docs/DIFFERENCES.md").toAbsolutePath(), fixture.resolve("coverage"),
                fixture.resolve("allure-report/index.html"));
        dashboard = sources.load();
        site = Path.of("target/test-site").toAbsolutePath();
        new SiteBuilder().build(dashboard, site);
        browser = startChromium();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static ChromeDriver startChromium() {
        String chromium = firstExisting(CHROMIUM);
        String driver = firstExisting(DRIVER);
        if (chromium == null || driver == null) {
            fail("The site's browser test needs Chromium and its driver (" + String.join(" or ",
                    CHROMIUM) + ", " + String.join(" or ", DRIVER) + "): apt-get install "
                    + "chromium chromium-driver (.ci/run installs them when absent)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--allow-file-access-from-files",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver)).build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return d;
    }

    private static String firstExisting(String[] paths) {
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return p;
            }
        }
        return null;
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static List<WebElement> visibleRows(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static List<String> firstColumn(String tableId) {
        return visibleRows(tableId).stream()
                .map(r -> r.findElements(By.tagName("td")).getFirst().getText().trim()).toList();
    }

    @Test
    void modulesTableHasTheRunsModulesAndSortsAndFilters() {
        open("modules.html");
        List<String> expected = dashboard.report().modules().stream().map(ModuleRow::module)
                .sorted().toList();
        assertEquals(expected, firstColumn("modules-table"));

        // Sort by Krait passes (descending on the first click), then ascending.
        WebElement kraitHeader = browser.findElements(By.cssSelector("#modules-table thead th"))
                .get(3);
        kraitHeader.click();
        List<String> byPassesDesc = dashboard.report().modules().stream()
                .sorted(Comparator.comparingInt(ModuleRow::kraitPasses).reversed()
                        .thenComparing(ModuleRow::module))
                .map(ModuleRow::module).toList();
        assertEquals(byPassesDesc.getFirst(), firstColumn("modules-table").getFirst());
        kraitHeader.click();
        assertEquals(byPassesDesc.getLast(), firstColumn("modules-table").getFirst());

        WebElement filter = browser.findElement(By.id("module-filter"));
        filter.sendKeys("bisect");
        assertEquals(List.of("test_bisect"), firstColumn("modules-table"));
        filter.clear();
        filter.sendKeys(" ");
        filter.clear();
        new Select(browser.findElement(By.id("area-filter"))).selectByValue("Numbers");
        List<String> numbers = dashboard.report().modules().stream()
                .filter(m -> m.area().equals("Numbers")).map(ModuleRow::module).sorted()
                .toList();
        assertFalse(numbers.isEmpty());
        assertEquals(numbers, firstColumn("modules-table").stream().sorted().toList());
        assertEquals(numbers.size() + " of " + expected.size() + " shown",
                browser.findElement(By.cssSelector("[data-count-for=modules-table]")).getText());
    }

    @Test
    void eachModulePageListsEveryTestAndFiltersByStatus() {
        for (ModuleRow m : dashboard.report().modules()) {
            open(Fmt.modulePage(m.module()));
            assertEquals(m.tests(), visibleRows("tests-table").size(), m.module());
            assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith(m.module()));
        }
        // A test module about a builtin type shows that type's API diff.
        open(Fmt.modulePage("test_bool"));
        assertTrue(browser.findElements(By.tagName("h2")).stream()
                .anyMatch(h -> h.getText().equals("API surface of bool (builtin type)")));
        // The history says since when a test has its status.
        assertTrue(browser.findElement(By.id("tests-table")).getText()
                .contains("fixture100 2026-11-20"));
        ModuleRow withErrors = dashboard.report().modules().stream()
                .filter(m -> m.statusCounts().containsKey("error")).findFirst().orElseThrow();
        open(Fmt.modulePage(withErrors.module()));
        new Select(browser.findElement(By.cssSelector("select[data-filter-column=tests-table]")))
                .selectByValue("error");
        List<WebElement> rows = visibleRows("tests-table");
        assertEquals((int) withErrors.statusCounts().get("error"), rows.size());
        rows.forEach(r -> assertEquals("error",
                r.findElements(By.tagName("td")).get(1).getText().trim()));
    }

    @Test
    void overviewShowsTheOverallRateAndItsParts() {
        open("index.html");
        var all = dashboard.report().overall();
        assertEquals(Fmt.percent(all.rate()), browser.findElement(By.id("overall-rate")).getText());
        String formula = browser.findElement(By.cssSelector(".formula")).getText();
        assertTrue(formula.contains(Fmt.number(all.kraitPasses()) + " ÷ "
                + Fmt.number(all.cpythonPasses())), formula);
        assertEquals(dashboard.report().areas().size(), visibleRows("areas").size());
        assertEquals(1, browser.findElements(By.cssSelector(".trend svg.chart")).size());
        open("clusters.html");
        assertEquals(dashboard.clusters().size(), visibleRows("clusters-table").size());
        open("differences.html");
        assertEquals(dashboard.differences().deliberate().size(),
                visibleRows("differences-table").size());
        open("differential.html");
        assertEquals(dashboard.corpus().features().size(), visibleRows("features-table").size());
        assertTrue(firstColumn("features-table").contains("stdlib/bisect"));
        open("api.html");
        browser.findElement(By.cssSelector("details.census > summary")).click();
        assertEquals(dashboard.census().gaps().size(), visibleRows("census-table").size());
        open("coverage.html");
        assertEquals(dashboard.coverage().packages().size(), visibleRows("coverage-table").size());
        assertEquals(Fmt.percent(dashboard.coverage().total().lineRate()),
                browser.findElement(By.id("line-coverage")).getText());
        assertEquals("allure/index.html",
                browser.findElement(By.id("allure-link")).getDomAttribute("href"));
    }

    @Test
    void everyInternalLinkResolvesAndNoPageLogsAnError() {
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        Set<String> seen = new HashSet<>(queue);
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty()) {
            String page = queue.poll();
            open(page);
            for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    problems.add(page + ": console " + e.getLevel() + ": " + e.getMessage());
                }
            }
            List<String> refs = new ArrayList<>();
            browser.findElements(By.cssSelector("a[href]")).forEach(a ->
                    refs.add(a.getDomAttribute("href")));
            browser.findElements(By.cssSelector("link[href], script[src], img[src]")).forEach(
                    e -> refs.add(e.getDomAttribute(e.getTagName().equals("link") ? "href"
                            : "src")));
            for (String ref : refs) {
                if (ref.matches("^[a-z]+:.*|^//.*")) {
                    problems.add(page + ": external reference " + ref);
                    continue;
                }
                String target = ref.replaceAll("#.*", "");
                if (target.isEmpty()) {
                    continue;
                }
                if (!Files.exists(site.resolve(target))) {
                    problems.add(page + ": broken link " + ref);
                } else if (target.endsWith(".html") && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.size() >= 7 + dashboard.report().modules().size(),
                "every page reached from index.html: " + seen);
    }

    @Test
    void screenshotsOfTheMainPages() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        List<String> pages = new ArrayList<>(List.of("index", "modules", "clusters", "api",
                "differential", "benchmarks", "differences", "coverage"));
        pages.add(Fmt.modulePage(dashboard.report().modules().getFirst().module())
                .replace(".html", ""));
        try {
            for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
                browser.manage().window().setSize(new Dimension(size[0], size[1]));
                for (String page : pages) {
                    open(page + ".html");
                    // The whole page, not only the first screen: grow the window to fit it.
                    long height = ((Number) browser.executeScript(
                            "return document.documentElement.scrollHeight;")).longValue();
                    browser.manage().window().setSize(new Dimension(size[0],
                            (int) Math.min(Math.max(height, size[1]), 4000)));
                    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                    Path file = shots.resolve(page + "-" + size[0] + ".png");
                    Files.write(file, png);
                    assertTrue(png.length > 1000, file.toString());
                    browser.manage().window().setSize(new Dimension(size[0], size[1]));
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        // At phone width the page itself must not scroll sideways (wide tables scroll inside).
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : pages) {
                open(page + ".html");
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(((Number) overflow).intValue() <= 0, page + " scrolls sideways by "
                        + overflow + "px at 390px");
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
