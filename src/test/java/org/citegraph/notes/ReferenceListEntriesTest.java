package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;

/** Author–date and bibliography entries: "Family, I. (2004) Title. Place: Publisher." and kin. */
class ReferenceListEntriesTest {

    @Test
    void harvardBookAndArticleWithYearLetters() {
        Article a = parse(
                "Okonkwo, T. (2015a) Maritime Order and Its Discontents. London: Harbour Press.",
                "Okonkwo, T. (2015b) 'Ports and power', Journal of Sea Politics, 12(3), pp. 201–220.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(book.fields().authors())).containsExactly("Okonkwo|T.");
        assertThat(book.fields().year()).isEqualTo("2015");
        assertThat(book.fields().title()).isEqualTo("Maritime Order and Its Discontents");
        assertThat(book.fields().place()).isEqualTo("London");
        assertThat(book.fields().publisher()).isEqualTo("Harbour Press");
        Citation art = cite(a, 2, 0);
        assertThat(art.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(art.fields().title()).isEqualTo("Ports and power");
        assertThat(art.fields().container()).isEqualTo("Journal of Sea Politics");
        assertThat(art.fields().volume()).isEqualTo("12");
        assertThat(art.fields().issue()).isEqualTo("3");
        assertThat(art.fields().pages()).isEqualTo("201-220");
        assertThat(book.workId()).isNotEqualTo(art.workId());
        assertThat(book.workId()).contains("2015a");
        assertThat(art.workId()).contains("2015b");
    }

    @Test
    void harvardChapterWithInvertedEditors() {
        Article a = parse("Lindgren, M. and de Wit, J. (2019) 'Regional courts', in Halabi, S. and Mori, Y. (eds) Courts in Transition. Cham: Fictive Books, pp. 33–58.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(names(c.fields().authors())).containsExactly("Lindgren|M.", "de Wit|J.");
        assertThat(names(c.fields().editors())).containsExactly("Halabi|S.", "Mori|Y.");
        assertThat(c.fields().container()).isEqualTo("Courts in Transition");
        assertThat(c.fields().place()).isEqualTo("Cham");
        assertThat(c.fields().publisher()).isEqualTo("Fictive Books");
        assertThat(c.fields().pages()).isEqualTo("33-58");
    }

    @Test
    void apaArticleWithDoi() {
        Article a = parse("Fontana, L. M., & Cortes, R. (2020). The diffusion of norms: A reappraisal. Review of Imaginary Affairs, 44(2), 150–172. https://doi.org/10.1234/RIA.2020.7");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(c.fields().authors())).containsExactly("Fontana|L. M.", "Cortes|R.");
        assertThat(c.fields().title()).isEqualTo("The diffusion of norms: A reappraisal");
        assertThat(c.fields().container()).isEqualTo("Review of Imaginary Affairs");
        assertThat(c.fields().pages()).isEqualTo("150-172");
        assertThat(c.fields().doi()).isEqualTo("10.1234/ria.2020.7");
    }

    @Test
    void chicagoAuthorDateAndBibliographyEntries() {
        Article a = parse(
                "Wrobel, Tomasz. 2011. “Mapping the Commons.” Quarterly of Examples 19 (4): 455–78.",
                "Esposti, Marta. The Slow Treaty: Law and Delay. Oxford: Example University Press, 2009.",
                "Jansen, Helena, and Rafael Dumas. 2018. Sovereignty Games. New York: Placeholder Press.");
        Citation art = cite(a, 1, 0);
        assertThat(art.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(art.fields().title()).isEqualTo("Mapping the Commons");
        assertThat(art.fields().volume()).isEqualTo("19");
        assertThat(art.fields().issue()).isEqualTo("4");
        assertThat(art.fields().pages()).isEqualTo("455-478");
        Citation book = cite(a, 2, 0);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(book.fields().title()).isEqualTo("The Slow Treaty: Law and Delay");
        assertThat(book.fields().year()).isEqualTo("2009");
        assertThat(book.fields().publisher()).isEqualTo("Example University Press");
        Citation two = cite(a, 3, 0);
        assertThat(names(two.fields().authors())).containsExactly("Jansen|Helena", "Dumas|Rafael");
        assertThat(two.fields().title()).isEqualTo("Sovereignty Games");
        assertThat(two.fields().place()).isEqualTo("New York");
    }

    @Test
    void mixedNameOrderOrganisationsQuotesInQuotesAndEditions() {
        Article a = parse(
                "Halvard, Tomas, Dina Hoff, and Kay Young. 2013. Deadlock: Why Cooperation Stalls. Cambridge: Example Press.",
                "United Nations (2015) Shared Waters: A Plan. New York: United Nations.",
                "Rossi, T. (2000) '\"Let's talk!\": Arguing in world politics', Example Organization, 54(1), pp. 1–39.",
                "Jarvis, R. (2017) Perceptions at Sea. New edn. Princeton, NJ: Example University Press.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Halvard|Tomas", "Hoff|Dina", "Young|Kay");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Deadlock: Why Cooperation Stalls");
        assertThat(cite(a, 1, 0).workId()).startsWith("halvard-et-al-2013-");
        Citation org = cite(a, 2, 0);
        assertThat(names(org.fields().authors())).containsExactly("org:United Nations");
        assertThat(org.fields().year()).isEqualTo("2015");
        assertThat(org.fields().publisher()).isEqualTo("United Nations");
        Citation quoted = cite(a, 3, 0);
        assertThat(quoted.fields().title()).isEqualTo("\"Let's talk!\": Arguing in world politics");
        assertThat(quoted.fields().container()).isEqualTo("Example Organization");
        assertThat(quoted.fields().pages()).isEqualTo("1-39");
        assertThat(cite(a, 4, 0).fields().place()).isEqualTo("Princeton, NJ");
    }

    @Test
    void aTitleEndingInAQuestionMarkKeepsItsImprint() {
        Article a = parse(
                "Brennan, T. (2009) Is There a Regional Society? Oxford: Fictive Press.",
                "Quaye, E. K. (2019). What is a region? Definitions and their uses. Example University Press.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(c.fields().title()).isEqualTo("Is There a Regional Society?");
        assertThat(c.fields().place()).isEqualTo("Oxford");
        assertThat(c.fields().publisher()).isEqualTo("Fictive Press");
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("What is a region? Definitions and their uses");
        assertThat(cite(a, 2, 0).fields().publisher()).isEqualTo("Example University Press");
    }

    @Test
    void editionsBetweenTitleAndImprint() {
        Article a = parse(
                "Jensen, Mikkel. 2012. Consensus and Its Limits. 2nd ed. Aarhus: Nordlys Press.",
                "Zhang, W. (2015) 'Shanghai', in Nakamura, H. and Strand, D. (eds) Security Governance. 2nd edn. Basingstoke: Fictive Books, pp. 88–104.",
                "Wendel, B. (2020). Regional security in practice (2nd ed.). Example Books.");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("Consensus and Its Limits");
        assertThat(cite(a, 1, 0).fields().place()).isEqualTo("Aarhus");
        Citation ch = cite(a, 2, 0);
        assertThat(ch.fields().container()).isEqualTo("Security Governance");
        assertThat(ch.fields().publisher()).isEqualTo("Fictive Books");
        assertThat(ch.fields().pages()).isEqualTo("88-104");
        assertThat(cite(a, 3, 0).fields().title()).isEqualTo("Regional security in practice");
        assertThat(cite(a, 3, 0).fields().publisher()).isEqualTo("Example Books");
    }

    @Test
    void reportSeriesAndNumbers() {
        Article a = parse(
                "Hassan, N. (2016). Peace operations: A report on gaps (Policy Report No. 44). Centre for Regional Security.",
                "Crisis Watch Group (2021) Keeping the Peace. Africa Report No. 301. Brussels: Crisis Watch Group.");
        Citation apa = cite(a, 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.REPORT);
        assertThat(apa.fields().title()).isEqualTo("Peace operations: A report on gaps");
        assertThat(apa.fields().container()).isEqualTo("Policy Report");
        assertThat(apa.fields().issue()).isEqualTo("44");
        Citation harvard = cite(a, 2, 0);
        assertThat(harvard.fields().container()).isEqualTo("Africa Report");
        assertThat(harvard.fields().issue()).isEqualTo("301");
        assertThat(harvard.fields().volume()).isNull();
    }

    @Test
    void datesOfBlogAndNewsEntries() {
        Article a = parse(
                "Moreau, P. (2022, May 4). The council and the continent [Blog post]. Regional Order Blog. https://blog.example.org/council",
                "Kamau, R. (2019) ‘A decade of delay’, The Conversation, 12 March. Available at: https://example.com/delay (Accessed: 3 April 2020).",
                "Rao, P. (n.d.). Mapping mandates. Regional Order Project. Retrieved June 2, 2021, from https://example.org/mapping");
        Citation blog = cite(a, 1, 0);
        assertThat(blog.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(blog.fields().title()).isEqualTo("The council and the continent");
        assertThat(blog.fields().date()).isEqualTo("2022-05-04");
        Citation news = cite(a, 2, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().date()).isEqualTo("2019-03-12");
        assertThat(cite(a, 3, 0).fields().container()).isEqualTo("Regional Order Project");
        assertThat(cite(a, 3, 0).fields().url()).isEqualTo("https://example.org/mapping");
    }

    @Test
    void unDocumentListedUnderItsIssuingBodyAndApaChapterPages() {
        Article a = parse(
                "UN Security Council (2016) S/RES/2320 (2016), 18 November.",
                "Estrada, R. (2018). Brokers of peace. In M. Okonkwo & J. Lee (Eds.), Mediation in perspective (pp. 45–67). Example Books.");
        Citation un = cite(a, 1, 0);
        assertThat(un.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(un.fields().unSymbol()).isEqualTo("S/RES/2320(2016)");
        assertThat(un.fields().date()).isEqualTo("2016-11-18");
        Citation ch = cite(a, 2, 0);
        assertThat(ch.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(ch.fields().pages()).isEqualTo("45-67");
        assertThat(ch.pinpoint()).isNull();
    }

    @Test
    void newspaperPageAndAUnDocumentWithItsTitle() {
        Article a = parse(
                "Iba, L. (2020) \u2018Who keeps the peace?\u2019, The Guardian, 4 June, p. 12.",
                "United Nations General Assembly (2005) 2005 World Summit Outcome. A/RES/60/1, 24 October.");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().date()).isEqualTo("2020-06-04");
        assertThat(news.fields().pages()).isEqualTo("12");
        assertThat(news.pinpoint()).isNull();
        Citation un = cite(a, 2, 0);
        assertThat(un.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(un.fields().authors())).containsExactly("org:United Nations General Assembly");
        assertThat(un.fields().title()).isEqualTo("2005 World Summit Outcome");
        assertThat(un.fields().unSymbol()).isEqualTo("A/RES/60/1");
        assertThat(un.fields().date()).isEqualTo("2005-10-24");
    }

    @Test
    void etAlVolumeWithoutIssueAndBookDoisAndApaNews() {
        Article a = parse(
                "Baptiste, R. et al. (2016) Mandates and Means. London: Harrow Books.",
                "Gomez, A. and Ruiz, T. (2021) \u2018After the mandate\u2019, Example Governance, 27, pp. 55\u201370.",
                "Hafner, P. (2017). Sovereignty after intervention. Example University Press. https://doi.org/10.5555/9781234567890",
                "Ito, K. (2019, March 2). Japan weighs role in regional force. The Example Times. https://example.com/2019/03/02/force/");
        Citation book = cite(a, 1, 0);
        assertThat(names(book.fields().authors())).containsExactly("Baptiste|R.");
        assertThat(book.fields().title()).isEqualTo("Mandates and Means");
        assertThat(book.fields().publisher()).isEqualTo("Harrow Books");
        Citation art = cite(a, 2, 0);
        assertThat(art.fields().volume()).isEqualTo("27");
        assertThat(art.fields().pages()).isEqualTo("55-70");
        assertThat(art.pinpoint()).isNull();
        assertThat(cite(a, 3, 0).type()).isEqualTo(CitationType.BOOK);
        assertThat(cite(a, 3, 0).fields().publisher()).isEqualTo("Example University Press");
        assertThat(cite(a, 4, 0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(cite(a, 4, 0).fields().container()).isEqualTo("The Example Times");
    }

    @Test
    void entryPageRangesAreTheItemsOwnPagesNeverAPinpoint() {
        Article a = parse(
                "Quiroga, D. (2012). Harbour dues and empire. Review of Port History, 7, 1–22.",
                "Lemaire, S. (2016). Reef disputes. In R. Vale (Ed.), Handbook of coastal order (2nd ed., pp. 113–140). Northfield Press.",
                "Halvorsen, Ellen. 2014. “Tidal Claims.” Coastal Studies Review 9 (1): 33–58.");
        Citation art = cite(a, 1, 0);
        assertThat(art.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(art.fields().container()).isEqualTo("Review of Port History");
        assertThat(art.fields().volume()).isEqualTo("7");
        assertThat(art.fields().pages()).isEqualTo("1-22");
        assertThat(art.pinpoint()).isNull();
        Citation chapter = cite(a, 2, 0);
        assertThat(chapter.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(chapter.fields().container()).isEqualTo("Handbook of coastal order");
        assertThat(chapter.fields().pages()).isEqualTo("113-140");
        assertThat(chapter.pinpoint()).isNull();
        Citation chicago = cite(a, 3, 0);
        assertThat(chicago.fields().volume()).isEqualTo("9");
        assertThat(chicago.fields().issue()).isEqualTo("1");
        assertThat(chicago.fields().pages()).isEqualTo("33-58");
        assertThat(chicago.pinpoint()).isNull();
    }

    @Test
    void etAlAfterTheFirstAuthorIsDropped() {
        Article a = parse(
                "Brennan, K. et al. (2020) 'Flags of convenience', Journal of Shipping Law, 17(4), pp. 601–630.",
                "Oyelaran, T. M., et al. (2021). Ballast and borders. Review of Ocean Governance, 18(1), 1–19.");
        Citation harvard = cite(a, 1, 0);
        assertThat(harvard.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(harvard.fields().authors())).containsExactly("Brennan|K.");
        assertThat(harvard.fields().year()).isEqualTo("2020");
        assertThat(harvard.fields().title()).isEqualTo("Flags of convenience");
        assertThat(harvard.fields().container()).isEqualTo("Journal of Shipping Law");
        assertThat(harvard.fields().volume()).isEqualTo("17");
        assertThat(harvard.fields().issue()).isEqualTo("4");
        assertThat(harvard.fields().pages()).isEqualTo("601-630");
        Citation apa = cite(a, 2, 0);
        assertThat(names(apa.fields().authors())).containsExactly("Oyelaran|T. M.");
        assertThat(apa.fields().title()).isEqualTo("Ballast and borders");
        assertThat(apa.fields().container()).isEqualTo("Review of Ocean Governance");
        assertThat(apa.fields().pages()).isEqualTo("1-19");
    }

    @Test
    void newspaperEntryWithAUrlIsANewsArticle() {
        Article a = parse(
                "Vos, M. (2017, October 9). Harbour strike ends. The Harbour Times. https://example.org/strike",
                "Lund, A. (2018, March 2). Notes on a port. Harbour Policy Centre. https://example.org/notes");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().container()).isEqualTo("The Harbour Times");
        assertThat(news.fields().date()).isEqualTo("2017-10-09");
        assertThat(news.fields().url()).isEqualTo("https://example.org/strike");
        assertThat(cite(a, 2, 0).type()).isEqualTo(CitationType.WEB_PAGE);
        Article daily = parse("Ruiz, T. (2019, May 2). Quay fees rise. The Harbour Journal. https://example.org/quay");
        assertThat(cite(daily, 1, 0).type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(cite(daily, 1, 0).fields().container()).isEqualTo("The Harbour Journal");
    }

    @Test
    void corporateEntryWithASymbolAfterTheTitleIsAUnDocument() {
        Article a = parse(
                "United Nations General Assembly. (2009). Resolution adopted by the General Assembly on 3 March 2009 (A/RES/63/120).",
                "UN Security Council (2014) Report on the harbours (S/2014/55). New York: United Nations.");
        Citation apa = cite(a, 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(apa.fields().authors())).containsExactly("org:United Nations General Assembly");
        assertThat(apa.fields().unSymbol()).isEqualTo("A/RES/63/120");
        assertThat(apa.fields().title()).isEqualTo("Resolution adopted by the General Assembly on 3 March 2009");
        assertThat(apa.fields().year()).isEqualTo("2009");
        assertThat(apa.fields().date()).isEqualTo("2009-03-03");
        Citation harvard = cite(a, 2, 0);
        assertThat(harvard.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(harvard.fields().unSymbol()).isEqualTo("S/2014/55");
        assertThat(harvard.fields().title()).isEqualTo("Report on the harbours");
    }

    @Test
    void bibliographyHeadsWithAnUndatedYearOrABodysAbbreviation() {
        Article a = parse(
                "Vintersol, Ebba. n.d. \u201CTidal Commons.\u201D Shoreline Atlas Project. Accessed May 2, 2022. https://atlas.example.org/tidal.",
                "Baltic Harbour Authority (BHA). 2019. Port Statistics 2019. Gdynia: BHA.",
                "\u2014\u2014\u2014. 2021. Dredging and the Coast. Gdynia: BHA.");
        Citation web = cite(a, 1, 0);
        assertThat(names(web.fields().authors())).containsExactly("Vintersol|Ebba");
        assertThat(web.fields().title()).isEqualTo("Tidal Commons");
        assertThat(web.fields().year()).isNull();
        assertThat(web.fields().url()).isEqualTo("https://atlas.example.org/tidal");
        Citation org = cite(a, 2, 0);
        assertThat(names(org.fields().authors())).containsExactly("org:Baltic Harbour Authority");
        assertThat(org.fields().year()).isEqualTo("2019");
        assertThat(org.fields().title()).isEqualTo("Port Statistics 2019");
        assertThat(org.fields().place()).isEqualTo("Gdynia");
        assertThat(names(cite(a, 3, 0).fields().authors())).containsExactly("org:Baltic Harbour Authority");
    }

    @Test
    void translatedAndReprintedBooksKeepTheYearOfTheEditionCited() {
        Article a = parse(
                "Ardent, P. (2019). The harbour and the state (L. Voss, Trans.). Quayside Press. (Original work published 1961)",
                "Sundqvist, Agnes. (1928) 1999. The Open Coast. Reprint, Turku: Aura Academic.");
        Citation apa = cite(a, 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.BOOK);
        assertThat(apa.fields().title()).isEqualTo("The harbour and the state");
        assertThat(apa.fields().year()).isEqualTo("2019");
        assertThat(apa.fields().publisher()).isEqualTo("Quayside Press");
        assertThat(apa.fields().container()).isNull();
        Citation reprint = cite(a, 2, 0);
        assertThat(reprint.type()).isEqualTo(CitationType.BOOK);
        assertThat(reprint.fields().title()).isEqualTo("The Open Coast");
        assertThat(reprint.fields().year()).isEqualTo("1999");
        assertThat(reprint.fields().place()).isEqualTo("Turku");
        assertThat(reprint.fields().publisher()).isEqualTo("Aura Academic");
    }

    @Test
    void aResolutionWhoseSymbolEndsInItsYearInParentheses() {
        Citation c = cite(parse("United Nations General Assembly. (2018). Resolution 73/99 (2018) (A/RES/73/99). https://docs.example.org/A/RES/73/99",
                "UN Security Council. (2021). Resolution 2590 (2021) (S/RES/2590(2021))."), 2, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().title()).isEqualTo("Resolution 2590 (2021)");
        assertThat(c.fields().unSymbol()).isEqualTo("S/RES/2590(2021)");
        assertThat(c.fields().year()).isEqualTo("2021");
    }

    @Test
    void chicagoChapterEditedByThreeNamesKeepsThemAll() {
        Citation c = cite(parse(
                "Rask, Oda. 2018. \u201CHarbour Dues.\u201D In Example Companion to Port Law, edited by Lina Ortu, Kemal Arslan, and Yuki Mori, 45\u201367. Oslo: Fjord Academic."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(names(c.fields().editors())).containsExactly("Ortu|Lina", "Arslan|Kemal", "Mori|Yuki");
        assertThat(c.fields().pages()).isEqualTo("45-67");
        assertThat(c.fields().publisher()).isEqualTo("Fjord Academic");
    }

    @Test
    void thesesNameTheirUniversityAsPublisher() {
        Article a = parse(
                "Halden, M. (2012). Ports and sovereignty in the Baltic [Doctoral dissertation, University of Example]. https://repo.example.org/456",
                "Okonjo, A. (2009) Coastal Rights in West Africa. PhD thesis. University of Sampleton.");
        Citation apa = cite(a, 1, 0);
        assertThat(apa.type()).isEqualTo(CitationType.THESIS);
        assertThat(apa.fields().title()).isEqualTo("Ports and sovereignty in the Baltic");
        assertThat(apa.fields().publisher()).isEqualTo("University of Example");
        Citation harvard = cite(a, 2, 0);
        assertThat(harvard.type()).isEqualTo(CitationType.THESIS);
        assertThat(harvard.fields().publisher()).isEqualTo("University of Sampleton");
        assertThat(harvard.fields().container()).isNull();
    }

    @Test
    void harvardOnlineMarkerIsNotPartOfTheJournalName() {
        Citation c = cite(parse(
                "Lund, A. (2016) ‘Harbour states’, Example Sea Review [online], 4(2), pp. 10–30. Available at: https://sea.example.org/4-2 (Accessed: 2 May 2018)."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("Example Sea Review");
        assertThat(c.fields().volume()).isEqualTo("4");
    }
    @Test
    void anOldAbbreviatedGivenNameStillOpensAnEntry() {
        Citation c = cite(parse("Marlow, Chas. 1988. Harbours of Law. Boston: Example Press."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(c.fields().authors())).containsExactly("Marlow|Chas");
        assertThat(c.fields().year()).isEqualTo("1988");
        assertThat(c.fields().title()).isEqualTo("Harbours of Law");
        assertThat(c.fields().publisher()).isEqualTo("Example Press");
    }

    @Test
    void apaNotesAfterATitleSayWhatTheItemIs() {
        Article a = NotesAssertions.parseEntries(
                "European Court of Quays. (2012). Marrow and others v. Velmora (Application no. 27765/09). https://example.org/marrow",
                "United Nations General Assembly. (2018). Global compact on harbours (A/73/12 (Part II)).",
                "Vale, I. (2021a). Harbours remembered. Kai Press.",
                "Vale, I. (2021b, March 3). Quay law is not port law [Blog post]. QLJ: Talk! https://example.org/quay-law");
        Citation judgment = cite(a, 1, 0);
        assertThat(judgment.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(judgment.fields().title()).isEqualTo("Marrow and others v. Velmora");
        assertThat(judgment.fields().container()).isNull();
        assertThat(judgment.fields().issue()).isNull();
        Citation compact = cite(a, 2, 0);
        assertThat(compact.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(compact.fields().title()).isEqualTo("Global compact on harbours");
        assertThat(compact.fields().unSymbol()).startsWith("A/73/12");
        Citation post = cite(a, 4, 0);
        assertThat(post.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(post.fields().date()).isEqualTo("2021-03-03");
        assertThat(post.fields().container()).isEqualTo("QLJ: Talk!");
        assertThat(post.fields().place()).isNull();
    }
}
