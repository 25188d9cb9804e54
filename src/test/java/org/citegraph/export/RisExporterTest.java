package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.citegraph.model.Work;
import org.citegraph.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class RisExporterTest {

    /** A record as a list of [tag, value] pairs, parsed the way reference managers read RIS. */
    private static List<List<String[]>> parse(String ris) {
        List<List<String[]>> records = new ArrayList<>();
        List<String[]> current = null;
        for (String line : ris.split("\r\n", -1)) {
            if (line.isEmpty()) continue;
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            String tag = line.substring(0, 2);
            String value = line.substring(6);
            if (tag.equals("TY")) {
                assertThat(current).as("TY inside an open record").isNull();
                current = new ArrayList<>();
            }
            assertThat(current).as("tag outside a record: " + line).isNotNull();
            current.add(new String[] {tag, value});
            if (tag.equals("ER")) {
                records.add(current);
                current = null;
            }
        }
        assertThat(current).as("unterminated record").isNull();
        return records;
    }

    private static String export(List<Work> works) throws IOException {
        StringWriter out = new StringWriter();
        BibliographyExporter.write(SampleArticles.article(works), Format.RIS, out);
        return out.toString();
    }

    private static List<String> values(List<String[]> record, String tag) {
        return record.stream().filter(t -> t[0].equals(tag)).map(t -> t[1]).toList();
    }

    @Test
    void everyWorkIsOneWellFormedRecordWithCrLf() throws IOException {
        String ris = export(SampleArticles.ALL_WORKS);
        assertThat(ris.replace("\r\n", "")).doesNotContain("\n", "\r");
        List<List<String[]>> records = parse(ris);
        assertThat(records).hasSize(SampleArticles.ALL_WORKS.size());
        assertThat(records).allSatisfy(r -> assertThat(r.get(0)[0]).isEqualTo("TY"));
        assertThat(records.stream().map(r -> r.get(0)[1]).toList())
                .containsExactly("JOUR", "BOOK", "CHAP", "ELEC", "GOVDOC", "RPRT", "NEWS", "LEGAL");
    }

    @Test
    void journalArticleTags() throws IOException {
        List<String[]> r = parse(export(List.of(SampleArticles.JOURNAL_ARTICLE))).get(0);
        assertThat(values(r, "AU")).containsExactly("Buzan, Barry");
        assertThat(values(r, "T2")).containsExactly("Review of International Studies");
        assertThat(values(r, "VL")).containsExactly("27");
        assertThat(values(r, "IS")).containsExactly("3");
        assertThat(values(r, "SP")).containsExactly("471");
        assertThat(values(r, "EP")).containsExactly("488");
        assertThat(values(r, "PY")).containsExactly("2001");
        assertThat(values(r, "DA")).isEmpty();
        assertThat(values(r, "DO")).containsExactly("10.5555/ris.2001.027");
        assertThat(values(r, "ID")).containsExactly("buzan2001english");
    }

    @Test
    void chapterEditorsInOrder() throws IOException {
        List<String[]> r = parse(export(List.of(SampleArticles.CHAPTER))).get(0);
        assertThat(values(r, "AU")).containsExactly("Navari, Cornelia", "Knudsen, Tonny Brems");
        assertThat(values(r, "ED")).containsExactly("Knudsen, Tonny Brems", "Navari, Cornelia");
        assertThat(values(r, "T2")).containsExactly("International Organization in the Anarchical Society");
        assertThat(values(r, "PB")).containsExactly("Palgrave Macmillan");
        assertThat(values(r, "CY")).containsExactly("Cham");
    }

    @Test
    void webPageAndUnDocument() throws IOException {
        List<List<String[]>> rs = parse(export(List.of(SampleArticles.WEB_PAGE, SampleArticles.UN_DOCUMENT)));
        assertThat(values(rs.get(0), "AU")).containsExactly("CSTO");
        assertThat(values(rs.get(0), "UR")).containsExactly("https://en.odkb-csto.org/news/declaration_2021/");
        assertThat(values(rs.get(0), "Y2")).containsExactly("2022/01/09/");
        assertThat(values(rs.get(1), "SN")).containsExactly("S/PV.7796");
        assertThat(values(rs.get(1), "DA")).containsExactly("2016/10/28/");
        assertThat(values(rs.get(1), "AU")).containsExactly("United Nations Security Council");
    }

    @Test
    void partialDates() {
        assertThat(RisExporter.risDate(new PartialDate(2013, 1, 0))).isEqualTo("2013/01//");
        assertThat(RisExporter.risDate(new PartialDate(2013, 0, 0))).isEqualTo("2013///");
    }
}
