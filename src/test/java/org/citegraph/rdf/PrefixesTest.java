package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.shared.PrefixMapping;
import org.citegraph.rdf.vocab.Vocabularies;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void everyVocabularyHasItsPrefix() throws Exception {
        for (Class<?> vocabulary : Vocabularies.ALL) {
            String prefix = (String) vocabulary.getField("PREFIX").get(null);
            String ns = (String) vocabulary.getField("NS").get(null);
            assertThat(Prefixes.VOCABULARIES.getNsPrefixURI(prefix)).as(prefix).isEqualTo(ns);
        }
    }

    @Test
    void dataPrefixesFollowTheBaseAndNeverShadowAVocabulary() {
        PrefixMapping m = Prefixes.forBase("https://kg.example.org/");
        assertThat(m.getNsPrefixURI("work")).isEqualTo("https://kg.example.org/works/");
        assertThat(m.getNsPrefixURI("org")).isEqualTo("http://www.w3.org/ns/org#");
        assertThat(m.shortForm("https://kg.example.org/person/buzan-barry")).isEqualTo("person:buzan-barry");
        assertThat(m.getNsPrefixMap()).hasSize(Prefixes.VOCABULARIES.getNsPrefixMap().size() + IriMinter.dataNamespaces("x:/").size());
    }
}
