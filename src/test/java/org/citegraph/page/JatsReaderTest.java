package org.citegraph.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citegraph.model.ArticlePage;
import org.citegraph.model.NoteText;
import org.junit.jupiter.api.Test;

class JatsReaderTest {

    private static final String JATS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "http://jats.nlm.nih.gov/publishing/1.2/JATS-journalpublishing1.dtd">
            <article article-type="research-article">
              <front>
                <journal-meta><journal-title-group><journal-title>Journal of Testing Studies</journal-title></journal-title-group>
                  <publisher><publisher-name>Example Press</publisher-name></publisher></journal-meta>
                <article-meta>
                  <article-id pub-id-type="doi">10.1234/JTS.2021.77</article-id>
                  <title-group><article-title>Rivers and rules</article-title><subtitle>A study of fords</subtitle></title-group>
                  <contrib-group>
                    <contrib contrib-type="author" corresp="yes"><name><surname>Okafor</surname><given-names>Ada N.</given-names></name><xref ref-type="aff" rid="a1"/></contrib>
                    <contrib contrib-type="author"><name><surname>Lindqvist</surname><given-names>Per</given-names></name><xref ref-type="aff" rid="a2"/></contrib>
                  </contrib-group>
                  <aff id="a1"><label>1</label>Department of Geography, Inland University</aff>
                  <aff id="a2"><label>2</label>Institute of Maps, Coast College</aff>
                  <pub-date pub-type="epub"><day>5</day><month>3</month><year>2021</year></pub-date>
                  <abstract><p>We look at fords.</p></abstract>
                </article-meta>
              </front>
              <back>
                <ref-list>
                  <ref id="r1"><mixed-citation>Mara Venn, ‘Crossing points’, Water History, 12:2 (2010), pp. 33–59.</mixed-citation></ref>
                  <ref id="r2"><element-citation publication-type="book">
                    <person-group person-group-type="author"><name><surname>Hale</surname><given-names>Tomas</given-names></name></person-group>
                    <source>Bridges Before Bridges</source><publisher-loc>Leeds</publisher-loc><publisher-name>Northern Press</publisher-name><year>1999</year>
                  </element-citation></ref>
                </ref-list>
              </back>
            </article>
            """;

    @Test
    void readsHeaderAndRenderedReferencesWithoutFetchingTheDtd() throws Exception {
        ArticlePage page = new ArticleReader().read("a.xml", JATS, InputFormat.AUTO);

        assertThat(page.metadata().title()).isEqualTo("Rivers and rules: A study of fords");
        assertThat(page.metadata().doi()).isEqualTo("10.1234/jts.2021.77");
        assertThat(page.metadata().journal()).isEqualTo("Journal of Testing Studies");
        assertThat(page.metadata().publishedOnline()).isEqualTo("2021-03-05");
        assertThat(page.metadata().authors()).hasSize(2);
        assertThat(page.metadata().authors().get(0).corresponding()).isTrue();
        assertThat(page.metadata().authors().get(1).affiliation()).isEqualTo("Institute of Maps, Coast College");
        assertThat(page.notes()).extracting(NoteText::text).containsExactly(
                "Mara Venn, ‘Crossing points’, Water History, 12:2 (2010), pp. 33–59.",
                "Tomas Hale, Bridges Before Bridges (Leeds: Northern Press, 1999).");
        assertThat(page.notes()).extracting(NoteText::referenceListEntry).containsExactly(true, true);
    }

    @Test
    void footnotesWinOverTheReferenceList() throws Exception {
        String xml = "<article><front><article-meta><title-group><article-title>T</article-title></title-group></article-meta></front>"
                + "<back><fn-group><fn id='f1'><p>See Venn, ‘Crossing points’, p. 40.</p></fn><fn id='f2'><p>Ibid.</p></fn></fn-group>"
                + "<ref-list><ref><mixed-citation>X</mixed-citation></ref></ref-list></back></article>";
        ArticlePage page = new ArticleReader().read("b.xml", xml, InputFormat.AUTO);
        assertThat(page.notes()).extracting(NoteText::text).containsExactly("See Venn, ‘Crossing points’, p. 40.", "Ibid.");
        assertThat(page.notes()).extracting(NoteText::referenceListEntry).containsExactly(false, false);
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        assertThatThrownBy(() -> new ArticleReader().read("c.xml", "<article>\n<front>\n</article>", InputFormat.JATS))
                .isInstanceOf(PageException.class).hasMessageStartingWith("c.xml:3: malformed XML");
    }
}
