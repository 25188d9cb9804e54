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
}
