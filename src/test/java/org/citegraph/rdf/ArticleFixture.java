package org.citegraph.rdf;

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
import org.citegraph.model.Emphasis;
import org.citegraph.model.Note;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.UnSymbol;
import org.citegraph.model.Work;

/**
 * A hand-made article (what the parser would give for ten notes) covering every kind of citation
 * the RDF stage must handle: journal article, book, chapters in an edited book (one abbreviated),
 * short forms, web page and news article with URLs, UN documents (full, short, with a body, with a
 * suffix), a treaty in the UNTS, a report in a numbered series, signals (written and inherited),
 * emphasis, several pinpoints, a non-page pinpoint, and a note without citation.
 */
public final class ArticleFixture {

    public static final String SOURCE = "fixtures/fixture-2023.txt";

    static final Person BUZAN = new Person("Buzan", "Barry");
    static final Person MAKINDA = new Person("Makinda", "Samuel M.");
    static final Person NAVARI = new Person("Navari", "Cornelia");
    static final Person KNUDSEN = new Person("Knudsen", "Tonny Brems");
    static final Person WIENER = new Person("Wiener", "Antje");
    static final Person SCEPANOVIC = new Person("Šćepanović", "Janko");
    static final Person NIKITINA = new Person("Nikitina", "Yulia");

    static final String BOOK = "International Organization in the Anarchical Society";

    static final Work BUZAN_2001 = work("buzan-2001-english-school", CitationType.JOURNAL_ARTICLE, 1, 0,
            b().authors(List.of(BUZAN)).title("The English School: An underexploited resource in IR")
                    .container("Review of International Studies").volume("27").issue("3").year("2001").pages("471-488"));
    static final Work BUZAN_2004 = new Work("buzan-2004-international-world-society", CitationType.BOOK,
            b().authors(List.of(BUZAN))
                    .title("From International to World Society? English School Theory and the Social Structure of Globalisation")
                    .year("2004").publisher("Cambridge University Press").place("Cambridge").build(),
            List.of("From International to World Society?"), new CitationRef(1, 1), null);
    static final Work MAKINDA_2002 = work("makinda-2002-hedley-bull-global-governance", CitationType.JOURNAL_ARTICLE, 2, 1,
            b().authors(List.of(MAKINDA)).title("Hedley Bull and global governance: A note on IR theory")
                    .container("Australian Journal of International Affairs").volume("56").issue("3").year("2002").pages("361-371"));
    static final Work INTRODUCTION = work("navari-knudsen-2019-introduction", CitationType.CHAPTER, 3, 0,
            b().authors(List.of(NAVARI, KNUDSEN)).editors(List.of(KNUDSEN, NAVARI))
                    .title("Introduction: A new approach to international organization").container(BOOK)
                    .year("2019").publisher("Palgrave Macmillan").place("Cham").pages("1-20"));
    static final Work FUNDAMENTAL = work("knudsen-2019-fundamental-institutions", CitationType.CHAPTER, 4, 0,
            b().authors(List.of(KNUDSEN)).editors(List.of(KNUDSEN, NAVARI))
                    .title("Fundamental institutions and international organizations: Theorizing continuity and change")
                    .container(BOOK).year("2019").publisher("Palgrave Macmillan").place("Cham").pages("23-50"));
    static final Work WIENER_2014 = work("wiener-2014-theory-contestation", CitationType.BOOK, 4, 1,
            b().authors(List.of(WIENER)).title("A Theory of Contestation").year("2014").publisher("Springer").place("New York"));
    static final Work CSTO_DECLARATION = work("csto-declaration-collective-security-council", CitationType.WEB_PAGE, 5, 0,
            b().authors(List.of(new Organization("CSTO")))
                    .title("Declaration of the Collective Security Council of the Collective Security Treaty Organization")
                    .url("https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/"));
    static final Work SCEPANOVIC_2020 = work("scepanovic-2020-nagorno-karabakh-deal", CitationType.NEWS_ARTICLE, 5, 1,
            b().authors(List.of(SCEPANOVIC)).title("Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?")
                    .container("The Diplomat").year("2020").date("2020-11-14")
                    .url("https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/"));
    static final Work S_PV_7796 = un("un-doc-s-pv-7796", 6, 0, "2016", "2016-10-28",
            new UnSymbol("S/PV.7796", "S", null, null, null, "PV", "7796", List.of()));
    static final Work A_RES_48_237 = un("un-doc-a-res-48-237", 7, 1, "1994", "1994-03-24",
            new UnSymbol("A/RES/48/237", "A", null, "48", null, "RES", "237", List.of()));
    static final Work S_2016_867_ADD_1 = un("un-doc-s-2016-867-add-1", 7, 2, "2016", "2016-10-14",
            new UnSymbol("S/2016/867/Add.1", "S", null, null, 2016, "general", "867", List.of("Add.1")));
    static final Work TREATY = work("un-unts-2632-csto-peacekeeping-agreement", CitationType.TREATY, 10, 0,
            b().authors(List.of(new Organization("UN")))
                    .title("Agreement on the peacekeeping activities of the Collective Security Treaty Organization")
                    .container("United Nations Treaty Series").volume("2632").year("2009").pages("29-50"));
    static final Work NIKITINA_2013 = work("nikitina-2013-security-cooperation", CitationType.REPORT, 10, 1,
            b().authors(List.of(NIKITINA))
                    .title("Security cooperation in the post-Soviet area within the Collective Security Treaty Organization")
                    .container("ISPI Analysis").issue("152").year("2013")
                    .url("https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf"));
    static final Work A_HRC_39_CRP_2 = un("un-doc-a-hrc-39-crp-2", 10, 2, "2018", null,
            new UnSymbol("A/HRC/39/CRP.2", "A", "HRC", "39", null, "CRP", "2", List.of()));

