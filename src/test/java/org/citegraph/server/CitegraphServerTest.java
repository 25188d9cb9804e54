package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real server on a random loopback port, publishing the fixture under the public base
 * {@code https://example.org/ris/} (as behind a reverse proxy): every link it writes is public, and
 * the test maps it back to the local port.
 */
class CitegraphServerTest {

    private static final String BASE = "https://example.org/ris/";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final long MAX_BODY = 64 * 1024;

    private static Dataset dataset;
    private static CitegraphServer server;

    @BeforeAll
    static void start() {
        dataset = Fixture.dataset(BASE);
        server = CitegraphServer.create(dataset, ServerOptions.builder()
                .port(0).baseIri(BASE).queryTimeout(TIMEOUT).maxRequestBytes(MAX_BODY).build()).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** The local URL for a public one. */
    private static String local(String publicUrl) {
        assertThat(publicUrl).startsWith(BASE);
        return server.localUrl() + publicUrl.substring(BASE.length());
    }

    private static HttpResponse<String> get(String publicUrl, String accept) {
        return Fixture.get(local(publicUrl), accept);
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(BASE).parse(graph);
        return graph;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    // ---------- dereferencing ----------

    @Test
    void aResourceIriAnswers303ToItsDocument() {
        HttpResponse<String> response = get(BASE + "br/2", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains(BASE + "doc/br/2");
        assertThat(response.headers().allValues("Vary")).contains("Accept");
        assertThat(response.headers().allValues("Link")).contains("<" + BASE + "doc/br/2>; rel=\"describedby\"");
    }

    @Test
    void formatParameterOnTheResourceRedirectsToThatFormatsDocument() {
        HttpResponse<String> response = get(BASE + "br/2?format=jsonld", null);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains(BASE + "doc/br/2.jsonld");
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, text/turtle, ttl, TURTLE",
            "application/ld+json, application/ld+json, jsonld, JSONLD",
            "application/rdf+xml, application/rdf+xml, rdf, RDFXML",
            "application/n-triples, application/n-triples, nt, NTRIPLES",
            "'text/plain;q=0.2, application/n-triples;q=0.9', application/n-triples, nt, NTRIPLES"})
    void theDocumentNegotiatesEachRdfFormat(String accept, String mediaType, String extension, String langName) {
        HttpResponse<String> response = get(BASE + "doc/br/2", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.headers().firstValue("Content-Location")).contains(BASE + "doc/br/2." + extension);
        assertThat(response.headers().allValues("Vary")).contains("Accept");
        assertThat(response.headers().allValues("Link")).contains("<" + BASE + "br/2>; rel=\"describes\"")
                .anyMatch(l -> l.contains("rel=\"alternate\"") && l.contains("text/html"));
        Graph graph = parse(response.body(), org.apache.jena.riot.RDFLanguages.nameToLang(langName));
        Node work = iri(BASE + "br/2");
        assertThat(graph.contains(work, iri("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("The English School"))).isTrue();
        assertThat(graph.contains(iri(BASE + "br/1"), iri("http://purl.org/spar/cito/cites"), work)).isTrue();
        assertThat(graph.contains(iri(BASE + "ar/3"), iri("http://purl.org/spar/pro/isHeldBy"), iri(BASE + "ra/4"))).isTrue();
    }

    @Test
    void browsersGetHtmlAndExtensionsAndFormatOverrideNeedNoAcceptHeader() {
        HttpResponse<String> html = get(BASE + "doc/br/2", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Location")).contains(BASE + "doc/br/2.html");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");

        HttpResponse<String> byExtension = get(BASE + "doc/br/2.ttl", "text/html");
        assertThat(byExtension.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(byExtension.headers().allValues("Vary")).doesNotContain("Accept");

        HttpResponse<String> byParameter = get(BASE + "doc/br/2?format=nt", "text/html");
        assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> head = Fixture.send(HttpRequest.newBuilder(URI.create(local(BASE + "doc/br/2")))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void otherMethodsOnPagesAreNotAllowed() {
        HttpResponse<String> delete = Fixture.send(HttpRequest.newBuilder(URI.create(local(BASE + "br/2"))).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    @Test
    void unknownIrisAre404AndUnsupportedTypes406() {
        assertThat(get(BASE + "br/999", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(BASE + "doc/br/999", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(BASE + "br/999", "text/html").body()).contains("Not found");
        HttpResponse<String> refused = get(BASE + "br/2", "image/png");
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.body()).contains(BASE + "doc/br/2.ttl", "application/ld+json");
        assertThat(get(BASE + "doc/br/2", "application/pdf").statusCode()).isEqualTo(406);
        assertThat(get(BASE + "doc/br/2?format=docx", null).statusCode()).isEqualTo(406);
    }

    @Test
    void irisOutsideTheBaseAreDescribedThroughDescribe() {
        String undocs = "https://undocs.org/S/PV.7796";
        HttpResponse<String> response = get(BASE + "describe?iri=" + URLEncoder.encode(undocs, StandardCharsets.UTF_8), "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response.body(), Lang.TURTLE).contains(iri(BASE + "br/40"), iri("http://www.w3.org/2000/01/rdf-schema#seeAlso"), iri(undocs))).isTrue();
        assertThat(get(BASE + "describe?iri=https%3A%2F%2Fnowhere.example%2F", "text/turtle").statusCode()).isEqualTo(404);
    }

    // ---------- HTML pages ----------

    @Test
    void theArticlePageListsEveryNoteInOrderWithLinkedCitationsAndPinpoints() {
        String page = get(BASE + "doc/br/1", "text/html").body();
        assertThat(page).contains("<h1>Sea lanes and shared rules</h1>", "Maritime cooperation in regional society",
                "This article asks how regional organisations reshape shared rules at sea.");
        assertThat(page).contains(">Mirela Ȯstergaard</a>", "Department of Politics, Example University", ">Kofi Mensah-Bright</a>");
        assertThat(page.indexOf("Mirela Ȯstergaard")).isLessThan(page.indexOf("Kofi Mensah-Bright"));
        int n1 = page.indexOf("id=\"note-1\""), n2 = page.indexOf("id=\"note-2\""), n3 = page.indexOf("id=\"note-3\""), n10 = page.indexOf("id=\"note-10\"");
        assertThat(n1).isPositive().isLessThan(n2);
        assertThat(n2).isLessThan(n3);
        assertThat(n3).isLessThan(n10);
        String note1 = page.substring(n1, n2);
        assertThat(note1).contains("<a class=\"cited\" href=\"" + BASE + "doc/br/2\">Barry Buzan, ‘The English School");
        assertThat(note1.indexOf("doc/br/2")).isLessThan(note1.indexOf("doc/br/6"));
        assertThat(note1).contains("<span class=\"pinpoint\">p. 479</span>", "Journal article");
        String note2 = page.substring(n2, n3);
        assertThat(note2).contains("includes quotation from", "emphasis added");
    }

    @Test
    void textAndIrisFromTheDataCannotInjectMarkupOrScriptLinks() {
        for (String path : List.of("doc/br/1", "doc/br/60", "doc/ra/60", "")) {
            String page = get(BASE + path, "text/html").body();
            assertThat(page).doesNotContain("<script", "<b>Harbour Watch</b>", "href=\"javascript:");
        }
        String page = get(BASE + "doc/br/60", "text/html").body();
        assertThat(page).contains("Ports &lt;script&gt;alert(1)&lt;/script&gt; &amp; tides", "javascript:alert(2)");
    }

    @Test
    void aWorkPageShowsItsCitingNotesWithPinpoints() {
        String page = get(BASE + "doc/br/2", "text/html").body();
        assertThat(page).contains("<h1>The English School</h1>", "An underexploited resource in IR", "Cited in");
        assertThat(page).contains("href=\"" + BASE + "doc/br/1#note-1\">1</a> <span class=\"pinpoint\">(p. 479)</span>");
        assertThat(page).contains("href=\"" + BASE + "doc/br/1#note-3\">3</a> <span class=\"pinpoint\">(pp. 471–3)</span>");
        assertThat(page).contains(">Barry Buzan</a>", "Review of International Studies", "volume 27", "issue 3", "pp. 471–488");
        assertThat(page).contains("href=\"https://doi.org/10.1017/s0260210501004715\"");
        // every property with a link, and the links to it
        assertThat(page).contains("All properties", "Links to this resource", "title=\"fabio:hasSubtitle\"", "title=\"biro:references\"");
    }

    @Test
    void aPersonPageShowsWorksAndRoles() {
        String page = get(BASE + "doc/ra/5", "text/html").body();
        assertThat(page).contains("<h1>Cornelia Navari</h1>", "<h2>Works</h2>", ">Introduction</a>", ">International Organization in the Anarchical Society</a>");
        assertThat(page).containsPattern("Introduction</a></td><td>Book chapter</td><td>author</td><td class=\"num\">1</td>");
        assertThat(page).containsPattern("Anarchical Society</a></td><td>[^<]*</td><td>editor</td>");
    }

    @Test
    void aUnDocumentPageShowsOrganDateMeetingAndUndocsLink() {
        String page = get(BASE + "doc/br/40", "text/html").body();
        assertThat(page).contains("United Nations document", "<code>S/PV.7796</code>", ">United Nations Security Council</a>",
                ">Security Council, 7796th meeting</a>", "2016-10-28", "href=\"https://undocs.org/S/PV.7796\"");
        String resolution = get(BASE + "doc/un/doc-res", "text/html").body();
        assertThat(resolution).contains("<code>A/RES/48/237</code>", "Adopted", "1994-03-24", "href=\"https://undocs.org/A/RES/48/237\"");
    }

    @Test
    void aNotePageLinksBackToItsPlaceInTheArticle() {
        String page = get(BASE + "doc/de/3", "text/html").body();
        assertThat(page).contains("Note 3 of", "href=\"" + BASE + "doc/br/1#note-3\"", "<span class=\"pinpoint\">p. 23</span>");
    }

    @Test
    void theHomePageShowsFiguresArticlesRankingsQueriesAndVoid() {
        HttpResponse<String> response = get(BASE, "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).contains("<span class=\"figure\">325</span> triples", "<span class=\"figure\">3</span> graphs",
                "<span class=\"figure\">4</span> footnotes");
        assertThat(page).contains(">Sea lanes and shared rules</a>", "Mirela Ȯstergaard, Kofi Mensah-Bright · 2022-05-03 · 4 notes · 6 works cited");
        assertThat(page).containsPattern("<h2>Most-cited works</h2>\\s*<ol><li><a href=\"" + BASE + "doc/br/2\"");
        assertThat(page).containsPattern("<h2>Most-cited authors</h2>\\s*<ol><li><a href=\"" + BASE + "doc/ra/4\"[^>]*>Barry Buzan</a>");
        assertThat(page).contains("href=\"" + BASE + "query?name=fixture-cited-works\"", "Works cited in the footnotes, most cited first");
        assertThat(page).contains("href=\"" + BASE + ".well-known/void\"", "<link rel=\"stylesheet\" href=\"" + BASE + "static/citegraph.css\">");
        assertThat(response.headers().allValues("Link")).anyMatch(l -> l.contains(".well-known/void") && l.contains("describedby"));
    }

    @Test
    void staticAssetsAreServedAndNothingElseUnderStatic() {
        HttpResponse<String> css = get(BASE + "static/citegraph.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(get(BASE + "static/..%2Fweb%2Ftemplates%2Flayout.html", null).statusCode()).isIn(400, 404);
        assertThat(get(BASE + "static/missing.css", null).statusCode()).isEqualTo(404);
    }

    // ---------- machine-readable descriptions ----------

    @Test
    void voidIsAtTheWellKnownAddress() {
        HttpResponse<String> response = get(BASE + ".well-known/void", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph voidGraph = parse(response.body(), Lang.TURTLE);
        Node ds = iri(BASE + ".well-known/void#dataset");
        String v = "http://rdfs.org/ns/void#";
        assertThat(voidGraph.contains(ds, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(v + "Dataset"))).isTrue();
        assertThat(voidGraph.contains(ds, iri(v + "triples"), NodeFactory.createLiteralByValue(325L,
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))).isTrue();
        assertThat(voidGraph.contains(ds, iri(v + "sparqlEndpoint"), iri(BASE + "citegraph/sparql"))).isTrue();
        assertThat(voidGraph.contains(ds, iri(v + "vocabulary"), iri("http://purl.org/spar/cito/"))).isTrue();
        assertThat(voidGraph.contains(ds, iri(v + "rootResource"), iri(BASE + "br/1"))).isTrue();
        assertThat(voidGraph.contains(Node.ANY, iri(v + "objectsTarget"), iri("https://undocs.org/"))).isTrue();
        assertThat(get(BASE + ".well-known/void", "text/html").body()).contains("Dataset description", "void:sparqlEndpoint");
        assertThat(get(BASE + ".well-known/void", "application/ld+json").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json");
    }

    @Test
    void getOfTheEndpointWithoutAQueryIsTheServiceDescription() {
        HttpResponse<String> response = get(BASE + "citegraph/sparql", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph sd = parse(response.body(), Lang.TURTLE);
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        Node service = iri(BASE + "citegraph/sparql#service");
        assertThat(sd.contains(service, iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), iri(ns + "Service"))).isTrue();
        assertThat(sd.contains(service, iri(ns + "endpoint"), iri(BASE + "citegraph/sparql"))).isTrue();
        assertThat(sd.contains(service, iri(ns + "supportedLanguage"), iri(ns + "SPARQL11Query"))).isTrue();
        assertThat(sd.contains(service, iri(ns + "supportedLanguage"), iri(ns + "SPARQL11Update"))).isFalse();
        assertThat(sd.contains(service, iri(ns + "feature"), iri(ns + "BasicFederatedQuery"))).isFalse();
        assertThat(sd.contains(Node.ANY, iri(ns + "name"), iri(BASE + "graph/notes"))).isTrue();
        HttpResponse<String> browser = get(BASE + "citegraph/sparql", "text/html");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).contains(BASE + "query");
    }

    @Test
    void theSitemapListsDocumentPages() {
        String sitemap = get(BASE + "sitemap.xml", null).body();
        assertThat(sitemap).contains("<loc>" + BASE + "</loc>", "<loc>" + BASE + "doc/br/1</loc>", "<loc>" + BASE + "doc/ra/4</loc>");
        assertThat(get(BASE + "robots.txt", null).body()).contains("Sitemap: " + BASE + "sitemap.xml", "Disallow: /ris/citegraph/");
    }

    // ---------- the SPARQL endpoint and its limits ----------

    private static HttpResponse<String> query(String endpointPath, String sparql) {
        return Fixture.get(server.localUrl() + endpointPath + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8),
                "application/sparql-results+json");
    }

    @Test
    void theEndpointAnswersQueries() {
        HttpResponse<String> response = query("citegraph/sparql", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"260\"");
        assertThat(server.sparqlUrl()).isEqualTo(server.localUrl() + "citegraph/sparql");
    }

    @Test
    void theDataIsReadOnlyByDefault() {
        HttpResponse<String> update = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "citegraph/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertThat(update.statusCode()).isIn(404, 405);
        HttpResponse<String> viaDataset = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "citegraph"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertThat(viaDataset.statusCode()).isBetween(400, 499);
        // no body: the server refuses the method at once and may close the connection, which raced with the
        // client still writing a body ("broken pipe" now and then); the count below shows nothing was written
        HttpResponse<String> put = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "citegraph/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(put.statusCode()).isEqualTo(405);
        long triples = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        assertThat(triples).isEqualTo(325);
    }

    @Test
    void noAdminEndpointExists() {
        for (String path : List.of("$/datasets", "$/server", "$/backup/citegraph", "$/stats", "$/tasks", "$/compact/citegraph", "$/metrics")) {
            assertThat(Fixture.get(server.localUrl() + path, null).statusCode()).as(path).isEqualTo(404);
        }
        HttpResponse<String> create = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(create.statusCode()).isIn(404, 405);
        assertThat(Fixture.get(server.localUrl() + "$/ping", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theFusekiUiIsServedWithReadOnlyControlEndpointsOnly() {
        HttpResponse<String> page = Fixture.get(server.localUrl() + "ui/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Apache Jena Fuseki UI</title>");
        String script = page.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        HttpResponse<String> bundle = Fixture.get(server.localUrl() + "ui/" + script, null);
        assertThat(bundle.statusCode()).as(script).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(Fixture.get(server.localUrl() + "ui", null).statusCode()).isEqualTo(301);

        // What the UI asks of the server, relative to its own path.
        assertThat(Fixture.get(server.localUrl() + "ui/$/ping", null).statusCode()).isEqualTo(200);
        JsonObject status = JSON.parse(Fixture.get(server.localUrl() + "ui/$/server", "application/json").body());
        JsonObject described = status.get("datasets").getAsArray().get(0).getAsObject();
        assertThat(described.getString("ds.name")).isEqualTo("/citegraph");
        assertThat(described.get("ds.services").getAsArray().stream().map(v -> v.getAsObject().getString("srv.type")))
                .contains("query").doesNotContain("update", "gsp-rw", "upload");
        assertThat(Fixture.get(server.localUrl() + "ui/$/stats/citegraph", "application/json").body()).contains("\"/citegraph\"");
        assertThat(Fixture.get(server.localUrl() + "ui/$/stats/other", null).statusCode()).isEqualTo(404);

        // Queries go on to the real endpoint, relative to where the UI is (right behind a proxy too).
        HttpResponse<String> passed = Fixture.get(server.localUrl() + "ui/citegraph/sparql?query=ASK%7B%7D", null);
        assertThat(passed.statusCode()).isEqualTo(307);
        assertThat(passed.headers().firstValue("Location")).hasValue("../../citegraph/sparql?query=ASK%7B%7D");

        // Nothing that manages datasets, and no file outside the web application.
        for (String path : List.of("ui/$/datasets", "ui/$/tasks", "ui/$/backup/citegraph", "ui/static/..%2F..%2Fpom.xml", "ui/missing.js")) {
            assertThat(Fixture.get(server.localUrl() + path, null).statusCode()).as(path).isIn(400, 404);
        }
        HttpResponse<String> create = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "ui/$/datasets?dbName=x&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(create.statusCode()).isEqualTo(404);
    }

    @Test
    void serviceIsRefused() {
        String target = server.localUrl() + "citegraph/sparql";
        HttpResponse<String> response = query("citegraph/sparql", "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } } LIMIT 1");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("SERVICE");
        HttpResponse<String> page = get(BASE + "query?query=" + URLEncoder.encode("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }", StandardCharsets.UTF_8), "text/html");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("The query was refused");
    }

    @Test
    void aLongQueryEndsWithATimeoutErrorNotAHang() {
        String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> response = query("citegraph/sparql", slow + " ");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
        assertThat(took).isLessThan(TIMEOUT.multipliedBy(15));

        // A client cannot lengthen the limit.
        HttpResponse<String> longer = query("citegraph/sparql", slow + " ");
        assertThat(longer.statusCode()).isEqualTo(503);
        HttpResponse<String> withTimeoutParameter = Fixture.get(server.localUrl() + "citegraph/sparql?timeout=3600&query="
                + URLEncoder.encode(slow, StandardCharsets.UTF_8), null);
        assertThat(withTimeoutParameter.statusCode()).isEqualTo(503);

        HttpResponse<String> page = get(BASE + "query?query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8), "text/html");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("The query took too long", "2 seconds");

        // and the next query is not affected
        assertThat(query("citegraph/sparql", "ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
        assertThat(get(BASE + "query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "text/html").statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedBodiesAre413() {
        String big = "SELECT * { ?s ?p ?o } #" + "x".repeat((int) MAX_BODY);
        HttpResponse<String> response = Fixture.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void readOnlyEndpointsAllowCrossOriginUse() {
        HttpResponse<String> response = Fixture.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=ASK%7B%7D"))
                .header("Origin", "https://elsewhere.example").GET().build());
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        HttpResponse<String> preflight = Fixture.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(get(BASE + "doc/br/2", "text/turtle").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    // ---------- the query page ----------

    @Test
    void theQueryPageRunsQueriesAndLinksResults() {
        String q = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?work ?title { GRAPH ?g { ?work dcterms:title ?title } } ORDER BY ?title";
        HttpResponse<String> response = get(BASE + "query?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<th scope=\"col\">work</th>", "href=\"" + BASE + "doc/br/2\"", "The English School",
                "Ports &lt;script&gt;", "format=json");
        HttpResponse<String> broken = get(BASE + "query?query=SELECT+%3Fx+WHERE+%7B", "text/html");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("syntax error", "SELECT ?x WHERE {");
        HttpResponse<String> posted = Fixture.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).build());
        assertThat(posted.body()).contains("Yes (true)");
    }

    @Test
    void aShippedQueryRunsFromOneLink() {
        HttpResponse<String> response = get(BASE + "query?name=fixture-cited-works", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Works cited in the footnotes, most cited first", "<th scope=\"col\">references</th>", "The English School");
        assertThat(get(BASE + "query?name=no-such-query", "text/html").statusCode()).isEqualTo(404);
    }
}
