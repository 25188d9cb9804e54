package org.citegraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citegraph.model.Article;
import org.citegraph.model.BibFields;
import org.citegraph.model.Citation;
import org.citegraph.model.CitationRef;
import org.citegraph.model.CitationType;
import org.citegraph.model.Diagnostic;
import org.citegraph.model.Note;
import org.citegraph.model.Work;
import org.citegraph.rdf.vocab.Allot;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.Cito;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Event;
import org.citegraph.rdf.vocab.Foaf;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Lan;
import org.citegraph.rdf.vocab.Org;
import org.citegraph.rdf.vocab.Owl;
import org.citegraph.rdf.vocab.Rdf;
import org.citegraph.rdf.vocab.Rdfs;
import org.citegraph.rdf.vocab.Skos;
import org.citegraph.rdf.vocab.Undo;
import org.junit.jupiter.api.Test;

/** UN documents known only by the symbol text the parser gives: the RDF stage parses and describes them. */
class UnDocumentMapperTest {

    private static final String B = "http://localhost:3030/";
    private final ArticleMapper mapper = new ArticleMapper();

    private Graph map(String... symbols) {
        List<Note> notes = new ArrayList<>();
        List<Work> works = new ArrayList<>();
        for (int i = 0; i < symbols.length; i++) {
            String id = "un-doc-" + i;
            BibFields fields = BibFields.builder().unSymbol(symbols[i]).build();
            works.add(new Work(id, CitationType.UN_DOCUMENT, fields, List.of(), new CitationRef(i + 1, 0), null));
            notes.add(new Note(i + 1, i + 1, "UN Doc " + symbols[i] + ".", List.of(new Citation(0, "UN Doc " + symbols[i],
                    CitationType.UN_DOCUMENT, fields, null, null, false, null, null, null, id)), true));
        }
        Article article = new Article("un.txt", null, notes, works, List.of());
        DatasetGraph dataset = DatasetGraphFactory.create();
        List<Diagnostic> problems = mapper.map(article, StreamRDFLib.dataset(dataset));
        assertThat(problems).isEmpty();
        return dataset.getGraph(mapper.graphName(article));
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(B + path);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void aMeetingRecordNamesItsOrganSessionAndMeeting() {
        Graph g = map("A/48/PV.6");
        Node doc = iri("un/doc/A/48/PV.6");
        Node ga = iri("un/body/A");
        assertThat(objects(g, doc, DcTerms.identifier)).containsExactly(text("A/48/PV.6"));
        assertThat(objects(g, doc, Bibo.issuer)).containsExactly(ga);
        assertThat(objects(g, ga, Foaf.name)).containsExactly(text("General Assembly"));
        assertThat(objects(g, ga, Owl.sameAs)).containsExactly(NodeFactory.createURI("http://www.wikidata.org/entity/Q47423"));
        Node session = iri("un/session/A/48");
        assertThat(objects(g, doc, Bibo.presentedAt)).containsExactly(session);
        assertThat(objects(g, session, Skos.notation)).containsExactly(text("48"));
        Node meeting = iri("un/meeting/A/48/6");
        assertThat(objects(g, doc, Bibo.transcriptOf)).containsExactly(meeting);
        assertThat(objects(g, session, Event.sub_event)).containsExactly(meeting);
        assertThat(objects(g, doc, Bibo.number)).containsExactly(text("6"));
        assertThat(objects(g, doc, Rdfs.seeAlso)).containsExactly(NodeFactory.createURI("https://undocs.org/A/48/PV.6"));
    }

    @Test
    void aDocumentIsAnUndoDocumentRealisedInOneVersionPerOfficialLanguage() {
        Graph g = map("A/48/PV.6");
        Node doc = iri("un/doc/A/48/PV.6");
        assertThat(objects(g, doc, Rdf.type)).contains(Undo.Document, Undo.MeetingRecord);
        List<Node> versions = objects(g, doc, Allot.hasRealization);
        assertThat(versions).containsExactlyInAnyOrder(iri("un/version/ar/A/48/PV.6"), iri("un/version/zh/A/48/PV.6"),
                iri("un/version/en/A/48/PV.6"), iri("un/version/fr/A/48/PV.6"), iri("un/version/ru/A/48/PV.6"),
                iri("un/version/es/A/48/PV.6"));
        Node french = iri("un/version/fr/A/48/PV.6");
        assertThat(objects(g, french, Rdf.type)).containsExactly(Undo.DocumentVersion);
        assertThat(objects(g, french, DcTerms.language)).containsExactly(Lan.fr);
        assertThat(objects(g, french, Rdfs.seeAlso)).containsExactly(NodeFactory.createURI("https://undocs.org/fr/A/48/PV.6"));
    }

    @Test
    void aDepositaryNotificationLinksTheTreatySectionsFilesInItsTwoLanguages() {
        Graph g = map("C.N.412.2019.TREATIES-IV.4");
        Node doc = iri("un/doc/C.N.412.2019.TREATIES-IV.4");
        assertThat(objects(g, doc, Bibo.issuer)).containsExactly(iri("un/body/ST"));
        assertThat(objects(g, doc, Bibo.number)).containsExactly(text("412"));
        assertThat(objects(g, doc, Rdfs.seeAlso))
                .containsExactly(NodeFactory.createURI("https://treaties.un.org/doc/Publication/CN/2019/CN.412.2019-Eng.pdf"));
        assertThat(objects(g, doc, Allot.hasRealization)).hasSize(2);
    }

    @Test
    void undoNamesTheTypesTheSymbolSays() {
        assertThat(objects(map("S/RES/2334(2016)"), iri("un/doc/S/RES/2334(2016)"), Rdf.type)).contains(Undo.Document, Undo.Resolution);
        assertThat(objects(map("A/C.3/50/SR.12"), iri("un/doc/A/C.3/50/SR.12"), Rdf.type)).contains(Undo.Document, Undo.MeetingMinute);
        assertThat(objects(map("S/2016/867"), iri("un/doc/S/2016/867"), Rdf.type))
                .contains(Undo.Document).doesNotContain(Undo.Resolution, Undo.MeetingRecord, Undo.MeetingMinute);
    }

    @Test
    void subsidiaryBodiesHangUnderTheirOrgan() {
        Graph g = map("A/HRC/39/CRP.2");
        Node hrc = iri("un/body/A/HRC");
        assertThat(objects(g, iri("un/doc/A/HRC/39/CRP.2"), Bibo.issuer)).containsExactly(hrc);
        assertThat(objects(g, hrc, Org.subOrganizationOf)).containsExactly(iri("un/body/A"));
        assertThat(objects(g, hrc, Skos.notation)).containsExactly(text("A/HRC"));
    }

    @Test
    void suffixesLinkEachVersionToTheDocumentItModifies() {
        Graph g = map("S/2016/867/Add.1/Corr.2");
        Node corrigendum = iri("un/doc/S/2016/867/Add.1/Corr.2");
        Node addendum = iri("un/doc/S/2016/867/Add.1");
        Node base = iri("un/doc/S/2016/867");
        assertThat(objects(g, corrigendum, Cito.corrects)).containsExactly(addendum);
        assertThat(objects(g, addendum, Frbr.supplementOf)).containsExactly(base);
        assertThat(objects(g, base, DcTerms.identifier)).containsExactly(text("S/2016/867"));
        assertThat(objects(g, corrigendum, DcTerms.date)).extracting(Node::getLiteralLexicalForm).containsExactly("2016");
    }

    @Test
    void romanAndArabicSessionsAreOneSessionAndJointSymbolsAreTheSameDocument() {
        Graph g = map("A/RES/217(III)", "A/47/277-S/24111");
        assertThat(objects(g, iri("un/doc/A/RES/217(III)"), Bibo.presentedAt)).containsExactly(iri("un/session/A/3"));
        Node joint = iri("un/doc/A/47/277-S/24111");
        assertThat(objects(g, iri("un/doc/S/24111"), Owl.sameAs)).containsExactly(joint);
        assertThat(objects(g, joint, DcTerms.identifier)).containsExactly(text("A/47/277-S/24111"));
    }

    @Test
    void aWhoResolutionIsIssuedByTheAssemblyAtItsSessionAndLinksTheWhoFileOnly() {
        Graph g = map("WHA77.17");
        Node doc = iri("un/doc/WHA77.17");
        Node assembly = iri("un/body/WHA");
        assertThat(objects(g, doc, Bibo.issuer)).containsExactly(assembly);
        assertThat(objects(g, assembly, Foaf.name)).containsExactly(text("World Health Assembly"));
        assertThat(objects(g, assembly, Owl.sameAs)).isEmpty();
        assertThat(objects(g, doc, Rdf.type)).contains(Undo.Resolution);
        assertThat(objects(g, doc, Bibo.presentedAt)).containsExactly(iri("un/session/WHA/77"));
        assertThat(objects(g, doc, Rdfs.seeAlso))
                .containsExactly(NodeFactory.createURI("https://apps.who.int/gb/ebwha/pdf_files/WHA77/A77_R17-en.pdf"));
        assertThat(objects(g, doc, Allot.hasRealization)).isEmpty();
    }

    @Test
    void textThatIsNotASymbolStaysAnIdentifierOnly() {
        Graph g = map("not a symbol");
        Node doc = iri("un/doc/not_a_symbol");
        assertThat(objects(g, doc, DcTerms.identifier)).containsExactly(text("not a symbol"));
        assertThat(objects(g, doc, Bibo.issuer)).isEmpty();
    }
}
