package org.citegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationType;
import org.citegraph.notes.NotesParser;
import org.citegraph.page.PageException;
import org.citegraph.page.PageReader;
import org.junit.jupiter.api.Test;

/**
 * The benchmark corpus must stay representative, or the speed it reports says little: every style the
 * parser supports, read as what it is, with short forms in realistic proportion.
 */
class SyntheticCorpusTest {

    private static final Article ARTICLE = parse(new SyntheticCorpus(42).page(600));

    private static Article parse(String page) {
        try {
            return new NotesParser().parse(new PageReader().read("synthetic.txt", page));
        } catch (PageException e) {
            throw new IllegalStateException("the generated page cannot be read", e);
        }
    }

    private static List<Citation> citations() {
        return ARTICLE.notes().stream().flatMap(n -> n.citations().stream()).toList();
    }

    @Test
    void sameSeedGivesTheSamePage() {
        assertThat(new SyntheticCorpus(7).page(50)).isEqualTo(new SyntheticCorpus(7).page(50))
                .isNotEqualTo(new SyntheticCorpus(8).page(50));
    }

    @Test
    void everyKindOfWorkIsCited() {
        Set<CitationType> types = EnumSet.noneOf(CitationType.class);
        for (Citation c : citations()) types.add(c.type());
        assertThat(types).contains(CitationType.JOURNAL_ARTICLE, CitationType.BOOK, CitationType.CHAPTER,
                CitationType.WEB_PAGE, CitationType.NEWS_ARTICLE, CitationType.LEGAL_CASE, CitationType.TREATY,
                CitationType.UN_DOCUMENT);
    }

    @Test
    void everyStyleAndShortFormIsWritten() {
        List<String> raw = citations().stream().map(Citation::raw).toList();
        assertThat(raw).anyMatch(r -> r.contains("’, ") && r.contains(", pp. "))  // Chicago, British
                .anyMatch(r -> r.contains(",” ") && r.contains(", no. "))         // Chicago, US
                .anyMatch(r -> r.contains(" U.S. "))                               // Bluebook case
                .anyMatch(r -> r.contains(" ed., "))                               // Bluebook book
                .anyMatch(r -> r.contains("] UKSC "))                              // OSCOLA case
                .anyMatch(r -> r.contains("’ (") && r.matches(".*\\) \\d+ [A-Z]{3,4} \\d+.*")) // OSCOLA journal
                .anyMatch(r -> r.contains("UNTS") || r.contains("U.N.T.S."))        // treaty
                .anyMatch(r -> r.contains("Res. "))                                // resolution by number
                .anyMatch(r -> r.contains(" Act "))                                // statute
                .anyMatch(r -> r.matches("[A-Z][^,]*, [A-Z]\\. \\(\\d{4}\\).*"))  // author–date entry
                .anyMatch(r -> r.startsWith("Ibid."))
                .anyMatch(r -> r.startsWith("Id. at "))
                .anyMatch(r -> r.contains(", supra note "))
                .anyMatch(r -> r.matches(".* \\(n \\d+\\) \\d+"))
                .anyMatch(r -> r.contains(", op. cit."))
                .anyMatch(r -> r.matches("[A-Z]\\S* \\d{4}, \\d+"));               // author–date short form
    }

    @Test
    void aboutAThirdOfTheCitationsAreShortForms() {
        List<Citation> all = citations();
        long shortForms = all.stream().filter(c -> c.shortFormOf() != null).count();
        assertThat((double) shortForms / all.size()).isBetween(0.2, 0.5);
    }
}
