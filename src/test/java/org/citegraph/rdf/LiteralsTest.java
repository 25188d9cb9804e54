package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void datesAreTypedByPrecision() {
        assertThat(Literals.date("2001").map(Node::getLiteralDatatype)).contains(XSDDatatype.XSDgYear);
        assertThat(Literals.date("2013-01").map(Node::getLiteralDatatype)).contains(XSDDatatype.XSDgYearMonth);
        assertThat(Literals.date("2016-10-28").map(Node::getLiteralDatatype)).contains(XSDDatatype.XSDdate);
        assertThat(Literals.date("2016-13-45")).isEmpty();
        assertThat(Literals.date("circa 1990")).isEmpty();
        assertThat(Literals.issued("2016", "2016-10-28").map(Node::getLiteralLexicalForm)).contains("2016-10-28");
        assertThat(Literals.issued("2016", null).map(Node::getLiteralLexicalForm)).contains("2016");
    }

    @Test
    void pageRangesAreSplitOnlyWhenSimple() {
        assertThat(Literals.PageRange.parse("471-488")).isEqualTo(new Literals.PageRange("471", "488"));
        assertThat(Literals.PageRange.parse("479")).isEqualTo(new Literals.PageRange("479", "479"));
        assertThat(Literals.PageRange.parse("xi-xx")).isEqualTo(new Literals.PageRange("xi", "xx"));
        assertThat(Literals.PageRange.parse("S12-S20")).isEqualTo(new Literals.PageRange("S12", "S20"));
        assertThat(Literals.PageRange.parse("para. 5")).isNull();
        assertThat(Literals.PageRange.parse("183, 187")).isNull();
    }

    @Test
    void timeSpansUseTheCoarserPrecision() {
        assertThat(Literals.timeSpan("2014", "2023-10-18")).contains("P9Y");
        assertThat(Literals.timeSpan("2016-10-28", "2023-10-18")).contains("P6Y11M20D");
        assertThat(Literals.timeSpan("2013-01", "2023-10-18")).contains("P10Y9M");
        assertThat(Literals.timeSpan("2023-10-18", "2023-10-18")).contains("P0D");
        assertThat(Literals.timeSpan("2024", "2023-10-18")).contains("-P1Y");
        assertThat(Literals.timeSpan(null, "2023-10-18")).isEmpty();
    }
}
