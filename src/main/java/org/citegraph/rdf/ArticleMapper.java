package org.citegraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.ArticleAuthor;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Note;
import org.citegraph.model.Work;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DataCite;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Prism;
import org.citegraph.rdf.vocab.Pro;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;

/**
 * Turns an {@link Article} into RDF, sent RIOT-style to a {@link StreamRDF}: every statement is a
 * quad in the article's own named graph ({@link #graphName}), and the sink decides where it goes
 * (a dataset, a file, a loader). Like a RIOT parser, {@link #map} calls {@code start()},
 * {@code prefix(...)} and {@code finish()} on the sink.
 *
 * <p>The model follows the OpenCitations Data Model (FaBiO/CiTO/BiRO/C4O/DoCO/PRO/DataCite) with a
 * BIBO/DCTerms layer on the same nodes; see {@link IriMinter} for the IRIs.
 */
public final class ArticleMapper {

    private final IriMinter iris;
    private final PrefixMapping prefixes;

    public ArticleMapper() {
        this(new IriMinter());
    }

    public ArticleMapper(IriMinter iris) {
        this.iris = iris;
        this.prefixes = Prefixes.forBase(iris.base());
    }

    public IriMinter iris() {
        return iris;
    }

    /** The prefixes the mapper declares (vocabularies plus the data namespaces under the base). */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    /** The named graph holding {@code article}'s statements. */
    public Node graphName(Article article) {
        return iris.graph(IriMinter.articleSlug(article));
    }

    /** The IRI of the citing article itself. */
    public Node articleNode(Article article) {
        return iris.article(IriMinter.articleSlug(article));
    }

    /**
     * Maps the article into {@code sink}. A work or note that cannot be mapped is left out (none of
     * its statements are sent) and reported; everything else is still mapped.
     *
     * @return the problems met, naming the source file, line and note
     */
    public List<Diagnostic> map(Article article, StreamRDF sink) {
        String slug = IriMinter.articleSlug(article);
        Node articleNode = iris.article(slug);
        List<Diagnostic> problems = new ArrayList<>();
        sink.start();
        prefixes.getNsPrefixMap().forEach(sink::prefix);
        QuadSink out = new QuadSink(sink, iris.graph(slug));
        AgentMapper agents = new AgentMapper(iris, out);

        Guard guard = (line, note, what, unit) -> {
            try {
                out.attempt(unit);
                return true;
            } catch (RuntimeException e) {
                problems.add(new Diagnostic(Diagnostic.Severity.ERROR, article.source(), line, note, what + ": " + e.getMessage()));
                return false;
            }
        };

        guard.run(0, 0, "article header not mapped", () -> header(articleNode, article.metadata(), out, agents));
        reportSharedNames(article, problems);

        WorkMapper workMapper = new WorkMapper(iris, out, agents);
        Map<String, Node> works = new LinkedHashMap<>();
        Map<String, Work> byId = new LinkedHashMap<>();
        Map<Integer, Integer> lineOfNote = new HashMap<>();
        for (Note note : article.notes()) lineOfNote.putIfAbsent(note.number(), note.line());
        for (Work work : allWorks(article, slug)) {
            CitationRef first = work.firstCitation();
            guard.run(first == null ? 0 : lineOfNote.getOrDefault(first.note(), 0), first == null ? 0 : first.note(), "cited work '" + work.id() + "' not mapped", () -> {
                works.put(work.id(), workMapper.map(work));
                byId.put(work.id(), work);
            });
        }
        new ApparatusMapper(iris, out, slug, articleNode, guard).map(withWorkIds(article.notes(), slug), works);
        for (Map.Entry<String, Work> e : byId.entrySet()) {
            guard.run(0, 0, "citation of '" + e.getKey() + "' not mapped",
                    () -> workCitation(slug, articleNode, article.metadata(), e.getValue(), works.get(e.getKey()), out));
        }
        sink.finish();
        return problems;
    }

    /** Two notes with one number, or two citations at one position, would share an IRI: say so. */
    private static void reportSharedNames(Article article, List<Diagnostic> problems) {
        Set<Integer> numbers = new HashSet<>();
        for (Note note : article.notes()) {
            if (!numbers.add(note.number())) {
                problems.add(Diagnostic.warning(article.source(), note.line(), note.number(),
                        "another note has the same number; the two are merged in the graph"));
            }
            Set<Integer> positions = new HashSet<>();
            for (Citation c : note.citations()) {
                if (!positions.add(c.position())) {
                    problems.add(Diagnostic.warning(article.source(), note.line(), note.number(),
                            "two citations at position " + c.position() + "; they are merged in the graph"));
                }
            }
        }
    }

