package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.cites;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/** Forms that cut across styles: author–year short forms, statutes, cross-references, dates in odd places. */
class MixedFormsTest {

    @Test
    void authorYearShortFormsFindTheirEntry() {
        Article a = parse(
                "Okafor, T. (2015a) Maritime Order. London: Harbour Press.",
                "Okafor, T. (2015b) Port States. London: Harbour Press.",
                "Okafor 2015b, 12; see also Okafor (2015a: 40).");
        Citation s1 = cite(a, 3, 0);
        assertThat(s1.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(s1.fields().year()).isEqualTo("2015");
        assertThat(s1.pinpoint()).isEqualTo("12");
        Citation s2 = cite(a, 3, 1);
        assertThat(s2.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s2.pinpoint()).isEqualTo("40");
        assertThat(s2.signal()).isEqualTo("See also");
    }

    @Test
    void anAuthorNamedAgainWithAtAndAParagraph() {
        // "Name, at N" once made the case-report reader cut the text backwards and throw
        Article a = parse("Ilse Brandt, Harbour Law (Oxford: Quay Press, 2016), 161.", "Brandt, at 162, para. 44.");
        Citation s = cite(a, 2, 0);
        assertThat(s.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(s.pinpoint()).isEqualTo("162, para. 44");
        assertThat(a.diagnostics()).isEmpty();
    }

    @Test
    void statutesAndResolutionsDatedBeforeTheirSymbol() {
        Article a = parse("Harbour Safety Act 2004, s 12; UNGA Res 61/5 (3 November 2006) UN Doc A/RES/61/5, para 8.");
        Citation act = cite(a, 1, 0);
        assertThat(act.type()).isEqualTo(CitationType.OTHER);
        assertThat(act.fields().title()).isEqualTo("Harbour Safety Act 2004");
        assertThat(act.fields().year()).isEqualTo("2004");
        assertThat(act.pinpoint()).isEqualTo("s 12");
        assertThat(act.isShortForm()).isFalse();
        Citation res = cite(a, 1, 1);
        assertThat(res.fields().unSymbol()).isEqualTo("A/RES/61/5");
        assertThat(res.fields().date()).isEqualTo("2006-11-03");
        assertThat(res.fields().title()).isNull();
        assertThat(res.pinpoint()).isEqualTo("para 8");
    }

    @Test
    void crossReferencesAndThanksAreNoCitations() {
        Article a = parse("See n. 12 above.", "See notes 4 and 5.", "My thanks to the anonymous reviewers.");
        assertThat(cites(a, 1)).isEmpty();
        assertThat(cites(a, 2)).isEmpty();
        assertThat(cites(a, 3)).isEmpty();
        assertThat(a.works()).isEmpty();
    }

    @Test
    void britishNewspaperDateIsNotAVolume() {
        Article a = parse("Lena Hart, ‘Port talks stall’, The Example Herald, 3 May 2019, p. 5.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.NEWS_ARTICLE);
        assertThat(c.fields().container()).isEqualTo("The Example Herald");
        assertThat(c.fields().date()).isEqualTo("2019-05-03");
        assertThat(c.fields().volume()).isNull();
        assertThat(c.pinpoint()).isEqualTo("5");
    }

    @Test
    void explicitPinpointsAfterRangesAndNotes() {
        Article a = parse(
                "Tom Hale, “The Limits of Waiting,” Example Quarterly 44, no. 3 (March/April 2020): 512–40, at 518.",
                "Hale, “Limits of Waiting,” 520n14.",
                "Ines Roth, ‘Norms at sea’, Annals of Fiction, 26:1 (2020), pp. 3–27, at p. 9.");
        Citation c = cite(a, 1, 0);
        assertThat(c.fields().pages()).isEqualTo("512-540");
        assertThat(c.pinpoint()).isEqualTo("518");
        assertThat(c.fields().year()).isEqualTo("2020");
        assertThat(c.fields().publisher()).isNull();
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("520n14");
        assertThat(cite(a, 3, 0).fields().pages()).isEqualTo("3-27");
        assertThat(cite(a, 3, 0).pinpoint()).isEqualTo("9");
    }

    @Test
    void titlesWithParenthesesAndArticlePinpointsWithSubdivisions() {
        Article a = parse(
                "Mira Lund, The United Nations (UN) and Its Critics (London: Fictive Books, 2001), p. 9.",
                "Convention on Example Waters (adopted 2 June 2004, entered into force 1 March 2006) 2380 UNTS 221, art 31(3)(c).");
        assertThat(cite(a, 1, 0).fields().title()).isEqualTo("The United Nations (UN) and Its Critics");
        assertThat(cite(a, 1, 0).fields().year()).isEqualTo("2001");
        assertThat(cite(a, 2, 0).pinpoint()).isEqualTo("art 31(3)(c)");
        assertThat(cite(a, 2, 0).fields().issue()).isNull();
    }

    @Test
    void quotedInAndConnectivesBeforeACitation() {
        Article a = parse(
                "Quoted in Ira Sand, Harbours (Oslo: Fictive Books, 2003), p. 5.",
                "Ira Sand, ‘Tides’, Annals of Fiction, 3:1 (2004), pp. 1–9; and, more generally, Sand, ‘Tides’, p. 4.");
        assertThat(names(cite(a, 1, 0).fields().authors())).containsExactly("Sand|Ira");
        assertThat(cites(a, 2)).hasSize(2);
        assertThat(cite(a, 2, 1).workId()).isEqualTo(cite(a, 2, 0).workId());
    }

    @Test
    void editedVolumesAndTheirChaptersAndShortForms() {
        Article a = parse(
                "Emma Lund (ed.), The Coastline Reader (London: Fictive Books, 2010).",
                "Jan Vos, ‘Sailing rules’, in Lund (ed.), Coastline Reader, pp. 55–70.",
                "Lund, Coastline Reader, p. 4.");
        Citation book = cite(a, 1, 0);
        assertThat(book.type()).isEqualTo(CitationType.EDITED_BOOK);
        assertThat(names(book.fields().editors())).containsExactly("Lund|Emma");
        Citation chapter = cite(a, 2, 0);
        assertThat(chapter.containerFrom()).isEqualTo(new CitationRef(1, 0));
        assertThat(chapter.fields().container()).isEqualTo("Coastline Reader"); // as the note writes it
        assertThat(chapter.fields().year()).isEqualTo("2010");
        assertThat(names(chapter.fields().editors())).containsExactly("Lund|Emma");
        assertThat(cite(a, 3, 0).workId()).isEqualTo(book.workId());
    }

    @Test
    void idemAndRepeatedAuthorDashesTakeThePreviousAuthors() {
        Article a = parse(
                "Wrobel, Tomasz. 2011a. \u201CMapping the Commons.\u201D Quarterly of Examples 19 (4): 455\u201378.",
                "\u2014\u2014\u2014. 2011b. Commons at Sea. Oxford: Example University Press.",
                "Ada Roe, \u2018Rivers of law\u2019, Annals of Fiction, 1:1 (2000), pp. 1\u201310; idem, Lakes of Law (Oslo: Fictive Books, 2004), p. 3.");
        Citation dashes = cite(a, 2, 0);
        assertThat(names(dashes.fields().authors())).containsExactly("Wrobel|Tomasz");
        assertThat(dashes.fields().year()).isEqualTo("2011");
        assertThat(dashes.fields().title()).isEqualTo("Commons at Sea");
        assertThat(dashes.workId()).isNotEqualTo(cite(a, 1, 0).workId());
        Citation idem = cite(a, 3, 1);
        assertThat(names(idem.fields().authors())).containsExactly("Roe|Ada");
        assertThat(idem.fields().title()).isEqualTo("Lakes of Law");
        assertThat(idem.type()).isEqualTo(CitationType.BOOK);
    }

    @Test
    void authorDateShortFormsWithALowerCaseParticleResolve() {
        Article a = parse(
                "Marit van Loon, Harbours of Law (Utrecht: Eleven, 2011).",
                "Pieter de Graaf, Quiet Rooms (Ghent: Academia, 2017).",
                "van Loon 2011, 88; see de Graaf (2017: 12).");
        Citation first = cite(a, 3, 0);
        assertThat(first.shortFormOf()).isEqualTo(new CitationRef(1, 0));
        assertThat(first.pinpoint()).isEqualTo("88");
        Citation second = cite(a, 3, 1);
        assertThat(second.shortFormOf()).isEqualTo(new CitationRef(2, 0));
        assertThat(second.pinpoint()).isEqualTo("12");
    }
}
