package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteUrlsTest {

    private final SiteUrls urls = new SiteUrls("https://example.org/ris/", "/citegraph");

    @Test
    void resourcesUnderTheBaseHaveDocumentsUnderDoc() {
        assertThat(urls.isLocal("https://example.org/ris/br/2")).isTrue();
        assertThat(urls.isLocal("https://example.org/ris/")).isFalse();
        assertThat(urls.isLocal("https://example.org/other/x")).isFalse();
        assertThat(urls.documentUrl("https://example.org/ris/br/2", null)).isEqualTo("https://example.org/ris/doc/br/2");
        assertThat(urls.documentUrl("https://example.org/ris/br/2", Representation.TURTLE)).isEqualTo("https://example.org/ris/doc/br/2.ttl");
        assertThat(urls.pageUrl("https://example.org/ris/un/doc/S/PV.7796")).isEqualTo("https://example.org/ris/doc/un/doc/S/PV.7796");
    }

    @Test
    void otherIrisAreDescribedByQuery() {
        assertThat(urls.documentUrl("http://www.wikidata.org/entity/Q1065", null))
                .isEqualTo("https://example.org/ris/describe?iri=http%3A%2F%2Fwww.wikidata.org%2Fentity%2FQ1065");
        assertThat(urls.documentUrl("urn:x:a b", Representation.N_TRIPLES))
                .isEqualTo("https://example.org/ris/describe?iri=urn%3Ax%3Aa%20b&format=nt");
    }

    @Test
    void documentPathExtensionSelectsTheFormatUnlessTheResourceItselfEndsThatWay() {
        Set<String> known = Set.of("https://example.org/ris/br/2", "https://example.org/ris/un/doc/S/PV.7796",
                "https://example.org/ris/file.rdf");
        assertThat(urls.parseDocumentPath("br/2.ttl", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/br/2", Optional.of(Representation.TURTLE)));
        assertThat(urls.parseDocumentPath("br/2", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/br/2", Optional.empty()));
        // ".7796" is not a format: the dot belongs to the UN symbol.
        assertThat(urls.parseDocumentPath("un/doc/S/PV.7796", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/un/doc/S/PV.7796", Optional.empty()));
        assertThat(urls.parseDocumentPath("un/doc/S/PV.7796.jsonld", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/un/doc/S/PV.7796", Optional.of(Representation.JSON_LD)));
        // A resource whose own name ends in .rdf: negotiated, and its RDF/XML document is file.rdf.rdf.
        assertThat(urls.parseDocumentPath("file.rdf", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/file.rdf", Optional.empty()));
        assertThat(urls.parseDocumentPath("file.rdf.rdf", known::contains))
                .contains(new SiteUrls.DocumentPath("https://example.org/ris/file.rdf", Optional.of(Representation.RDF_XML)));
        assertThat(urls.parseDocumentPath("nothing.ttl", known::contains)).isEmpty();
        assertThat(urls.parseDocumentPath("", known::contains)).isEmpty();
    }

    @Test
    void percentEncodedPathsAlsoMatchTheDecodedIri() {
        assertThat(urls.irisForPath("/ra/%C3%98stergaard"))
                .containsExactly("https://example.org/ris/ra/%C3%98stergaard", "https://example.org/ris/ra/Østergaard");
        assertThat(urls.irisForPath("/un/doc/S/RES/2334(2016)")).containsExactly("https://example.org/ris/un/doc/S/RES/2334(2016)");
        assertThat(urls.irisForPath("/bad/%zz")).containsExactly("https://example.org/ris/bad/%zz");
    }

    @Test
    void serverPagesAreUnderTheBase() {
        assertThat(urls.sparqlEndpoint()).isEqualTo("https://example.org/ris/citegraph/sparql");
        assertThat(urls.dataset()).isEqualTo("https://example.org/ris/citegraph");
        assertThat(urls.voidDocument()).isEqualTo("https://example.org/ris/.well-known/void");
        assertThat(urls.queryPage("most cited")).isEqualTo("https://example.org/ris/query?name=most%20cited");
    }
}
