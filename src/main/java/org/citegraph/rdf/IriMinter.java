package org.citegraph.rdf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;

/**
 * The one place citegraph mints IRIs. Every IRI is a pure function of the input (same article, same
 * IRIs), readable, and lives under one base IRI ({@value #DEFAULT_BASE} unless told otherwise).
 *
 * <pre>
 * {B}article/{slug}                        citing article ({slug} from the source file stem)
 * {B}graph/{slug}                          its named graph
 * {B}article/{slug}/note/{n}               footnote n
 * {B}article/{slug}/reference-list         an author–date article's reference list
 * {B}article/{slug}/reference-list/{n}     entry n of that list (it takes a footnote's place: n numbers the "note")
 * {B}article/{slug}/ref/{n}-{p}            the reference at position p (0-based) of note (or entry) n
 * {B}article/{slug}/citation/{n}-{p}       the citation act of that reference
 * {B}article/{slug}/annotation/{n}-{p}     OCDM annotation tying the reference to its citation act
 * {B}article/{slug}/signal/{n}-{p}         annotation classifying the reference by its signal ("See also")
 * {B}article/{slug}/excerpt/{n}-{p}-{j}    the j-th pinpoint (0-based) of that reference
 * {B}article/{slug}/cites/{workId}         work-level citation act (article cites work)
 * {B}works/{workId}                         cited work (Work.id is a content key: shared across articles)
 * {B}un/doc/{symbol}                       UN document, keyed by its symbol ("un/doc/S/PV.7796")
 * {B}person/{family-given}                 person
 * {B}org/{name}                            organisation
 * {B}venue/{kind}/{title}[/{vol}[/{issue}]] journals, newspapers, books, series, websites and their volumes/issues
 * {B}place/{name}                          place of publication
 * {B}role/{entity}/{role}[/{i}]            ordered role list / i-th role (1-based) of an entity
 * {B}id/{entity}/{scheme}                  identifier node of an entity (never shared)
 * {B}embodiment/{entity}/{print|online}    manifestation carrying page range or URL
 * {B}type/{label}, {B}signal/{slug}, {B}article-type/{slug}, {B}role-type/{slug}, {B}id/scheme/{name}
 * {B}un/body/{series}, {B}un/session/{series}/{session}, {B}un/meeting/{series}[/{session}]/{n}, {B}un/doc-type/{docType}
 * </pre>
 * {entity} above is the entity's own IRI with the base removed ("works/buzan-2004-...").
 */
public final class IriMinter {

    public static final String DEFAULT_BASE = "http://localhost:3030/";

    /** The kinds of container a venue IRI can name. */
    public enum Venue {
        JOURNAL("journal"), NEWSPAPER("newspaper"), BOOK("book"), SERIES("series"), WEBSITE("website"),
        COLLECTION("collection"), REPORTER("reporter");

        private final String path;

        Venue(String path) {
            this.path = path;
        }
    }

    private final String base;

    public IriMinter() {
        this(DEFAULT_BASE);
    }

    /** @param base an absolute IRI; a trailing '/' is added when missing */
    public IriMinter(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) throw new IllegalArgumentException("base IRI must be absolute: " + base);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** Short prefixes for the data namespaces, for readable Turtle/TriG. */
    public static Map<String, String> dataNamespaces(String base) {
        String b = new IriMinter(base).base;
        Map<String, String> m = new LinkedHashMap<>();
        m.put("article", b + "article/");
        m.put("work", b + "works/");
        m.put("person", b + "person/");
        m.put("organization", b + "org/");
        m.put("venue", b + "venue/");
        m.put("place", b + "place/");
        m.put("citationtype", b + "type/");
        return m;
    }

    // ---- the citing article and its apparatus

    /** The slug naming an article: its source file stem ("examples/hadano-2023.txt" → "hadano-2023"). */
    public static String articleSlug(Article article) {
        String source = article.source();
        if (source != null && !source.isBlank()) {
            String name = source.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            if (dot > 0) name = name.substring(0, dot);
            if (!name.isBlank()) return Slugs.slug(name);
        }
        var meta = article.metadata();
        if (meta != null && meta.title() != null && !meta.title().isBlank()) return Slugs.slug(meta.title());
        throw new IllegalArgumentException("article has neither a source name nor a title to name it by");
    }

    public Node article(String slug) {
        return iri("article/" + segment(slug));
    }

    public Node graph(String slug) {
        return iri("graph/" + segment(slug));
    }

    public Node note(String slug, int note) {
        return iri("article/" + segment(slug) + "/note/" + note);
    }

    public Node referenceList(String slug) {
        return iri("article/" + segment(slug) + "/reference-list");
    }

    /** Entry {@code entry} (1-based, in list order) of the article's reference list. */
    public Node referenceListEntry(String slug, int entry) {
        return iri("article/" + segment(slug) + "/reference-list/" + entry);
    }

    public Node reference(String slug, CitationRef ref) {
        return iri("article/" + segment(slug) + "/ref/" + key(ref));
    }

    public Node citation(String slug, CitationRef ref) {
        return iri("article/" + segment(slug) + "/citation/" + key(ref));
    }

    public Node annotation(String slug, CitationRef ref) {
        return iri("article/" + segment(slug) + "/annotation/" + key(ref));
    }

    public Node signalAnnotation(String slug, CitationRef ref) {
        return iri("article/" + segment(slug) + "/signal/" + key(ref));
    }

    public Node excerpt(String slug, CitationRef ref, int index) {
        return iri("article/" + segment(slug) + "/excerpt/" + key(ref) + "-" + index);
    }

