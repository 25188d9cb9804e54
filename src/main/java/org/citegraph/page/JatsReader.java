package org.citegraph.page;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.citegraph.model.ArticleAuthor;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.ArticlePage;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.NoteText;
import org.citegraph.model.Person;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a JATS XML article, the form in which publishers and PubMed Central deliver articles.
 *
 * <p>Header from {@code <article-meta>}; notes from {@code <fn-group>/<fn>} (footnotes) or, when
 * there are none, from {@code <ref-list>/<ref>} (then marked as reference-list entries). A
 * {@code <mixed-citation>} already carries the printed punctuation, so its text is the note; an
 * {@code <element-citation>} carries only tagged parts, so it is rendered into the notes style the
 * parser reads. External DTDs are never fetched.
 */
public final class JatsReader {

    public ArticlePage read(String source, String xml) throws PageException {
        Document doc = parse(source, xml);
        Element root = doc.getDocumentElement();
        if (!"article".equals(root.getLocalName() == null ? root.getTagName() : root.getLocalName())) {
            throw new PageException(source + ": not a JATS article (root element <" + root.getTagName() + ">)");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        ArticleMetadata metadata = readMeta(first(root, "article-meta"), first(root, "journal-meta"));
        List<NoteText> notes = new ArrayList<>();
        List<Element> fns = descendants(root, "fn").stream()
                .filter(fn -> fn.getParentNode() instanceof Element p && "fn-group".equals(p.getTagName()))
                .toList();
        List<Element> items = fns.isEmpty() ? descendants(root, "ref") : fns;
        int n = 0;
        for (Element item : items) {
            n++;
            String text = fns.isEmpty() ? refText(item) : footnoteText(item);
            if (text.isBlank()) {
                diagnostics.add(Diagnostic.warning(source, 0, n, "empty <" + item.getTagName() + ">; kept as an empty note"));
            }
            // The DOM keeps no line numbers (0 = not applicable); messages name the note number instead.
            notes.add(new NoteText(n, 0, text, fns.isEmpty()));
        }
        if (notes.isEmpty()) throw new PageException(source + ": JATS article has no <fn-group>/<fn> or <ref-list>/<ref>");
        return new ArticlePage(source, metadata, notes, diagnostics);
    }

    private static Document parse(String source, String xml) throws PageException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new PageException(source + ":" + e.getLineNumber() + ": malformed XML: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PageException(source + ": cannot read XML: " + e.getMessage());
        }
    }

    private static ArticleMetadata readMeta(Element meta, Element journalMeta) {
        if (meta == null) return new ArticleMetadata(null, List.of(), null, null, null, null, null, null, null, null);
        String title = text(first(meta, "article-title"));
        String subtitle = text(first(meta, "subtitle"));
        if (title != null && subtitle != null) title = title + ": " + subtitle;
        Map<String, String> affiliations = new HashMap<>();
        for (Element aff : descendants(meta, "aff")) {
            Element label = first(aff, "label");
            String all = text(aff);
            String lab = text(label);
            if (lab != null && all != null && all.startsWith(lab)) all = all.substring(lab.length()).strip();
            affiliations.put(aff.getAttribute("id"), all);
        }
        List<ArticleAuthor> authors = new ArrayList<>();
        for (Element contrib : descendants(meta, "contrib")) {
            if (!contrib.getAttribute("contrib-type").isEmpty() && !"author".equals(contrib.getAttribute("contrib-type"))) continue;
            Element name = first(contrib, "name");
            if (name == null) continue;
            String family = text(first(name, "surname"));
            if (family == null) continue;
            String affiliation = null;
            for (Element xref : descendants(contrib, "xref")) {
                if ("aff".equals(xref.getAttribute("ref-type"))) affiliation = affiliations.get(xref.getAttribute("rid"));
            }
            if (affiliation == null && first(contrib, "aff") != null) affiliation = text(first(contrib, "aff"));
            if (affiliation == null && affiliations.size() == 1) affiliation = affiliations.values().iterator().next();
            boolean corresponding = "yes".equals(contrib.getAttribute("corresp"))
                    || descendants(contrib, "xref").stream().anyMatch(x -> "corresp".equals(x.getAttribute("ref-type")));
            Person person = new Person(family, text(first(name, "given-names")), text(first(name, "suffix")));
            authors.add(new ArticleAuthor(person, affiliation, corresponding));
        }
        String doi = null;
        for (Element id : descendants(meta, "article-id")) {
            if ("doi".equals(id.getAttribute("pub-id-type"))) doi = text(id).toLowerCase(Locale.ROOT);
        }
        String published = null;
        for (Element date : descendants(meta, "pub-date")) {
            String iso = isoDate(date);
            String kind = date.getAttribute("pub-type") + date.getAttribute("date-type");
            if (iso != null && (published == null || kind.contains("epub") || kind.contains("pub"))) published = iso;
        }
        String journal = journalMeta == null ? null : text(first(journalMeta, "journal-title"));
        String publisher = journalMeta == null ? null : text(first(journalMeta, "publisher-name"));
        String copyright = text(first(meta, "copyright-statement"));
        String abstractText = text(first(meta, "abstract"));
        String type = null;
        Element subject = first(meta, "subject");
        if (subject != null) type = text(subject);
        return new ArticleMetadata(title, authors, published, publisher, null, type, copyright, abstractText, journal, doi);
    }

    private static String isoDate(Element date) {
        String y = text(first(date, "year"));
        if (y == null) return null;
        String m = text(first(date, "month"));
        String d = text(first(date, "day"));
        try {
            if (m != null && d != null) return String.format("%s-%02d-%02d", y, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException e) {
            return y;
        }
        return y;
    }

    private static String footnoteText(Element fn) {
        StringBuilder b = new StringBuilder();
        for (Element p : descendants(fn, "p")) {
            if (b.length() > 0) b.append(' ');
            b.append(inline(p));
        }
        return b.length() == 0 ? normalise(fn.getTextContent()) : b.toString();
    }

    private static String refText(Element ref) {
        Element mixed = first(ref, "mixed-citation");
        if (mixed != null) return inline(mixed);
        Element element = first(ref, "element-citation");
        if (element != null) return new ElementCitationRenderer(element).render();
        return normalise(ref.getTextContent());
    }

    /** The printed text of a footnote paragraph or mixed citation, white space collapsed. */
    private static String inline(Element e) {
        return normalise(e.getTextContent());
    }

    static String normalise(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    static String text(Element e) {
        if (e == null) return null;
        String t = normalise(e.getTextContent());
        return t == null || t.isEmpty() ? null : t;
    }

    static Element first(Element scope, String tag) {
        if (scope == null) return null;
        NodeList list = scope.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    static List<Element> descendants(Element scope, String tag) {
        NodeList list = scope.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
        return out;
    }

    static List<Element> children(Element scope, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node c = scope.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        }
        return out;
    }
}
