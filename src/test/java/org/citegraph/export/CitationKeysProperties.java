package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.citegraph.model.Agent;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;

class CitationKeysProperties {

    @Property
    void keysAreUniqueAsciiAndDeterministic(@ForAll("works") @Size(max = 40) List<Work> works) {
        List<String> keys = CitationKeys.assign(works).stream().map(BibEntry::key).toList();
        assertThat(keys).hasSize(works.size()).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z0-9-]+"));
        assertThat(CitationKeys.assign(works).stream().map(BibEntry::key).toList()).isEqualTo(keys);
    }

    @Property
    void aKeyDependsOnlyOnEarlierWorks(@ForAll("works") @Size(min = 1, max = 20) List<Work> works,
                                       @ForAll("works") @Size(max = 5) List<Work> more) {
        List<String> before = CitationKeys.assign(works).stream().map(BibEntry::key).toList();
        List<Work> extended = new java.util.ArrayList<>(works);
        extended.addAll(more);
        assertThat(CitationKeys.assign(extended).stream().map(BibEntry::key).toList().subList(0, works.size()))
                .isEqualTo(before);
    }

    @Provide
    Arbitrary<List<Work>> works() {
        Arbitrary<String> words = Arbitraries.of("Buzan", "Šćepanović", "O’Neill", "van der Berg", "Ünal", "Łukasz",
                "The", "From", "English", "International", "Ærø", "", "—", "2004");
        Arbitrary<Agent> person = Combinators.combine(words, words).as((f, g) -> new Person(f, g));
        Arbitrary<Agent> org = words.list().ofMinSize(1).ofMaxSize(4).map(ws -> new Organization(String.join(" ", ws)));
        Arbitrary<Agent> agent = Arbitraries.oneOf(person, org);
        Arbitrary<String> title = words.list().ofMaxSize(5).map(ws -> String.join(" ", ws));
        Arbitrary<String> year = Arbitraries.of("2001", "2004", null, "n.d.", "2016-10-28");
        return Combinators.combine(agent.list().ofMaxSize(3), title.injectNull(0.2), year, Arbitraries.of(CitationType.values()))
                .as((authors, t, y, type) -> new Work("w", type,
                        BibFields.builder().authors(authors).title(t).year(y).unSymbol(t == null ? "S/PV.7796" : null).build(),
                        List.of(), null, null))
                .list();
    }
}
