package org.citegraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citegraph.model.BibFields;
import org.citegraph.model.CitationType;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.model.Work;
import org.citegraph.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class BibtexExporterTest {

    private static String export(List<Work> works) throws IOException {
        StringWriter out = new StringWriter();
        BibliographyExporter.write(SampleArticles.article(works), Format.BIBTEX, out);
        return out.toString();
    }

    @Test
    void entryTypesAndKeys() throws IOException {
        String bib = export(SampleArticles.ALL_WORKS);
        assertThat(bib).contains("@article{buzan2001english,", "@book{buzan2004international,",
                "@incollection{navari2019introduction,", "@online{cstonddeclaration,", "@techreport{unsc2016spv7796,",
                "@legal{un2009agreement,");
        Matcher keys = Pattern.compile("@\\w+\\{([^,]+),").matcher(bib);
        List<String> found = keys.results().map(m -> m.group(1)).toList();
        assertThat(found).hasSize(SampleArticles.ALL_WORKS.size()).doesNotHaveDuplicates()
                .allMatch(k -> k.matches("[a-z0-9-]+"));
    }

    @Test
    void chapterFields() throws IOException {
        String bib = export(List.of(SampleArticles.CHAPTER));
        assertThat(bib).contains("  author = {Navari, Cornelia and Knudsen, Tonny Brems},\n")
                .contains("  editor = {Knudsen, Tonny Brems and Navari, Cornelia},\n")
                .contains("  title = {{Introduction: A new approach to international organization}},\n")
                .contains("  booktitle = {{International Organization in the Anarchical Society}},\n")
                .contains("  pages = {1--20},\n")
                .contains("  publisher = {Palgrave Macmillan},\n")
                .contains("  address = {Cham},\n")
                .contains("  year = {2019}\n}");
    }

    @Test
    void organisationsAreBracedSoTheyAreNeverSplitIntoNames() throws IOException {
        Work w = new Work("osce", CitationType.REPORT, BibFields.builder()
                .authors(List.of(new Organization("Organization for Security and Co-operation in Europe")))
                .title("Annual Report").year("2019").build(), List.of(), null, null);
        assertThat(export(List.of(w))).contains("author = {{Organization for Security and Co-operation in Europe}}");
    }

    @Test
    void specialCharactersAreEscaped() throws IOException {
        Work w = new Work("x", CitationType.BOOK, BibFields.builder()
                .authors(List.of(new Person("O’Brien & Sons", "A_B"))).title("50% of $10 #1 {set} ~ ^ \\ done")
                .publisher("AT&T").year("2001").url("https://example.org/a_b%20c#frag").build(), List.of(), null, null);
        String bib = export(List.of(w));
        assertThat(bib).contains("author = {O’Brien \\& Sons, A\\_B}")
                .contains("title = {{50\\% of \\$10 \\#1 \\{set\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} done}}")
                .contains("publisher = {AT\\&T}")
                .contains("url = {https://example.org/a_b%20c#frag}");
        assertThat(braceDepthNeverNegativeAndEndsAtZero(bib)).isTrue();
    }

    @Test
    void fullDatesGiveYearMonthMacroAndBiblatexDate() throws IOException {
        String bib = export(List.of(SampleArticles.MAGAZINE_ARTICLE));
        assertThat(bib).contains("  entrysubtype = {newspaper},\n").contains("  year = {2020},\n  month = nov,\n  date = {2020-11-14},\n");
    }

    @Test
    void suffixUsesBibtexThreePartForm() throws IOException {
        Work w = new Work("k", CitationType.BOOK, BibFields.builder()
                .authors(List.of(new Person("King", "Martin Luther", "Jr."))).title("Why We Can’t Wait").year("1964").build(),
                List.of(), null, null);
        assertThat(export(List.of(w))).contains("author = {King, Jr., Martin Luther}");
    }

    @Test
    void familyOnlyMultiWordNameIsProtected() throws IOException {
        Work w = new Work("k", CitationType.BOOK, BibFields.builder()
                .authors(List.of(new Person("Brems Knudsen", null))).title("T").year("2019").build(), List.of(), null, null);
        assertThat(export(List.of(w))).contains("author = {{Brems Knudsen}}");
    }

    private static boolean braceDepthNeverNegativeAndEndsAtZero(String bib) {
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '{') depth++;
            if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
