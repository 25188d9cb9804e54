package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    private static final List<Representation> ALL = List.of(Representation.values());

    @Test
    void missingOrEmptyHeaderGetsTheServersFirstChoice() {
        assertThat(ContentNegotiation.choose(null, ALL)).contains(Representation.HTML);
        assertThat(ContentNegotiation.choose("  ", ALL)).contains(Representation.HTML);
    }

    @Test
    void browserHeaderGetsHtml() {
        String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertThat(ContentNegotiation.choose(firefox, ALL)).contains(Representation.HTML);
    }

    @Test
    void exactTypesWinAndQualitiesAreRespected() {
        assertThat(ContentNegotiation.choose("text/turtle", ALL)).contains(Representation.TURTLE);
        assertThat(ContentNegotiation.choose("application/ld+json", ALL)).contains(Representation.JSON_LD);
        assertThat(ContentNegotiation.choose("application/rdf+xml;q=0.5, application/n-triples", ALL)).contains(Representation.N_TRIPLES);
        assertThat(ContentNegotiation.choose("text/turtle;q=0.4, application/ld+json;q=0.9", ALL)).contains(Representation.JSON_LD);
    }

    @Test
    void moreSpecificRangeDecidesTheQuality() {
        // text/* would allow HTML, but text/html itself is refused.
        assertThat(ContentNegotiation.choose("text/*, text/html;q=0", ALL)).contains(Representation.TURTLE);
        assertThat(ContentNegotiation.choose("*/*;q=0.1, application/rdf+xml", ALL)).contains(Representation.RDF_XML);
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertThat(ContentNegotiation.choose("image/png, application/pdf", ALL)).isEmpty();
        assertThat(ContentNegotiation.choose("*/*;q=0", ALL)).isEmpty();
    }

    @Test
    void malformedRangesAreSkipped() {
        assertThat(ContentNegotiation.choose("garbage, text/turtle;q=abc, application/ld+json", ALL)).contains(Representation.JSON_LD);
        // A header with nothing well-formed in it counts as no header.
        assertThat(ContentNegotiation.choose("text/turtle;q=2", ALL)).contains(Representation.HTML);
        assertThat(ContentNegotiation.choose("TEXT/Turtle", ALL)).contains(Representation.TURTLE);
    }

    @Property
    void theChoiceHasTheHighestQualityAndIsNeverRefused(@ForAll("acceptHeaders") String header) {
        List<ContentNegotiation.MediaRange> ranges = ContentNegotiation.parse(header);
        var choice = ContentNegotiation.choose(header, ALL);
        double best = ALL.stream().mapToDouble(r -> ContentNegotiation.quality(r.mediaType(), ranges)).max().orElse(0);
        if (ranges.isEmpty()) {
            assertThat(choice).contains(Representation.HTML);
        } else if (best == 0) {
            assertThat(choice).isEmpty();
        } else {
            assertThat(choice).isPresent();
            assertThat(ContentNegotiation.quality(choice.get().mediaType(), ranges)).isEqualTo(best);
            // Ties go to the server's order: nothing earlier has the same quality.
            for (Representation earlier : ALL.subList(0, ALL.indexOf(choice.get())))
                assertThat(ContentNegotiation.quality(earlier.mediaType(), ranges)).isLessThan(best);
        }
    }

    @Provide
    Arbitrary<String> acceptHeaders() {
        Arbitrary<String> type = Arbitraries.of("text/html", "text/turtle", "application/ld+json", "application/rdf+xml",
                "application/n-triples", "text/*", "application/*", "*/*", "image/png", "application/json", "bad");
        Arbitrary<String> quality = Arbitraries.of("", ";q=0", ";q=0.1", ";q=0.5", ";q=0.9", ";q=1", ";q=1.0", ";level=1");
        Arbitrary<String> range = Combinators.combine(type, quality).as((t, q) -> t + q);
        return range.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(", ", l));
    }
}
