package org.citegraph.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citegraph.notes.NotesAssertions.cite;
import static org.citegraph.notes.NotesAssertions.names;
import static org.citegraph.notes.NotesAssertions.parse;
import static org.citegraph.notes.NotesAssertions.parseEntries;

import org.junit.jupiter.api.Test;

import org.citegraph.model.Article;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;

/**
 * The WHO governing bodies' documents, cited by their own symbols (WHA77.17, EB152/12, A77/10), and a
 * resolution's quoted title after its symbol, in notes and in reference lists.
 */
class WhoAndResolutionTitlesTest {

    @Test
    void anAssemblyResolutionInAReferenceListIsAUnDocumentWithItsSymbol() {
        Article a = parseEntries(
                "Health Assembly of Nowhere. 2024. Amendments to the Port Health Rules. Resolution WHA77.17. Geneva: World Health Organization.",
                "World Health Assembly (2021) Special Session Report. Document A74/15. Geneva: WHO.");
        Citation resolution = cite(a, 1, 0);
        assertThat(resolution.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(resolution.fields().unSymbol()).isEqualTo("WHA77.17");
        assertThat(resolution.fields().title()).isEqualTo("Amendments to the Port Health Rules");
        assertThat(resolution.fields().container()).isNull();
        assertThat(resolution.fields().place()).isEqualTo("Geneva");
        Citation document = cite(a, 2, 0);
        assertThat(document.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(document.fields().unSymbol()).isEqualTo("A74/15");
        assertThat(document.fields().title()).isEqualTo("Special Session Report");
    }

    @Test
    void aResolutionInANoteKeepsItsQuotedTitleDateAndPinpointAfterTheSymbol() {
        Article a = parse("World Health Assembly, Resolution WHA77.17, “Amendments to the Port Health Rules,” June 1, 2024, para. 3.",
                "See WHA77.17, para. 5.");
        Citation c = cite(a, 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:World Health Assembly");
        assertThat(c.fields().title()).isEqualTo("Amendments to the Port Health Rules");
        assertThat(c.fields().date()).isEqualTo("2024-06-01");
        assertThat(c.pinpoint()).isEqualTo("para. 3");
        assertThat(c.fields().unSymbol()).isEqualTo("WHA77.17");
        assertThat(cite(a, 2, 0).shortFormOf()).isEqualTo(new CitationRef(1, 0));
    }

    @Test
    void aBoardDocumentAfterWhoDocIsNoPartOfTheTitle() {
        Citation c = cite(parse("WHO Executive Board, Harbour Preparedness: Report by the Director-General, WHO Doc. EB152/12 "
                + "(December 5, 2022), para. 14."), 1, 0);
        assertThat(c.fields().title()).isEqualTo("Harbour Preparedness: Report by the Director-General");
        assertThat(c.fields().unSymbol()).isEqualTo("EB152/12");
        assertThat(c.fields().date()).isEqualTo("2022-12-05");
    }

    @Test
    void aUnResolutionNamedAsSuchAfterItsOrganIsReadWithItsTitle() {
        Citation c = cite(parse("UN General Assembly, Resolution A/RES/74/2, “Political Declaration on Port Health,” "
                + "October 10, 2019, para. 3."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(names(c.fields().authors())).containsExactly("org:UN General Assembly");
        assertThat(c.fields().title()).isEqualTo("Political Declaration on Port Health");
        assertThat(c.fields().date()).isEqualTo("2019-10-10");
        assertThat(c.pinpoint()).isEqualTo("para. 3");
    }

    @Test
    void aMeetingBeforeTheSymbolStillNamesTheOrgan() {
        Citation c = cite(parse("UN Security Council, 7466th meeting, UN Doc. S/PV.7466 (June 18, 2015), 4."), 1, 0);
        assertThat(c.type()).isEqualTo(CitationType.UN_DOCUMENT);
        assertThat(c.fields().unSymbol()).isEqualTo("S/PV.7466");
        assertThat(c.pinpoint()).isEqualTo("4");
    }

    @Test
    void aJointSymbolWithAnEnDashIsOneDocumentInListsAndNotesAlike() {
        Article list = parseEntries("United Nations (2015) Report of the Panel on Harbour Operations. A/70/95–S/2015/446. New York: United Nations.");
        Citation entry = cite(list, 1, 0);
        assertThat(entry.fields().unSymbol()).isEqualTo("A/70/95-S/2015/446");
        assertThat(entry.fields().place()).isEqualTo("New York");
        assertThat(entry.fields().publisher()).isEqualTo("United Nations");
        Citation note = cite(parse("Report of the Panel on Harbour Operations, UN Doc. A/70/95–S/2015/446 (17 June 2015), para. 12."), 1, 0);
        assertThat(note.fields().unSymbol()).isEqualTo("A/70/95-S/2015/446");
    }
}
