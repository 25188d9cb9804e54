package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

class SlugsProperties {

    @Property
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens(@ForAll @NotBlank String text) {
        Assume.that(text.codePoints().anyMatch(Character::isLetterOrDigit));
        assertThat(Slugs.slug(text)).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    @Property
    void slugsAreDeterministic(@ForAll @NotBlank String text) {
        Assume.that(text.codePoints().anyMatch(Character::isLetterOrDigit));
        assertThat(Slugs.slug(text)).isEqualTo(Slugs.slug(new String(text.toCharArray())));
    }

    @Test
    void diacriticsAreFoldedAndPunctuationSeparatesWords() {
        assertThat(Slugs.slug("Šćepanović")).isEqualTo("scepanovic");
        assertThat(Slugs.slug("Review of International Studies")).isEqualTo("review-of-international-studies");
        assertThat(Slugs.slug("  Cham:  Palgrave–Macmillan! ")).isEqualTo("cham-palgrave-macmillan");
        assertThat(Slugs.slug("Łódź Straße Ærø")).isEqualTo("lodz-strasse-aero");
        assertThat(Slugs.slug("Russia’s policy")).isEqualTo("russias-policy");
    }

    @Test
    void unfoldableLettersGetAHashSoDifferentNamesStayApart() {
        String a = Slugs.slug("Россия 2020");
        String b = Slugs.slug("Украина 2020");
        assertThat(a).startsWith("2020-").isNotEqualTo(b);
        assertThat(Slugs.slug("Россия")).matches("[0-9a-f]{8}");
    }

    @Test
    void emptyTextHasNoSlug() {
        assertThatThrownBy(() -> Slugs.slug(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