    public static Article article() {
        List<Note> notes = new ArrayList<>();
        notes.add(note(1, "Barry Buzan, ‘The English School: An underexploited resource in IR’, Review of International Studies, 27:3 (2001), pp. 471–88 (p. 479); Barry Buzan, From International to World Society? English School Theory and the Social Structure of Globalisation (Cambridge: Cambridge University Press, 2004).",
                full(0, "Barry Buzan, ‘The English School: An underexploited resource in IR’, Review of International Studies, 27:3 (2001), pp. 471–88 (p. 479)", BUZAN_2001, "479", null, null),
                full(1, "Barry Buzan, From International to World Society? English School Theory and the Social Structure of Globalisation (Cambridge: Cambridge University Press, 2004)", BUZAN_2004, null, null, null)));
        notes.add(note(2, "Buzan, From International to World Society?, p. 167; Samuel M. Makinda, ‘Hedley Bull and global governance: A note on IR theory’, Australian Journal of International Affairs, 56:3 (2002), pp. 361–71 (p. 366).",
                shortForm(0, "Buzan, From International to World Society?, p. 167", BUZAN_2004, "From International to World Society?", "167", null, null),
                full(1, "Samuel M. Makinda, ‘Hedley Bull and global governance: A note on IR theory’, Australian Journal of International Affairs, 56:3 (2002), pp. 361–71 (p. 366)", MAKINDA_2002, "366", null, null)));
        notes.add(note(3, "Cornelia Navari and Tonny Brems Knudsen, ‘Introduction: A new approach to international organization’, in Tonny Brems Knudsen and Cornelia Navari (eds), International Organization in the Anarchical Society (Cham: Palgrave Macmillan, 2019), pp. 1–20 (p. 8).",
                full(0, "Cornelia Navari and Tonny Brems Knudsen, ‘Introduction: A new approach to international organization’, in Tonny Brems Knudsen and Cornelia Navari (eds), International Organization in the Anarchical Society (Cham: Palgrave Macmillan, 2019), pp. 1–20 (p. 8)", INTRODUCTION, "8", null, null)));
        notes.add(note(4, "Tonny Brems Knudsen, ‘Fundamental institutions and international organizations: Theorizing continuity and change’, in Knudsen and Navari (eds), International Organization in the Anarchical Society, pp. 23–50 (p. 33). See also Antje Wiener, A Theory of Contestation (New York: Springer, 2014), p. 21, emphasis added.",
                full(0, "Tonny Brems Knudsen, ‘Fundamental institutions and international organizations: Theorizing continuity and change’, in Knudsen and Navari (eds), International Organization in the Anarchical Society, pp. 23–50 (p. 33)", FUNDAMENTAL, "33", null, null),
                full(1, "See also Antje Wiener, A Theory of Contestation (New York: Springer, 2014), p. 21, emphasis added", WIENER_2014, "21", "See also", Emphasis.ADDED)));
        notes.add(note(5, "See CSTO, ‘Declaration of the Collective Security Council of the Collective Security Treaty Organization’, available at: {https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/}; Janko Šćepanović, ‘Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?’, The Diplomat (14 November 2020), available at: {https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/}.",
                full(0, "See CSTO, ‘Declaration of the Collective Security Council of the Collective Security Treaty Organization’, available at: {https://en.odkb-csto.org/news/news_odkb/deklaratsiya-soveta/}", CSTO_DECLARATION, null, "See", null),
                inherited(full(1, "Janko Šćepanović, ‘Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?’, The Diplomat (14 November 2020), available at: {https://thediplomat.com/2020/11/was-the-nagorno-karabakh-deal-a-missed-opportunity-for-the-csto/}", SCEPANOVIC_2020, null, "See", null))));
        notes.add(note(6, "UN Doc S/PV.7796, 28 October 2016, p. 23.",
                full(0, "UN Doc S/PV.7796, 28 October 2016, p. 23", S_PV_7796, "23", null, null)));
        notes.add(note(7, "S/PV.7796, p. 10; UN Doc A/RES/48/237, 24 March 1994; UN Doc S/2016/867/Add.1, 14 October 2016, p. 2.",
                shortForm(0, "S/PV.7796, p. 10", S_PV_7796, null, "10", null, null),
                full(1, "UN Doc A/RES/48/237, 24 March 1994", A_RES_48_237, null, null, null),
                full(2, "UN Doc S/2016/867/Add.1, 14 October 2016, p. 2", S_2016_867_ADD_1, "2", null, null)));
        notes.add(note(8, "I thank one of the anonymous reviewers for this phrase."));
        notes.add(note(9, "Buzan, From International to World Society?, pp. 183–4, 187; Buzan, ‘The English School’, p. 480, emphasis in original.",
                shortForm(0, "Buzan, From International to World Society?, pp. 183–4, 187", BUZAN_2004, "From International to World Society?", "183-184, 187", null, null),
                shortForm(1, "Buzan, ‘The English School’, p. 480, emphasis in original", BUZAN_2001, "The English School", "480", null, Emphasis.IN_ORIGINAL)));
        notes.add(note(10, "UN, ‘Agreement on the peacekeeping activities of the Collective Security Treaty Organization’, United Nations Treaty Series, 2632 (2009), pp. 29–50; See, for example, Yulia Nikitina, ‘Security cooperation in the post-Soviet area within the Collective Security Treaty Organization’, ISPI Analysis, no. 152 (January 2013), available at: {https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf}; UN Doc A/HRC/39/CRP.2, para. 5.",
                full(0, "UN, ‘Agreement on the peacekeeping activities of the Collective Security Treaty Organization’, United Nations Treaty Series, 2632 (2009), pp. 29–50", TREATY, null, null, null),
                full(1, "See, for example, Yulia Nikitina, ‘Security cooperation in the post-Soviet area within the Collective Security Treaty Organization’, ISPI Analysis, no. 152 (January 2013), available at: {https://www.ispionline.it/sites/default/files/pubblicazioni/analysis_152_2013.pdf}", NIKITINA_2013, null, "See, for example,", null),
                full(2, "UN Doc A/HRC/39/CRP.2, para. 5", A_HRC_39_CRP_2, "para. 5", null, null)));

        ArticleMetadata meta = new ArticleMetadata(
                "Agents, multilateral institutions, and fundamental institutional change in international society: The case of Russia’s peacekeeping policy",
                List.of(new ArticleAuthor(new Person("Hadano", "Takamitsu"),
                        "Faculty of International Studies, Hiroshima City University, Hiroshima, Japan", true)),
                "2023-10-18", "Cambridge University Press", "The British International Studies Association",
                "Research Article",
                "© The Author(s), 2023. Published by Cambridge University Press on behalf of The British International Studies Association.",
                "Drawing on recent debates in English School (ES) theory, this article develops an analytical framework.",
                null, null);
        List<Work> works = List.of(BUZAN_2001, BUZAN_2004, MAKINDA_2002, INTRODUCTION, FUNDAMENTAL, WIENER_2014,
                CSTO_DECLARATION, SCEPANOVIC_2020, S_PV_7796, A_RES_48_237, S_2016_867_ADD_1, TREATY, NIKITINA_2013, A_HRC_39_CRP_2);
        return new Article(SOURCE, meta, notes, works, List.of());
    }

