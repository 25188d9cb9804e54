package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Discursive forms left over from the fifty-first and fifty-second blind rounds, each with invented text. */
class RoundsFiftyOneAndFiftyTwoFormsTest {

    @Test
    void aShortFormAsTheSubjectOfAnAuxiliaryEndsBeforeTheVerb() {
        Article a = parse("Hanna Orvik, The Borrowed Court (Oxford: Clarendon Press, 2019), p. 12.",
                "It is this passage that Orvik, n. 1 above, at pp. 270–4, would have us read as a concession about the lender.",
                "Orvik, n. 1 above, p. 15, argues that the lender keeps a veto.");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.pinpoint()).isEqualTo("270-274");
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        });
        assertThat(cites(a, 3)).singleElement().extracting(Citation::pinpoint).isEqualTo("15");
    }

    @Test
    void aBookNamedInProseAfterABracketedCitationInTheSameSentence() {
        Article a = parse("Convention on the Carriage of Seeds, 2 March 1979, 1130 UNTS 12 (hereafter Seeds Convention).",
                "The rule of the convention (Seeds Convention, art. 14) helps neither side, since it speaks of carriers and not"
                        + " of growers, a distinction first drawn, so far as I can find, in Tomas Velde, Strangers to the Harvest,"
                        + " trans. Anna Berg (London: Fenwick & Daw, 2016), p. 88.",
                "The study that says otherwise, Velde, Strangers to the Harvest, pp. 61–7, rests on one interview.");
        List<Citation> second = cites(a, 2);
        assertThat(second).hasSize(2);
        assertThat(second.get(0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        Citation book = second.get(1);
        assertThat(book.type()).isEqualTo(CitationType.BOOK);
        assertThat(book.fields().title()).isEqualTo("Strangers to the Harvest");
        assertThat(book.fields().publisher()).isEqualTo("Fenwick & Daw");
        assertThat(book.pinpoint()).isEqualTo("88");
        // the later short form finds the book, so it is typed as one
        assertThat(cites(a, 3)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(2, 1));
            assertThat(c.type()).isEqualTo(CitationType.BOOK);
        });
    }

    @Test
    void aShortFormInProseBeforeABracketedCitationLaterInTheSentence() {
        Article a = parse("Hanna Orvik, The Borrowed Court (Oxford: Clarendon Press, 2019); Tomas Velde, Strangers to the Harvest"
                        + " (London: Fenwick & Daw, 2016).",
                "The conclusion is close to that of Orvik, op. cit., pp. 69–71, though she reaches it from the other side, and"
                        + " further from that of the book this chapter began with than its author may expect (Velde, n. 1 above,"
                        + " p. 305).");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 0), new CitationRef(1, 1));
        assertThat(second).extracting(Citation::pinpoint).containsExactly("69-71", "305");
    }

    @Test
    void twoShortFormsEachAfterThroughInOneClause() {
        Article a = parse("Hanna Orvik, The Borrowed Court (Oxford: Clarendon Press, 2019); Tomas Velde, Strangers to the Harvest"
                        + " (London: Fenwick & Daw, 2016).",
                "It is the thread that runs through Velde, Strangers to the Harvest, 290–301, and through Orvik, supra n. 1,"
                        + " 240–42; and it is what the two decisions share.");
        List<Citation> second = cites(a, 2);
        assertThat(second).extracting(Citation::shortFormOf).containsExactly(new CitationRef(1, 1), new CitationRef(1, 0));
        assertThat(second).extracting(Citation::pinpoint).containsExactly("290-301", "240-242");
    }

    @Test
    void ibidInBracketsWithThePartOfTheWorkDescribedInSquareBrackets() {
        Article a = parse("Archives of the Duchy (Norland v. Ostravia), Judgment, I.C.J. Reports 2022, p. 40, paras. 51–3. Judge"
                + " Ames, dissenting, would have read the treaty the other way (ibid., 98–101 [dissenting opinion of Judge Ames]);"
                + " so did the commentators.");
        List<Citation> first = cites(a, 1);
        assertThat(first).hasSize(2);
        assertThat(first.get(1).shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(first.get(1).pinpoint()).isEqualTo("98-101");
    }

    @Test
    void theAuthorNamedBeforeTheVerbOwnsTheShortTitleInBrackets() {
        Article a = parse("Hanna Orvik, The Borrowed Court (Oxford: Clarendon Press, 2019), p. 12.",
                "The draft turned on two ideas, which the Commission took over without, as Orvik notes (Borrowed Court,"
                        + " 112–18), quite grasping the difference.",
                "The Commission, as the rapporteur notes (Borrowed Court, 20), was divided.");
        assertThat(cites(a, 2)).singleElement().satisfies(c -> {
            assertThat(c.shortFormOf()).isEqualTo(new CitationRef(1, 0));
            assertThat(names(c.fields().authors())).containsExactly("Orvik|null");
        });
        // a verb after words that name no author of the work gives it none
        assertThat(cites(a, 3)).singleElement().satisfies(c -> assertThat(c.fields().authors()).isEmpty());
    }
}
