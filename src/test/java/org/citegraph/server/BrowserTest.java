package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's path through the site in headless Chromium: home page → a most-cited work → its
 * citing note in the article → back home → a shipped query in one click → an edited query
 * submitted through the form. Skipped when Chromium is not installed. Screenshots of the home page
 * and a work page are written to {@code target/screenshots/}.
 */
class BrowserTest {

    @TempDir
    static Path profiles;

    private static CitegraphServer server;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.available(), "headless browser test needs " + HeadlessChromium.BINARY);
        // The default base is http://localhost:{port}/, known only once listening: load the data then.
        Dataset dataset = DatasetFactory.createTxnMem();
        server = CitegraphServer.create(dataset, ServerOptions.builder().port(0).queryTimeout(Duration.ofSeconds(30)).build()).start();
        Fixture.loadInto(dataset, server.baseIri());
        server.dataChanged();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @Test
    void aReaderFollowsLinksAndRunsQueries() throws Exception {
        String home = server.localUrl();
        try (HeadlessChromium browser = new HeadlessChromium(profiles.resolve("walk"))) {
            browser.navigate(home);
            assertThat(browser.eval("document.title")).isEqualTo("Citation knowledge graph · citegraph");
            assertThat(browser.eval("getComputedStyle(document.querySelector('header.site')).backgroundColor"))
                    .as("the stylesheet is loaded").isEqualTo("rgb(31, 78, 121)");

            // Follow the first most-cited work.
            String work = browser.eval("document.querySelector('.ranking ol li a').textContent");
            assertThat(work).isEqualTo("The English School");
            browser.andWaitForNavigation("document.querySelector('.ranking ol li a').click()");
            assertThat(browser.eval("location.href")).isEqualTo(home + "doc/br/2");
            assertThat(browser.eval("document.querySelector('h1').textContent")).isEqualTo("The English School");
            String citedIn = browser.eval("document.querySelector('.cited-in').innerText");
            assertThat(citedIn).contains("notes 1 (p. 479), 3 (pp. 471–3) of Sea lanes and shared rules");

            // Its first citing note, in the article.
            browser.andWaitForNavigation("document.querySelector('.cited-in .citation a').click()");
            assertThat(browser.eval("location.href")).isEqualTo(home + "doc/br/1#note-1");
            assertThat(browser.eval("document.querySelector('li.note:target .note-text').innerText"))
                    .startsWith("Barry Buzan, ‘The English School: An underexploited resource in IR’");

            // A shipped query, one click from the home page.
            browser.navigate(home);
            browser.andWaitForNavigation("[...document.querySelectorAll('.queries a.run')].find(a => a.textContent.startsWith('Works cited in the footnotes')).click()");
            assertThat(browser.eval("location.href")).isEqualTo(home + "query?name=fixture-cited-works");
            assertThat(browser.eval("document.querySelectorAll('table.results-table tbody tr').length")).isEqualTo("6");
            assertThat(browser.eval("document.querySelector('table.results-table tbody tr').innerText")).contains("The English School", "2");

            // Edit the query in the form and run it.
            browser.eval("document.getElementById('query').value = 'ASK { GRAPH ?g { ?work <http://purl.org/dc/terms/title> \"The English School\" } }'");
            browser.andWaitForNavigation("document.querySelector('form.query-form button').click()");
            assertThat(browser.eval("document.querySelector('.ask-answer').textContent")).isEqualTo("Yes (true)");
        }
    }

    @Test
    void aShippedQueryOpensInTheFusekiUiEditorAndRuns() throws Exception {
        String home = server.localUrl();
        try (HeadlessChromium browser = new HeadlessChromium(profiles.resolve("editor"))) {
            browser.navigate(home);
            browser.andWaitForNavigation("[...document.querySelectorAll('.queries li')].find(li => li.textContent.startsWith('Works cited in the footnotes')).querySelector('a.edit').click()");
            assertThat(browser.eval("location.pathname")).isEqualTo("/ui/");

            // The Fuseki UI found the dataset through /ui/$/server and loaded the query into YASQE.
            waitFor(browser, "document.querySelector('.CodeMirror') !== null && document.querySelector('.CodeMirror').CodeMirror.getValue().includes('fixture-cited-works') ? 'yes' : 'no'", "yes");
            assertThat(browser.eval("document.querySelector('.CodeMirror').CodeMirror.getValue()")).contains("SELECT");

            // Run it: YASQE sends it to /ui/citegraph/sparql, passed on (307) to the real endpoint.
            browser.eval("document.querySelector('.yasqe_queryButton').click()");
            waitFor(browser, "document.querySelectorAll('.yasr table tbody tr').length > 0 ? 'yes' : 'no'", "yes");
            assertThat(browser.eval("document.querySelectorAll('.yasr table tbody tr').length")).isEqualTo("6");
            assertThat(browser.eval("document.querySelector('.yasr table tbody').innerText")).contains("The English School");
        }
    }

    private static void waitFor(HeadlessChromium browser, String expression, String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = browser.eval(expression);
            if (expected.equals(last)) return;
            Thread.sleep(200);
        }
        throw new AssertionError("waited 60 s for " + expression + " to be " + expected + ", last: " + last
                + "; page text: " + browser.eval("document.body.innerText.slice(0, 2000)"));
    }

    @Test
    void screenshotsOfTheHomePageAndAWorkPage() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Path homePng = folder.resolve("home.png");
        Path workPng = folder.resolve("work.png");
        Path articlePng = folder.resolve("article.png");
        Files.deleteIfExists(homePng);
        Files.deleteIfExists(workPng);
        Files.deleteIfExists(articlePng);
        HeadlessChromium.screenshot(server.localUrl(), homePng, profiles.resolve("shot-home"), 1600);
        HeadlessChromium.screenshot(server.localUrl() + "doc/br/2", workPng, profiles.resolve("shot-work"), 1700);
        HeadlessChromium.screenshot(server.localUrl() + "doc/br/1", articlePng, profiles.resolve("shot-article"), 1800);
        for (Path png : new Path[] {homePng, workPng, articlePng}) {
            assertThat(png).exists();
            byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
            assertThat(header).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(Files.size(png)).isGreaterThan(20_000);
        }
    }
}
