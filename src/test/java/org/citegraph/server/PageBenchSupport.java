package org.citegraph.server;

import java.time.Duration;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;

/** Builds pages in process for {@code bench.PageBench}, and the synthetic article it measures. */
public final class PageBenchSupport {

    static final String BASE = "https://bench.example/";

    private final Site site;
    private final SiteUrls urls;

    public PageBenchSupport(Dataset dataset) {
        this.site = new Site(dataset, ServerOptions.builder().port(0).baseIri(BASE).queryTimeout(Duration.ofMinutes(1)).build());
        this.urls = new SiteUrls(BASE, "/citegraph");
    }

    public String html(String path) {
        Node resource = NodeFactory.createURI(BASE + path);
        String openInSparql = site.reader().queryText("resource-triples");
        ResourcePage.View view = site.reader().read(data -> new ResourcePage(data,
                new Values(urls, new Labels(data), site.terms()), resource,
                ResourceDescription.describe(data.union(), resource)).build(openInSparql));
        return site.page(urls, view.label(), "resource", view, java.util.List.of()).html();
    }

    public String home() {
        HomePage.View view = site.reader().read(data -> new HomePage(data, new Values(urls, new Labels(data), site.terms())).build(site.queries()));
        return site.page(urls, "home", "home", view, java.util.List.of()).html();
    }

    public byte[] turtle(String path) {
        Node resource = NodeFactory.createURI(BASE + path);
        return site.reader().read(data -> Http.serialize(ResourceDescription.describe(data.union(), resource),
                Representation.TURTLE, site.terms().prefixes()));
    }

    /** One article with {@code notes} footnotes citing {@code works} works (1–3 references a note), in Turtle. */
    public static String syntheticArticle(int notes, int works, long seed) {
        Random random = new Random(seed);
        StringBuilder ttl = new StringBuilder("""
                @prefix dcterms: <http://purl.org/dc/terms/> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix bibo: <http://purl.org/ontology/bibo/> . @prefix fabio: <http://purl.org/spar/fabio/> .
                @prefix frbr: <http://purl.org/vocab/frbr/core#> . @prefix pro: <http://purl.org/spar/pro/> .
                @prefix oco: <https://w3id.org/oc/ontology/> . @prefix cito: <http://purl.org/spar/cito/> .
                @prefix biro: <http://purl.org/spar/biro/> . @prefix c4o: <http://purl.org/spar/c4o/> .
                @prefix doco: <http://purl.org/spar/doco/> .
                """);
        ttl.append("<").append(BASE).append("br/1> a fabio:JournalArticle ; dcterms:title \"A long article\" .\n");
        for (int w = 2; w < works + 2; w++) {
            String work = "<" + BASE + "br/" + w + ">";
            ttl.append(work).append(" a fabio:Expression, fabio:Book, bibo:Book ; dcterms:title \"Work ").append(w)
               .append("\" ; pro:isDocumentContextFor <").append(BASE).append("ar/").append(w).append("> ; dcterms:creator <")
               .append(BASE).append("ra/").append(w % 100).append("> .\n");
            ttl.append("<").append(BASE).append("ar/").append(w).append("> a pro:RoleInTime ; pro:withRole pro:author ; pro:isHeldBy <")
               .append(BASE).append("ra/").append(w % 100).append("> .\n");
            ttl.append("<").append(BASE).append("br/1> cito:cites ").append(work).append(" .\n");
        }
        for (int a = 0; a < 100; a++)
            ttl.append("<").append(BASE).append("ra/").append(a).append("> a foaf:Person ; foaf:name \"Author ").append(a).append("\" .\n");
        for (int n = 1; n <= notes; n++) {
            String note = "<" + BASE + "de/" + n + ">";
            ttl.append(note).append(" a doco:Footnote ; fabio:hasSequenceIdentifier \"").append(n)
               .append("\" ; c4o:hasContent \"Text of note ").append(n).append("\" .\n<").append(BASE).append("br/1> frbr:part ").append(note).append(" .\n");
            int refs = 1 + random.nextInt(3);
            String previous = null;
            for (int j = 1; j <= refs; j++) {
                String ref = "<" + BASE + "be/" + n + "-" + j + ">";
                int w = 2 + random.nextInt(works);
                ttl.append(ref).append(" a biro:BibliographicReference ; biro:references <").append(BASE).append("br/").append(w)
                   .append("> ; c4o:hasContent \"Reference ").append(n).append("-").append(j).append("\" .\n")
                   .append(note).append(" frbr:part ").append(ref).append(" .\n")
                   .append("<").append(BASE).append("ex/").append(n).append("-").append(j).append("> frbr:partOf <").append(BASE).append("br/").append(w)
                   .append("> ; bibo:locator \"p. ").append(1 + random.nextInt(300)).append("\" ; c4o:isRelevantTo ").append(ref).append(" .\n");
                if (previous != null) ttl.append(previous).append(" oco:hasNext ").append(ref).append(" .\n");
                previous = ref;
            }
        }
        return ttl.toString();
    }
}
