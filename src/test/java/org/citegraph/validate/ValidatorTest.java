package org.citegraph.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes and the term check against a hand-written graph in citegraph's shape, then against
 * single mutations of it, each of which must be caught with a message that names the node.
 */
class ValidatorTest {

    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX bibo: <http://purl.org/ontology/bibo/>
            PREFIX fabio: <http://purl.org/spar/fabio/>
            PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/>
            PREFIX pro: <http://purl.org/spar/pro/>
            PREFIX oco: <https://w3id.org/oc/ontology/>
            PREFIX datacite: <http://purl.org/spar/datacite/>
            PREFIX literal: <http://www.essepuntato.it/2010/06/literalreification/>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX biro: <http://purl.org/spar/biro/>
            PREFIX br: <https://example.org/t/br/>
            PREFIX ar: <https://example.org/t/ar/>
            PREFIX ra: <https://example.org/t/ra/>
            PREFIX id: <https://example.org/t/id/>
            PREFIX be: <https://example.org/t/be/>
            PREFIX ci: <https://example.org/t/ci/>
            """;

    static Validator validator;

    @BeforeAll
    static void load() {
        validator = Validator.standard();
    }

    static Graph valid() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source("src/test/resources/validate/valid.ttl").parse(g);
        return g;
    }

    static ValidationReport after(String update) {
        Graph g = valid();
        UpdateAction.parseExecute(PREFIXES + update, g);
        return validator.validate(g);
    }

    @Test
    void theHandWrittenGraphConforms() {
        ValidationReport report = validator.validate(valid());
        assertThat(report.problems()).as(report.toText()).isEmpty();
        assertThat(report.toText()).startsWith("valid: ");
    }

    @Test
    void referenceWithoutCitedWork() {
        ValidationReport r = after("DELETE DATA { be:1-2 biro:references br:7 }");
        assertThat(r.problems(Validator.SHAPE_CHECK)).anySatisfy(p -> {
            assertThat(p.focus()).contains("be/1-2");
            assertThat(p.message()).contains("exactly one cited work");
        });
    }

    @Test
    void unDocumentVersionNeedsOneLanguageAndOneDocument() {
        String version = "INSERT DATA { <https://example.org/t/un/version/fr/S/PV.1> a <https://w3id.org/un/ontology/undo/DocumentVersion> ;"
                + " dcterms:language <http://id.loc.gov/vocabulary/iso639-1/fr>, <http://id.loc.gov/vocabulary/iso639-1/en> }";
        ValidationReport r = after(version);
        assertThat(r.problems(Validator.SHAPE_CHECK)).anySatisfy(p -> {
            assertThat(p.focus()).contains("un/version/fr/S/PV.1");
            assertThat(p.message()).contains("exactly one language");
        }).anySatisfy(p -> assertThat(p.message()).contains("realises exactly one undo:Document"));
    }

    @Test
    void citationWithoutCitedWork() {
        ValidationReport r = after("DELETE DATA { ci:1-2 cito:hasCitedEntity br:2 }");
        assertThat(r.problems(Validator.SHAPE_CHECK))
                .anySatisfy(p -> assertThat(p.message()).contains("exactly one cited work"));
    }

    @Test
    void workWithoutTitleOrIdentifier() {
        ValidationReport r = after("DELETE DATA { br:7 dcterms:title \"Introduction\" }");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.focus()).contains("br/7");
            assertThat(p.message()).contains("title or an identifier");
        });
    }

    @Test
    void workWithoutFabioExpressionType() {
        ValidationReport r = after("DELETE DATA { br:7 a fabio:Expression }");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("fabio:Expression"));
    }

    @Test
    void twoFirstAuthorsMeanUnorderedRoles() {
        ValidationReport r = after("DELETE DATA { ar:6 oco:hasNext ar:7 }");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.focus()).contains("br/7");
            assertThat(p.message()).contains("not one oco:hasNext chain").contains("2 first roles");
        });
    }

    @Test
    void cyclicRoleChainHasNoFirstRole() {
        ValidationReport r = after("INSERT DATA { ar:7 oco:hasNext ar:6 }");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("0 first roles"));
    }

    @Test
    void hasNextAcrossWorksOrRoleKinds() {
        ValidationReport across = after("DELETE DATA { ar:9 a pro:RoleInTime } ; INSERT DATA { ar:7 oco:hasNext ar:20 }");
        assertThat(across.problems()).anySatisfy(p -> assertThat(p.message()).contains("same kind on the same work"));
        ValidationReport kinds = after("INSERT DATA { ar:9 oco:hasNext ar:10 }");
        assertThat(kinds.problems()).anySatisfy(p -> assertThat(p.message()).contains("same kind on the same work"));
    }

    @Test
    void pagesMustBeStrings() {
        ValidationReport r = after("DELETE DATA { br:2 bibo:pageStart \"471\" } ; INSERT DATA { br:2 bibo:pageStart 471 }");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("bibo:pageStart"));
    }

    @Test
    void datesMustBeTypedByPrecision() {
        ValidationReport untyped = after("DELETE DATA { br:2 prism:publicationDate \"2001\"^^xsd:gYear } ;"
                + " INSERT DATA { br:2 prism:publicationDate \"2001\" }");
        assertThat(untyped.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("prism:publicationDate"));
        ValidationReport illFormed = after("DELETE DATA { br:2 dcterms:issued \"2001\"^^xsd:gYear } ;"
                + " INSERT DATA { br:2 dcterms:issued \"2001-13\"^^xsd:gYearMonth }");
        assertThat(illFormed.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("dcterms:issued"));
        ValidationReport twoDates = after("INSERT DATA { br:2 dcterms:issued \"2001-03\"^^xsd:gYearMonth }");
        assertThat(twoDates.problems()).anySatisfy(p -> assertThat(p.path()).isEqualTo("dcterms:issued"));
    }

    @Test
    void doisMustBeLowerCase() {
        ValidationReport node = after("DELETE DATA { id:1 literal:hasLiteralValue \"10.5555/ris.2001.027\" } ;"
                + " INSERT DATA { id:1 literal:hasLiteralValue \"10.5555/RIS.2001.027\" }");
        assertThat(node.problems()).anySatisfy(p -> {
            assertThat(p.focus()).contains("id/1");
            assertThat(p.message()).contains("malformed").contains("10.5555/RIS.2001.027");
        });
        ValidationReport bibo = after("DELETE DATA { br:2 bibo:doi \"10.5555/ris.2001.027\" } ;"
                + " INSERT DATA { br:2 bibo:doi \"10.5555/RIS.2001.027\" }");
        assertThat(bibo.problems()).anySatisfy(p -> assertThat(p.message()).contains("lower-case DOI"));
    }

    @Test
    void malformedIsbnAndWikidataIdentifiers() {
        ValidationReport isbn = after("DELETE DATA { id:2 literal:hasLiteralValue \"9783030107101\" } ;"
                + " INSERT DATA { id:2 literal:hasLiteralValue \"978-3-030-10710-1\" }");
        assertThat(isbn.problems()).anySatisfy(p -> assertThat(p.message()).contains("malformed"));
        ValidationReport qid = after("INSERT DATA { br:2 datacite:hasIdentifier id:99 . id:99 a datacite:Identifier ;"
                + " datacite:usesIdentifierScheme datacite:wikidata ; literal:hasLiteralValue \"wd:Q42\" }");
        assertThat(qid.problems()).anySatisfy(p -> assertThat(p.message()).contains("malformed").contains("wd:Q42"));
    }

    @Test
    void identifierNodesAreNeverShared() {
        ValidationReport r = after("INSERT DATA { br:7 datacite:hasIdentifier id:1 }");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.focus()).contains("id/1");
            assertThat(p.message()).contains("exactly one entity");
        });
    }

    @Test
    void personAndOrganizationAreDisjoint() {
        ValidationReport r = after("INSERT DATA { ra:3 a foaf:Organization }");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("disjoint"));
    }

    /** The two footnotes of the hand-written graph turned into the entries of a reference list. */
    static final String AS_REFERENCE_LIST = """
            PREFIX deo: <http://purl.org/spar/deo/>
            PREFIX doco: <http://purl.org/spar/doco/>
            PREFIX frbr: <http://purl.org/vocab/frbr/core#>
            PREFIX de: <https://example.org/t/de/>
            DELETE DATA { de:1 a doco:Footnote . de:2 a doco:Footnote } ;
            INSERT DATA {
              br:1 frbr:part de:list .
              de:list a deo:DiscourseElement , doco:BibliographicReferenceList , biro:ReferenceList ;
                      frbr:part de:1 , de:2 .
              de:1 a deo:BibliographicReference . de:2 a deo:BibliographicReference .
            }
            """;

    @Test
    void aReferenceListWithItsEntriesConforms() {
        ValidationReport r = after(AS_REFERENCE_LIST);
        assertThat(r.problems()).as(r.toText()).isEmpty();
    }

    @Test
    void aReferenceListEntryOutsideTheListOrAlsoAFootnoteIsCaught() {
        ValidationReport outside = after(AS_REFERENCE_LIST + """
                ; DELETE DATA { <https://example.org/t/de/list> <http://purl.org/vocab/frbr/core#part> <https://example.org/t/de/2> }""");
        assertThat(outside.problems(Validator.SHAPE_CHECK)).anySatisfy(p -> {
            assertThat(p.focus()).contains("de/2");
            assertThat(p.message()).contains("exactly one reference list");
        });
        ValidationReport both = after(AS_REFERENCE_LIST + """
                ; INSERT DATA { <https://example.org/t/de/1> a <http://purl.org/spar/doco/Footnote> }""");
        assertThat(both.problems(Validator.SHAPE_CHECK)).anySatisfy(p -> assertThat(p.focus()).contains("de/1"));
    }

    @Test
    void termCheckCatchesUndeclaredAndUnknownTerms() {
        ValidationReport r = after("""
                INSERT DATA {
                  br:2 fabio:hasTitle "x" ;
                       a bibo:Transcript ;
                       <http://example.org/vocab/rating> 5 .
                  ci:1-2 cito:hasCitationCharacterisation cito:citesAsEvidence .
                  id:1 datacite:usesIdentifierScheme datacite:doii .
                }""");
        List<String> messages = r.problems(TermChecker.CHECK).stream().map(Problem::message).toList();
        assertThat(messages).contains(
                "property fabio:hasTitle is not declared in fabio.ttl",
                "class bibo:Transcript is not declared in bibo.rdf",
                "property cito:hasCitationCharacterisation is not declared in cito.ttl",
                "term datacite:doii is not declared in datacite.ttl",
                "property <http://example.org/vocab/rating> is from no bundled ontology");
        assertThat(messages).hasSize(5);
    }
}