    /** The citing article's header: title, authors with affiliations, date, publisher, rights, abstract. */
    private void header(Node article, ArticleMetadata meta, QuadSink out, AgentMapper agents) {
        if (meta != null && meta.book() != null && !meta.book().isBlank()) {
            // a chapter's page: the chapter is part of its book
            out.type(article, Fabio.Expression, Fabio.BookChapter, Bibo.Chapter);
            Node book = iris.venue(IriMinter.Venue.BOOK, meta.book());
            out.type(book, Fabio.Expression, Fabio.Book, Bibo.Book);
            new TitleWriter(out).title(book, meta.book());
            out.add(article, Frbr.partOf, book);
            out.add(article, DcTerms.isPartOf, book);
        } else {
            out.type(article, Fabio.Expression, Fabio.JournalArticle, Bibo.AcademicArticle);
        }
        if (meta == null) return;
        new TitleWriter(out).title(article, meta.title());

        List<Node> roles = agents.authors(article, meta.authors().stream().<Agent>map(ArticleAuthor::person).toList());
        for (int i = 0; i < meta.authors().size(); i++) {
            ArticleAuthor author = meta.authors().get(i);
            if (author.affiliation() != null && !author.affiliation().isBlank()) {
                out.add(roles.get(i), Pro.relatesToOrganization, agents.organization(author.affiliation()));
            }
        }
        List<Node> corresponding = meta.authors().stream().filter(ArticleAuthor::corresponding)
                .map(a -> iris.person(a.person())).toList();
        if (!corresponding.isEmpty()) {
            Node roleType = iris.roleType("corresponding author");
            out.type(roleType, Pro.Role);
            out.text(roleType, Rdfs.label, "corresponding author");
            for (int i = 0; i < corresponding.size(); i++) {
                Node role = iris.role(article, "corresponding-author", i + 1);
                out.add(article, Pro.isDocumentContextFor, role);
                out.type(role, Pro.RoleInTime);
                out.add(role, Pro.withRole, roleType);
                out.add(role, Pro.isHeldBy, corresponding.get(i));
            }
        }

        Literals.date(meta.publishedOnline()).ifPresent(date -> {
            out.add(article, Prism.publicationDate, date);
            out.add(article, DcTerms.issued, date);
        });
        if (meta.publisher() != null && !meta.publisher().isBlank()) {
            Node publisherRole = agents.publisher(article, meta.publisher());
            // "Published by CUP on behalf of BISA": the publishing role is held in the society's context.
            if (meta.onBehalfOf() != null && !meta.onBehalfOf().isBlank()) {
                out.add(publisherRole, Pro.relatesToOrganization, agents.organization(meta.onBehalfOf()));
            }
        }
        if (meta.type() != null && !meta.type().isBlank()) {
            Node type = iris.articleType(meta.type());
            Node scheme = iris.articleTypeScheme();
            out.add(article, DcTerms.type, type);
            out.type(type, Skos.Concept);
            out.text(type, Skos.prefLabel, meta.type());
            out.add(type, Skos.inScheme, scheme);
            out.type(scheme, Skos.ConceptScheme);
        }
        out.text(article, DcTerms.rights, meta.copyright());
        out.text(article, DcTerms.abstract_, meta.abstractText());
        if (meta.journal() != null && !meta.journal().isBlank()) {
            Node journal = iris.venue(IriMinter.Venue.JOURNAL, meta.journal());
            out.type(journal, Fabio.Expression, Fabio.Journal, Bibo.Journal);
            new TitleWriter(out).title(journal, meta.journal());
            out.add(article, Frbr.partOf, journal);
            out.add(article, DcTerms.isPartOf, journal);
        }
        if (meta.doi() != null && !meta.doi().isBlank()) {
            String doi = meta.doi().trim().toLowerCase(Locale.ROOT);
            out.text(article, Bibo.doi, doi);
            new WorkMapper(iris, out, agents).identifier(article, "doi", DataCite.doi, doi);
        }
    }

    /** The article-level citation act for one cited work, with OpenCitations' creation date and time span. */
    private void workCitation(String slug, Node article, ArticleMetadata meta, Work cited, Node work, QuadSink out) {
        String citingDate = meta == null ? null : meta.publishedOnline();
        out.add(article, Cito.cites, work);
        out.add(article, Bibo.cites, work);
        Node act = iris.workCitation(slug, cited.id());
        out.type(act, Cito.Citation);
        out.add(act, Cito.hasCitingEntity, article);
        out.add(act, Cito.hasCitedEntity, work);
        Literals.date(citingDate).ifPresent(date -> out.add(act, Cito.hasCitationCreationDate, date));
        BibFields f = cited.fields();
        String citedDate = f.date() != null && Literals.date(f.date()).isPresent() ? f.date() : f.year();
        Literals.timeSpan(citedDate, citingDate).ifPresent(span -> out.typed(act, Cito.hasCitationTimeSpan, span, XSDDatatype.XSDduration));
    }

    /**
     * The article's works, plus one for every citation whose work is missing from the list (its
     * own fields are then all there is), so that no citation is left without a cited node.
     */
    private static List<Work> allWorks(Article article, String slug) {
        Map<String, Work> works = new LinkedHashMap<>();
        for (Work w : article.works()) works.putIfAbsent(w.id(), withParsedSymbol(w));
        for (Note note : article.notes()) {
            for (Citation c : note.citations()) {
                String id = workId(c, note, slug);
                if (!works.containsKey(id)) {
                    works.put(id, withParsedSymbol(new Work(id, c.type(), c.fields(), List.of(), new CitationRef(note.number(), c.position()), null)));
                }
            }
        }
        return List.copyOf(works.values());
    }

    /** A work whose symbol text has not been parsed yet gets it parsed, so that it is named by its canonical symbol. */
    private static Work withParsedSymbol(Work w) {
        if (w.unSymbol() != null || w.fields().unSymbol() == null) return w;
        return UnDocumentMapper.symbolOf(null, w.fields().unSymbol())
                .map(symbol -> new Work(w.id(), w.type(), w.fields(), w.shortTitles(), w.firstCitation(), symbol))
                .orElse(w);
    }

    private static List<Note> withWorkIds(List<Note> notes, String slug) {
        return notes.stream().map(n -> new Note(n.number(), n.line(), n.text(),
                n.citations().stream().map(c -> c.workId() != null ? c : new Citation(c.position(), c.raw(), c.type(),
                        c.fields(), c.pinpoint(), c.signal(), c.signalInherited(), c.emphasis(), c.shortFormOf(),
                        c.containerFrom(), workId(c, n, slug))).toList(), n.parsed(), n.referenceListEntry())).toList();
    }

    private static String workId(Citation c, Note note, String slug) {
        return c.workId() != null && !c.workId().isBlank() ? c.workId() : slug + "-note-" + note.number() + "-" + c.position();
    }
}
