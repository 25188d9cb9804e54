package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;

class TitlesProperties {

    @Property
    void joiningTheSplitGivesBackTheTitle(@ForAll("titles") String title) {
        Titles.Parts parts = Titles.split(title);
        assertThat(Titles.join(parts.main(), parts.subtitle())).isEqualTo(title);
    }

    @Property
    void joiningTheSplitGivesBackAnyString(@ForAll @NotEmpty String title) {
        Titles.Parts parts = Titles.split(title);
        assertThat(Titles.join(parts.main(), parts.subtitle())).isEqualTo(title);
    }

    @Provide
    Arbitrary<String> titles() {
        Arbitrary<String> word = Arbitraries.of("The", "English", "School", "Why", "IR", "a", "new", "“near", "abroad”", "2020", "Peace");
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", ": ", "? ", "! ", "?: ", ", ", "?");
        return Arbitraries.strings().ofLength(0).flatMap(empty ->
                Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(8).flatMap(words ->
                        sep.list().ofSize(words.size() - 1).map(seps -> {
                            StringBuilder b = new StringBuilder(words.get(0));
                            for (int i = 1; i < words.size(); i++) b.append(seps.get(i - 1)).append(words.get(i));
                            return b.toString();
                        }))));
    }

    @Test
    void chicagoSubtitlesAreSplitAtTheFirstColonOrQuestionMark() {
        assertThat(Titles.split("The English School: An underexploited resource in IR"))
                .isEqualTo(new Titles.Parts("The English School", "An underexploited resource in IR"));
        assertThat(Titles.split("From International to World Society? English School Theory and the Social Structure of Globalisation"))
                .isEqualTo(new Titles.Parts("From International to World Society?", "English School Theory and the Social Structure of Globalisation"));
        assertThat(Titles.split("Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?"))
                .isEqualTo(new Titles.Parts("Was the Nagorno-Karabakh deal a missed opportunity for the CSTO?", null));
        assertThat(Titles.split("Introduction: A new approach: again"))
                .isEqualTo(new Titles.Parts("Introduction", "A new approach: again"));
        assertThat(Titles.split("Why?: A question").hasSubtitle()).isFalse();
    }
}