    public Node workCitation(String slug, String workId) {
        return iri("article/" + segment(slug) + "/cites/" + segment(workId));
    }

    // ---- cited works and what describes them

    /** A cited work: UN documents by their symbol, everything else by {@link Work#id()}. */
    public Node work(Work work) {
        String symbol = work.unSymbol() != null ? work.unSymbol().symbol() : work.fields().unSymbol();
        if (work.type() == CitationType.UN_DOCUMENT && symbol != null && !symbol.isBlank()) return unDocument(symbol);
        return workById(work.id());
    }

    public Node workById(String workId) {
        return iri("works/" + segment(workId));
    }

    /** A UN document; the symbol keeps its slashes, spaces (before part letters) become '_'. */
    public Node unDocument(String symbol) {
        return iri("un/doc/" + encode(symbol.trim().replaceAll("\\s+", "_"), true));
    }

    /** One language version of a UN document ({@code undo:DocumentVersion}): "un/version/en/A/48/PV.6". */
    public Node unDocumentVersion(String symbol, String language) {
        return iri("un/version/" + segment(language) + "/" + encode(symbol.trim().replaceAll("\\s+", "_"), true));
    }

    public Node agent(Agent agent) {
        if (agent instanceof Person p) return person(p);
        return organization(((Organization) agent).name());
    }

    public Node person(Person person) {
        StringBuilder name = new StringBuilder(person.family());
        if (person.given() != null && !person.given().isBlank()) name.append(' ').append(person.given());
        if (person.suffix() != null && !person.suffix().isBlank()) name.append(' ').append(person.suffix());
        return iri("person/" + Slugs.slug(name.toString()));
    }

    public Node organization(String name) {
        return iri("org/" + Slugs.slug(name));
    }

    public Node venue(Venue kind, String title) {
        return iri("venue/" + kind.path + "/" + Slugs.slug(title));
    }

    /** A book used as a container; the year keeps editions apart. */
    public Node book(String title, String year) {
        String key = year == null || year.isBlank() ? title : title + " " + year;
        return iri("venue/" + Venue.BOOK.path + "/" + Slugs.slug(key));
    }

    public Node volume(Node venue, String volume) {
        return NodeFactory.createURI(venue.getURI() + "/" + segment(volume));
    }

    public Node issue(Node venue, String volume, String issue) {
        String vol = volume == null || volume.isBlank() ? "issue" : segment(volume);
        return NodeFactory.createURI(venue.getURI() + "/" + vol + "/" + segment(issue));
    }

    public Node place(String name) {
        return iri("place/" + Slugs.slug(name));
    }

    /** The ordered list (an rdf:Seq) of the holders of {@code role} on {@code entity}. */
    public Node roleList(Node entity, String role) {
        return iri("role/" + relativePath(entity) + "/" + segment(role));
    }

    /** The {@code index}-th (1-based) role of kind {@code role} on {@code entity}. */
    public Node role(Node entity, String role, int index) {
        return iri("role/" + relativePath(entity) + "/" + segment(role) + "/" + index);
    }

    public Node identifier(Node entity, String scheme) {
        return iri("id/" + relativePath(entity) + "/" + segment(scheme));
    }

    /** A locally defined identifier scheme (DataCite has none for UN symbols). */
    public Node identifierScheme(String name) {
        return iri("id/scheme/" + Slugs.slug(name));
    }

    public Node embodiment(Node entity, String kind) {
        return iri("embodiment/" + relativePath(entity) + "/" + segment(kind));
    }

    // ---- small concept schemes

    public Node citationTypeScheme() {
        return iri("type");
    }

    public Node citationType(CitationType type) {
        return iri("type/" + type.label());
    }

    public Node signalScheme() {
        return iri("signal");
    }

    public Node signal(String signal) {
        return iri("signal/" + Slugs.slug(signal));
    }

    public Node articleTypeScheme() {
        return iri("article-type");
    }

    public Node articleType(String label) {
        return iri("article-type/" + Slugs.slug(label));
    }

    /** A publishing role PRO does not define itself ("corresponding-author"). */
    public Node roleType(String name) {
        return iri("role-type/" + Slugs.slug(name));
    }

    // ---- UN structure

    /** A UN organ or body by its series symbol ("A", "A/C.4", "E/CN.4"). */
    public Node unBody(String series) {
        return iri("un/body/" + encode(series.trim(), true));
    }

    /** A session by its key ("A/48", "A/S-13", "A/3" for the third session). */
    public Node unSession(String key) {
        return iri("un/session/" + encode(key.trim(), true));
    }

    /** A meeting by its key ("S/7796", "A/48/6", "A/C.4/66/10"). */
    public Node unMeeting(String key) {
        return iri("un/meeting/" + encode(key.trim(), true));
    }

    public Node unDocTypeScheme() {
        return iri("un/doc-type");
    }

    public Node unDocType(String docType) {
        return iri("un/doc-type/" + encode(docType, false));
    }

    // ---- helpers

    /** The path of one of our IRIs below the base ("works/buzan-2004-..."). */
    public String relativePath(Node entity) {
        String uri = entity.getURI();
        if (!uri.startsWith(base)) throw new IllegalArgumentException("not an IRI under " + base + ": " + uri);
        return uri.substring(base.length());
    }

    private static String key(CitationRef ref) {
        return ref.note() + "-" + ref.position();
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /** Keeps a readable key as it is, percent-encoding only what an IRI path segment cannot hold. */
    private static String segment(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty IRI segment");
        return encode(text, false);
    }

    static String encode(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~()*".indexOf(c) >= 0 || (keepSlash && c == '/');
            if (keep) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return out.toString();
    }
}