    private static BibFields.Builder b() {
        return BibFields.builder();
    }

    private static Work work(String id, CitationType type, int note, int position, BibFields.Builder fields) {
        return new Work(id, type, fields.build(), List.of(), new CitationRef(note, position), null);
    }

    private static Work un(String id, int note, int position, String year, String date, UnSymbol symbol) {
        return new Work(id, CitationType.UN_DOCUMENT, b().unSymbol(symbol.symbol()).year(year).date(date).build(),
                List.of(), new CitationRef(note, position), symbol);
    }

    private static Note note(int number, String text, Citation... citations) {
        return new Note(number, 100 + 2 * number, text, List.of(citations), true);
    }

    /** A full citation: its own fields are the work's. */
    private static Citation full(int position, String raw, Work work, String pinpoint, String signal, Emphasis emphasis) {
        return new Citation(position, raw, work.type(), work.fields(), pinpoint, signal, false, emphasis, null, null, work.id());
    }

    /** A short form: only family names and the short title. */
    private static Citation shortForm(int position, String raw, Work work, String shortTitle, String pinpoint,
                                      String signal, Emphasis emphasis) {
        List<Agent> families = work.fields().authors().stream()
                .<Agent>map(a -> a instanceof Person p ? new Person(p.family(), null) : a).toList();
        BibFields own = BibFields.builder().authors(families).title(shortTitle).unSymbol(work.fields().unSymbol()).build();
        return new Citation(position, raw, work.type(), own, pinpoint, signal, false, emphasis, work.firstCitation(), null, work.id());
    }

    private static Citation inherited(Citation c) {
        return new Citation(c.position(), c.raw(), c.type(), c.fields(), c.pinpoint(), c.signal(), true, c.emphasis(),
                c.shortFormOf(), c.containerFrom(), c.workId());
    }

    private ArticleFixture() {
    }
}
