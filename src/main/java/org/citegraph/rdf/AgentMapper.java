package org.citegraph.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.citegraph.model.Agent;
import org.citegraph.model.Organization;
import org.citegraph.model.Person;
import org.citegraph.rdf.vocab.Bibo;
import org.citegraph.rdf.vocab.DcTerms;
import org.citegraph.rdf.vocab.Fabio;
import org.citegraph.rdf.vocab.Foaf;
import org.citegraph.rdf.vocab.Frbr;
import org.citegraph.rdf.vocab.Oco;
import org.citegraph.rdf.vocab.Pro;
import org.citegraph.rdf.vocab.Rdf;
import org.citegraph.rdf.vocab.Rdfs;

/**
 * People, organisations and the roles they hold on a document: OCDM's ordered {@code pro:RoleInTime}
 * chains plus BIBO's {@code dcterms:creator}/{@code bibo:editor} and {@code rdf:Seq} lists.
 */
final class AgentMapper {

    private final IriMinter iris;
    private final QuadSink out;

    AgentMapper(IriMinter iris, QuadSink out) {
        this.iris = iris;
        this.out = out;
    }

    /** Authors in order; returns their role nodes (so the citing article can add affiliations). */
    List<Node> authors(Node document, List<Agent> authors) {
        List<Node> agents = describeAll(authors);
        agents.forEach(a -> out.add(document, DcTerms.creator, a));
        list(document, Bibo.authorList, "author", agents);
        return roles(document, Pro.author, "author", agents);
    }

    void editors(Node document, List<Agent> editors) {
        List<Node> agents = describeAll(editors);
        agents.forEach(a -> out.add(document, Bibo.editor, a));
        list(document, Bibo.editorList, "editor", agents);
        roles(document, Pro.editor, "editor", agents);
    }

    /** The publisher as an organisation: {@code dcterms:publisher} and a {@code pro:publisher} role. */
    Node publisher(Node document, String name) {
        Node org = organization(name);
        out.add(document, DcTerms.publisher, org);
        return roles(document, Pro.publisher, "publisher", List.of(org)).get(0);
    }

    void place(Node document, String name) {
        Node place = iris.place(name);
        out.type(place, Frbr.Place);
        out.text(place, Rdfs.label, name);
        out.add(document, Fabio.hasPlaceOfPublication, place);
    }

    Node organization(String name) {
        return describe(new Organization(name));
    }

    Node describe(Agent agent) {
        Node node = iris.agent(agent);
        out.type(node, Foaf.Agent);
        out.text(node, Foaf.name, agent.displayName());
        if (agent instanceof Person p) {
            out.type(node, Foaf.Person);
            out.text(node, Foaf.familyName, p.family());
            out.text(node, Foaf.givenName, p.given());
            out.text(node, Bibo.suffixName, p.suffix());
        } else {
            out.type(node, Foaf.Organization);
        }
        return node;
    }

    /** Extra roles PRO does not name (e.g. corresponding author), held by {@code agent} on {@code document}. */
    Node extraRole(Node document, Node roleType, String roleName, Node agent) {
        return roles(document, roleType, roleName, List.of(agent)).get(0);
    }

    private List<Node> describeAll(List<Agent> agents) {
        List<Node> nodes = new ArrayList<>();
        for (Agent a : agents) nodes.add(describe(a));
        return nodes;
    }

    private void list(Node document, Node listProperty, String roleName, List<Node> agents) {
        if (agents.isEmpty()) return;
        Node seq = iris.roleList(document, roleName);
        out.add(document, listProperty, seq);
        out.type(seq, Rdf.Seq);
        for (int i = 0; i < agents.size(); i++) out.add(seq, Rdf.li(i + 1), agents.get(i));
    }

    private List<Node> roles(Node document, Node role, String roleName, List<Node> agents) {
        List<Node> roles = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            Node r = iris.role(document, roleName, i + 1);
            out.add(document, Pro.isDocumentContextFor, r);
            out.type(r, Pro.RoleInTime);
            out.add(r, Pro.withRole, role);
            out.add(r, Pro.isHeldBy, agents.get(i));
            roles.add(r);
        }
        out.chain(Oco.hasNext, roles);
        return roles;
    }
}
