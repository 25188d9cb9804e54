package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Emphasis;

/** Chicago notes, British house style: ‘single quotes’, vol:issue (year), pp., (Place: Publisher, Year). */
class ChicagoBritishNotesTest {

    @Test
    void journalArticleWithRangeAndPinpoint() {
        Article a = parse("Oskar Lindqvist, ‘Harbours of memory: Ports and the making of maritime order’, Journal of Invented Studies, 14:2 (1998), pp. 233–61 (p. 240).");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(names(c.fields().authors())).containsExactly("Lindqvist|Oskar");
        assertThat(c.fields().title()).isEqualTo("Harbours of memory: Ports and the making of maritime order");
        assertThat(c.fields().container()).isEqualTo("Journal of Invented Studies");
        assertThat(c.fields().volume()).isEqualTo("14");
        assertThat(c.fields().issue()).isEqualTo("2");
        assertThat(c.fields().year()).isEqualTo("1998");
        assertThat(c.fields().pages()).isEqualTo("233-261");
        assertThat(c.pinpoint()).isEqualTo("240");
        assertThat(c.raw()).endsWith("(p. 240)");
    }

    @Test
    void bookWithImprintAndPinpointList() {
        Article a = parse("Amara Fontaine and Jonas van Dijk, Borders and Bargains: Trade after Empire (Boulder, CO: Example University Press, 2011), pp. 12–14, 99.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(c.fields().authors())).containsExactly("Fontaine|Amara", "van Dijk|Jonas");
        assertThat(c.fields().title()).isEqualTo("Borders and Bargains: Trade after Empire");
        assertThat(c.fields().place()).isEqualTo("Boulder, CO");
        assertThat(c.fields().publisher()).isEqualTo("Example University Press");
        assertThat(c.fields().year()).isEqualTo("2011");
        assertThat(c.fields().pages()).isNull();
        assertThat(c.pinpoint()).isEqualTo("12-14, 99");
    }

    @Test
    void chapterThenAbbreviatedChapterBorrowsTheBook() {
        Article a = parse(
                "Sofia Haddad, ‘Custom as practice’, in Yuki Ishikawa, Rafael Dubois, and Marta Esposito (eds), Practices of Order: Essays on Norms (Oxford: Placeholder Press, 2016), pp. 101–25 (pp. 110–12).",
                "Priya Castell, ‘Norms without centres’, in Ishikawa, Dubois, and Esposito (eds), Practices of Order, pp. 126–50.");
        Citation first = cite(a, 1, 0);
        assertThat(first.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(names(first.fields().editors())).containsExactly("Ishikawa|Yuki", "Dubois|Rafael", "Esposito|Marta");
        assertThat(first.fields().container()).isEqualTo("Practices of Order: Essays on Norms");
        assertThat(first.fields().pages()).isEqualTo("101-125");
        assertThat(first.pinpoint()).isEqualTo("110-112");

        Citation second = cite(a, 2, 0);
        assertThat(second.type()).isEqualTo(CitationType.CHAPTER);
        assertThat(second.isShortForm()).isFalse();
        assertThat(second.containerFrom()).isEqualTo(new CitationRef(1, 0));
        assertThat(names(second.fields().editors())).containsExactly("Ishikawa|Yuki", "Dubois|Rafael", "Esposito|Marta");
        assertThat(second.fields().container()).isEqualTo("Practices of Order"); // as the note writes it
        assertThat(second.fields().publisher()).isEqualTo("Placeholder Press");
        assertThat(second.fields().place()).isEqualTo("Oxford");
        assertThat(second.fields().year()).isEqualTo("2016");
        assertThat(second.fields().pages()).isEqualTo("126-150");
        assertThat(second.workId()).isNotEqualTo(first.workId());
    }

    @Test
    void shortFormsResolveToTheirWork() {
        Article a = parse(
                "Tomasz Grabowski, The Long Peace of Small States: Neutrality Reconsidered (London: Fictive Books, 2003).",
                "Helena Jansen, ‘Neutral ground? Small states at the table’, Quarterly of Examples, 7:1 (2010), pp. 5–29.",
                "Grabowski, The Long Peace of Small States, p. 41; Jansen, ‘Neutral ground?’, pp. 8–9.",
                "Grabowski, Long Peace, pp. 50–2.");
        Citation book = cite(a, 1, 0);
        Citation article = cite(a, 2, 0);
        Citation s1 = cite(a, 3, 0);
        Citation s2 = cite(a, 3, 1);
        assertThat(s1.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s1.workId()).isEqualTo(book.workId());
        assertThat(s1.type()).isEqualTo(CitationType.BOOK);
        assertThat(names(s1.fields().authors())).containsExactly("Grabowski|null");
        assertThat(s1.fields().title()).isEqualTo("The Long Peace of Small States");
        assertThat(s1.fields().year()).isNull();
        assertThat(s1.pinpoint()).isEqualTo("41");
        assertThat(s2.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(s2.workId()).isEqualTo(article.workId());
        assertThat(s2.pinpoint()).isEqualTo("8-9");
        Citation s3 = cite(a, 4, 0);
        assertThat(s3.workId()).isEqualTo(book.workId());
        assertThat(s3.pinpoint()).isEqualTo("50-52");
        assertThat(a.works()).hasSize(2);
        assertThat(a.work(book.workId()).orElseThrow().shortTitles()).contains("Long Peace");
    }

    @Test
    void signalsSplitSentencesAndCarryOverWithinOne() {
        Article a = parse(
                "Kwame Adeyemi, Courts at Sea (Cham: Fictive Books, 2019), p. 3. See also Li Bergström, ‘Tides of law’, Annals of Fiction, 3:2 (2001), pp. 1–20; Marta Kowalczyk, ‘Port states’, Annals of Fiction, 5:1 (2003), pp. 30–44.");
        assertThat(cites(a, 1)).hasSize(3);
        assertThat(cite(a, 1, 0).signal()).isNull();
        assertThat(cite(a, 1, 1).signal()).isEqualTo("See also");
        assertThat(cite(a, 1, 1).signalInherited()).isFalse();
        assertThat(cite(a, 1, 2).signal()).isEqualTo("See also");
        assertThat(cite(a, 1, 2).signalInherited()).isTrue();
        assertThat(cite(a, 1, 1).raw()).startsWith("See also Li");
    }

    @Test
    void emphasisBelongsToTheCitationItEnds() {
        Article a = parse("Jonas Dubois, ‘Reading silence’, Review of Imaginary Affairs, 9:4 (2012), pp. 77–90 (p. 80), emphasis added. See, for example, Dubois, ‘Reading silence’, p. 81.");
        assertThat(cite(a, 1, 0).emphasis()).isEqualTo(Emphasis.ADDED);
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("80");
        assertThat(cite(a, 1, 1).emphasis()).isNull();
        assertThat(cite(a, 1, 1).signal()).isEqualTo("See, for example,");
        assertThat(cite(a, 1, 1).workId()).isEqualTo(cite(a, 1, 0).workId());
    }

    @Test
    void webNewsAndOutletAuthors() {
        Article a = parse(
                "Rafael Esposito, ‘Why the harbour strike matters’, The Daily Example (3 March 2021), available at: {https://news.example.com/2021/03/strike?id=7&x=1}.",
                "Example Broadcasting News, ‘Ports reopen after long strike’, available at: {https://example.com/news/ports}.",
                "Yuki Castell, ‘Mapping the coast’, Coastal Research Institute, available at: {https://example.org/mapping}.");
        Citation news = cite(a, 1, 0);
        assertThat(news.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(news.fields().container()).isEqualTo("The Daily Example");
        assertThat(news.fields().date()).isEqualTo("2021-03-03");
        assertThat(news.fields().year()).isEqualTo("2021");
        assertThat(news.fields().url()).isEqualTo("https://news.example.com/2021/03/strike?id=7&x=1");
        Citation outlet = cite(a, 2, 0);
        assertThat(outlet.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(names(outlet.fields().authors())).containsExactly("org:Example Broadcasting News");
        assertThat(outlet.fields().container()).isEqualTo("Example Broadcasting News");
        Citation web = cite(a, 3, 0);
        assertThat(web.type()).isEqualTo(CitationType.WEB_PAGE);
        assertThat(web.fields().container()).isEqualTo("Coastal Research Institute");
        assertThat(web.fields().year()).isNull();
    }

    @Test
    void reportTreatyAndUnDocuments() {
        Article a = parse(
                "Oskar Jansen, ‘Fisheries after the moratorium’, Example Policy Papers, no. 31 (May 2014), available at: {https://example.org/papers/31.pdf}.",
                "UN, ‘Agreement on the joint management of the Northern Shelf’, United Nations Treaty Series, 1999 (1995), pp. 101–19.",
                "UN Doc A/RES/70/12, 4 December 2015, para. 3; UN Doc S/2019/440, 30 May 2019.",
                "A/RES/70/12, para. 5.",
                "S/2019/440, p. 2.");
        Citation report = cite(a, 1, 0);
        assertThat(report.type()).isEqualTo(CitationType.REPORT);
        assertThat(report.fields().issue()).isEqualTo("31");
        assertThat(report.fields().year()).isEqualTo("2014");
        assertThat(report.fields().date()).isNull();
        Citation treaty = cite(a, 2, 0);
        assertThat(treaty.type()).isEqualTo(CitationType.TREATY);
        assertThat(treaty.fields().container()).isEqualTo("United Nations Treaty Series");
        assertThat(treaty.fields().volume()).isEqualTo("1999");
        assertThat(treaty.fields().year()).isEqualTo("1995");
        assertThat(treaty.fields().pages()).isEqualTo("101-119");
        Citation res = cite(a, 3, 0);
        assertThat(res.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(res.fields().unSymbol()).isEqualTo("A/RES/70/12");
        assertThat(res.fields().date()).isEqualTo("2015-12-04");
        assertThat(res.pinpoint()).isEqualTo("para. 3");
        assertThat(res.workId()).isEqualTo("un-doc-a-res-70-12");
        Citation shortRes = cite(a, 4, 0);
        assertThat(shortRes.shortFormOf()).isEqualTo(new CitationRef(3, 0));
        assertThat(shortRes.fields().unSymbol()).isEqualTo("A/RES/70/12");
        assertThat(shortRes.pinpoint()).isEqualTo("para. 5");
        assertThat(cite(a, 5, 0).shortFormOf()).isEqualTo(new CitationRef(3, 1));
        // the work carries the symbol decomposed by the un stage
        var work = a.work(res.workId()).orElseThrow();
        assertThat(work.unSymbol()).isNotNull();
        assertThat(work.unSymbol().organ()).isEqualTo("A");
        assertThat(work.unSymbol().docType()).isEqualTo("RES");
        assertThat(a.work(treaty.workId()).orElseThrow().unSymbol()).isNull();
    }

    @Test
    void proseIsNoCitationButAnEmbeddedSignalStartsOne() {
        Article a = parse(
                "I am grateful to the editors for this point.",
                "Marta Grabowski, ‘Sea lanes’, Annals of Fiction, 2:1 (1999), pp. 1–9. In March 2001, the first joint patrol was held off the coast. On the patrols, see Kwame Lindqvist, ‘Joint patrols’, Annals of Fiction, 4:2 (2002), pp. 40–58.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(a.notes().get(0).parsed()).isTrue();
        assertThat(cites(a, 2)).hasSize(2);
        Citation c = cite(a, 2, 1);
        assertThat(c.raw()).startsWith("see Kwame Lindqvist");
        assertThat(c.signal()).isEqualTo("See");
        assertThat(names(c.fields().authors())).containsExactly("Lindqvist|Kwame");
    }

    @Test
    void namesWithParticlesSuffixesAndInitials() {
        Article a = parse("Pieter de la Cruz, Walter B. Mason Jr., and R. J. Okoro, ‘Three hands’, Annals of Fiction, 1:1 (1990), pp. 1–2.");
        assertThat(names(cite(a, 1, 0).fields().authors()))
                .containsExactly("de la Cruz|Pieter", "Mason|Walter B.|Jr.", "Okoro|R. J.");
    }

    @Test
    void proseThatMerelyMentionsAYearIsNoCitation() {
        Article a = parse(
                "The phrase reached the Council's resolutions only in 1994.",
                "The mandate lapsed quietly in 2003. See Ines Roth, The Quiet Mandate (Oxford: Hart, 2009), 12.",
                "The Council took up the proposal in 1996 after a long debate in the Fifth Committee.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(cites(a, 2)).hasSize(1);
        assertThat(cite(a, 2, 0).fields().title()).isEqualTo("The Quiet Mandate");
        assertThat(cites(a, 3)).isEmpty();
    }

    @Test
    void aYearbookVolumeDatedBySpanOfYearsTakesItsFirstYear() {
        Article a = parse("I. Vale, ‘The Criteria for Harbours’, Quay Yearbook of International Law, 48 (1976–7), pp. 93–182, at p. 107.",
                "I. Vale, ‘Harbours Again’, Quay Yearbook of International Law 51 (1980–81): 12–40.",
                "I. Vale, ‘Harbours at War’, Quay Review, 9 (1939–45), pp. 1–20.");
        Citation first = cite(a, 1, 0);
        assertThat(first.type()).isEqualTo(CitationType.JOURNAL_ARTICLE);
        assertThat(first.fields().volume()).isEqualTo("48");
        assertThat(first.fields().year()).isEqualTo("1976");
        assertThat(first.fields().pages()).isEqualTo("93-182");
        assertThat(first.pinpoint()).isEqualTo("107");
        assertThat(cite(a, 2, 0).fields().year()).isEqualTo("1980");
        assertThat(cite(a, 2, 0).fields().volume()).isEqualTo("51");
        assertThat(cite(a, 3, 0).fields().year()).as("six years are no volume's span").isNull();
    }

    @Test
    void proseBetweenASignalAndTheAuthorIsNoPartOfTheCitation() {
        Article a = parse("Compare, however, the more cautious view in Ingrid Vale, Principles of Quay Law, 7th edn "
                + "(Bergen: Kai Press, 2008), p. 5.", "Vale, Principles, p. 7.");
        Citation c = cite(a, 1, 0);
        assertThat(c.signal()).isEqualTo("Compare");
        assertThat(names(c.fields().authors())).containsExactly("Vale|Ingrid");
        assertThat(c.fields().title()).isEqualTo("Principles of Quay Law");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void passimAndTheLiteratureCitedThere() {
        Article a = parse("Ingrid Halse, Quays and Consent (Cambridge: Keel Press, 2018), ch. 4.",
                "Halse, Quays and Consent, passim, and the literature cited there.");
        Citation c = cite(a, 2, 0);
        assertThat(c.raw()).isEqualTo("Halse, Quays and Consent, passim");
        assertThat(c.pinpoint()).isEqualTo("passim");
        assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aPointerToTheNoteInBracketsThenThePage() {
        Article a = parse("Ingrid Halse, ‘Consent and Quays’, in Tomas Reid and Ana Vale (eds), The Law of Harbours (Oxford: Hart, 2015),"
                + " pp. 45–67.", "Halse, ‘Consent and Quays’ (n. 1 above), p. 60.");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("60");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void asArguedInAShortFormThenTheSentenceGoesOn() {
        Article a = parse("Ingrid Halse, Quays and Consent (Cambridge: Keel Press, 2018), ch. 4.",
                "As argued in Halse, Quays and Consent, pp. 201–4, the Court in Quayland v. Harbouria did not address the question.");
        assertThat(cites(a, 2)).extracting(Citation::raw).containsExactly("Halse, Quays and Consent, pp. 201–4");
    }

    @Test
    void aReprintWithItsOwnImprintIsTheEditionCited() {
        Citation c = cite(parse("See Emer de Vattel, The Law of Quays, trans. J. Chitty (London: Sweet, 1834; repr. Cambridge: Keel Press,"
                + " 2011), Book II, ch. 4."), 1, 0);
        assertThat(c.fields().year()).isEqualTo("2011");
        assertThat(c.fields().publisher()).isEqualTo("Keel Press");
        assertThat(c.fields().place()).isEqualTo("Cambridge");
    }

    @Test
    void aStrasbourgJudgmentInTheCourtsOwnReports() {
        Citation c = cite(parse("Okafor v. Vestland, no. 4411/15, § 71, ECHR 2019."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.LEGAL_CASE);
        assertThat(c.fields().title()).isEqualTo("Okafor v. Vestland");
        assertThat(c.fields().year()).isEqualTo("2019");
        assertThat(c.pinpoint()).isEqualTo("§ 71");
    }

    @Test
    void thePartThatMattersMostAfterEsp() {
        Article a = parse("See Loraine Bexley, The Quay Council (Oxford: Keel Press, 2015), esp. chap. 5; Leonie Straat, ‘Blockade after the"
                + " Charter’, Journal of Quay Law 31:2 (2019), pp. 233–71, esp. pp. 250–8.");
        assertThat(cite(a, 1, 0).pinpoint()).isEqualTo("chap. 5");
        assertThat(cite(a, 1, 1).pinpoint()).isEqualTo("250-258");
        assertThat(cite(a, 1, 1).fields().pages()).isEqualTo("233-271");
    }
}
