package org.citegraph.testing;

import java.util.ArrayList;
import java.util.List;
import org.citegraph.model.Agent;
import org.citegraph.model.Article;
import org.citegraph.model.ArticleAuthor;
import org.citegraph.model.ArticleMetadata;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Note;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.UnSymbol;
import org.citegraph.model.Work;

/**
 * Hand-built articles for the interoperability tests: one work of each kind the exporters and
 * the RDF tests must handle. Identifiers are fictional (DOI prefix 10.5555 is the documented
 * example prefix) so nothing here can be mistaken for a real lookup result.
 */
public final class SampleArticles {

    public static final Person BUZAN = new Person("Buzan", "Barry");
    public static final Person NAVARI = new Person("Navari", "Cornelia");
    public static final Person KNUDSEN = new Person("Knudsen", "Tonny Brems");
    public static final Person SCEPANOVIC = new Person("Šćepanović", "Janko");
    public static final Organization CSTO = new Organization("CSTO");
    public static final Organization SECURITY_COUNCIL = new Organization("United Nations Security Council");
    public static final Organization CIC = new Organization("Center on International Cooperation");

    public static final Work JOURNAL_ARTICLE = new Work("buzan-2001-english-school", CitationType.JOURNAL_ARTICLE,
            BibFields.builder().authors(List.of(BUZAN))
                    .title("The English School: An underexploited resource in IR")
                    .container("Review of International Studies").volume("27").issue("3").year("2001")
                    .pages("471-488").doi("10.5555/ris.2001.027").build(),
            List.of("English School"), new CitationRef(1, 0), null);

    public static final Work BOOK = new Work("buzan-2004-international-world-society", CitationType.BOOK,
            BibFields.builder().authors(List.of(BUZAN))
                    .title("From International to World Society? English School Theory and the Social Structure of Globalisation")
                    .place("Cambridge").publisher("Cambridge University Press").year("2004").isbn("9780521541213").build(),
            List.of("From International to World Society?"), new CitationRef(1, 1), null);

    public static final Work CHAPTER = new Work("navari-knudsen-2019-introduction", CitationType.CHAPTER,
            BibFields.builder().authors(List.of(NAVARI, KNUDSEN)).editors(List.of(KNUDSEN, NAVARI))
                    .title("Introduction: A new approach to international organization")
                    .container("International Organization in the Anarchical Society")
                    .place("Cham").publisher("Palgrave Macmillan").year("2019").pages("1-20").build(),
            List.of("Introduction"), new CitationRef(11, 0), null);

    public static final Work WEB_PAGE = new Work("csto-declaration", CitationType.WEB_PAGE,
            BibFields.builder().authors(List.of(CSTO))
                    .title("Declaration of the Collective Security Council of the Collective Security Treaty Organization")
                    .url("https://en.odkb-csto.org/news/declaration_2021/").accessed("2022-01-09").build(),
            List.of(), new CitationRef(128, 0), null);

    public static final Work UN_DOCUMENT = new Work("un-doc-s-pv-7796", CitationType.UN_DOCUMENT,
            BibFields.builder().authors(List.of(SECURITY_COUNCIL)).unSymbol("S/PV.7796")
                    .year("2016").date("2016-10-28").build(),
            List.of(), new CitationRef(117, 0),
            new UnSymbol("S/PV.7796", "S", null, null, null, "PV", "7796", List.of()));

    public static final Work ORG_REPORT = new Work("cic-2012-annual-review", CitationType.REPORT,
            BibFields.builder().authors(List.of(CIC))
                    .title("Annual Review of Global Peace Operations 2012")
                    .place("Boulder, CO").publisher("Lynne Rienner").year("2012").build(),
            List.of(), new CitationRef(86, 0), null);

    public static final Work MAGAZINE_ARTICLE = new Work("scepanovic-2020-nagorno-karabakh", CitationType.NEWS_ARTICLE,
            BibFields.builder().authors(List.of(SCEPANOVIC))
                    .title("Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?")
                    .container("The Diplomat").year("2020").date("2020-11-14")
                    .url("https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/")
                    .build(),
            List.of(), new CitationRef(126, 0), null);

    public static final Work TREATY = new Work("un-2009-agreement-peacekeeping", CitationType.TREATY,
            BibFields.builder().authors(List.of(new Organization("UN")))
                    .title("Agreement on the peacekeeping activities of the Collective Security Treaty Organization")
                    .container("United Nations Treaty Series").volume("2632").year("2009").pages("29-50").build(),
            List.of(), new CitationRef(110, 0), null);

    public static final List<Work> ALL_WORKS = List.of(JOURNAL_ARTICLE, BOOK, CHAPTER, WEB_PAGE, UN_DOCUMENT,
            ORG_REPORT, MAGAZINE_ARTICLE, TREATY);

    private SampleArticles() {
    }

    /** An article citing every sample work once, each citation in its own note, plus a short form of the book. */
    public static Article article() {
        return article(ALL_WORKS);
    }

    public static Article article(List<Work> works) {
        List<Note> notes = new ArrayList<>();
        int number = 1;
        for (Work w : works) {
            notes.add(note(number++, citation(w, 0, w.fields(), null)));
        }
        Work book = works.stream().filter(w -> w.type() == CitationType.BOOK).findFirst().orElse(null);
        if (book != null) {
            BibFields shortForm = BibFields.builder().authors(List.of(new Person(familyOf(book), null)))
                    .title(book.shortTitles().isEmpty() ? book.fields().title() : book.shortTitles().get(0)).build();
            notes.add(note(number, citation(book, 0, shortForm, book.firstCitation())));
        }
        ArticleMetadata metadata = new ArticleMetadata(
                "Agents, multilateral institutions, and change in international society",
                List.of(new ArticleAuthor(new Person("Example", "Ann"), "Faculty of Examples, Example University", true)),
                "2023-10-18", "Example University Press", null, "Research Article", "© The Author(s), 2023.",
                "An abstract.", null, null);
        return new Article("sample.txt", metadata, notes, works, List.of());
    }

    private static String familyOf(Work w) {
        Agent first = w.fields().authors().get(0);
        return first instanceof Person p ? p.family() : first.displayName();
    }

    private static Citation citation(Work w, int position, BibFields fields, CitationRef shortFormOf) {
        return new Citation(position, fields.title() == null ? w.id() : fields.title(), w.type(), fields, null, null,
                false, null, shortFormOf, null, w.id());
    }

    private static Note note(int number, Citation citation) {
        return new Note(number, number * 2, citation.raw(), List.of(citation), true);
    }
}
