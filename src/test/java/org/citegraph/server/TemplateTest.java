package org.citegraph.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TemplateTest {

    record Person(String name, List<String> roles, Optional<String> note, boolean active) {}

    private static String render(String template, Object context) {
        return Template.parse("test", template).render(context, name -> Template.parse(name, "<{{name}}>")).html();
    }

    @Test
    void variablesAreEscaped() {
        assertThat(render("<p title=\"{{v}}\">{{v}}</p>", Map.of("v", "<b>\"a\" & 'b'</b>")))
                .isEqualTo("<p title=\"&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;\">&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;</p>");
    }

    @Test
    void safeHtmlIsWrittenAsIs() {
        assertThat(render("{{v}}", Map.of("v", new SafeHtml("<em>x</em>")))).isEqualTo("<em>x</em>");
    }

    @Test
    void sectionsIterateTestAndPushContext() {
        Person p = new Person("Ann", List.of("author", "editor"), Optional.of("n"), true);
        assertThat(render("{{#roles}}[{{.}} of {{name}}]{{/roles}}", p)).isEqualTo("[author of Ann][editor of Ann]");
        assertThat(render("{{#active}}on{{/active}}{{^active}}off{{/active}}", p)).isEqualTo("on");
        assertThat(render("{{#note}}({{.}}){{/note}}", p)).isEqualTo("(n)");
        assertThat(render("{{#roles?}}<ul>{{#roles}}<li>{{.}}</li>{{/roles}}</ul>{{/roles?}}", p))
                .isEqualTo("<ul><li>author</li><li>editor</li></ul>");
        Person empty = new Person("Bo", List.of(), Optional.empty(), false);
        assertThat(render("{{#roles?}}<ul>{{/roles?}}{{^roles?}}none{{/roles?}}{{#note}}x{{/note}}", empty)).isEqualTo("none");
    }

    @Test
    void nullComponentsRenderEmptyButDoNotFallThroughToOuterContexts() {
        record Inner(String name) {}
        record Outer(String name, Inner inner) {}
        assertThat(render("{{#inner}}[{{name}}]{{/inner}}", new Outer("outer", new Inner(null)))).isEqualTo("[]");
    }

    @Test
    void partialsAndDottedNames() {
        record Box(Person person) {}
        assertThat(render("{{#person}}{{> tag}}{{/person}} {{person.name}}", new Box(new Person("Cy", List.of(), Optional.empty(), false))))
                .isEqualTo("<Cy> Cy");
    }

    @Test
    void mistakesFailLoudly() {
        assertThatThrownBy(() -> render("{{missing}}", Map.of())).hasMessageContaining("no value for {{missing}}");
        assertThatThrownBy(() -> Template.parse("t", "{{#a}}x")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> Template.parse("t", "{{#a}}x{{/b}}")).hasMessageContaining("does not close");
        assertThatThrownBy(() -> Template.parse("t", "{{{raw}}}")).hasMessageContaining("not supported");
        assertThatThrownBy(() -> Template.parse("t", "{{&raw}}")).hasMessageContaining("not supported");
    }

    @Property
    void noTextFromTheDataCanOpenATagOrLeaveAnAttribute(@ForAll String text) {
        String escaped = render("{{t}}", Map.of("t", text));
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replace("&lt;", "").replace("&gt;", "").replace("&amp;", "").replace("&quot;", "").replace("&#39;", ""))
                .doesNotContain("&");
        // and escaping loses nothing
        assertThat(escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"))
                .isEqualTo(text);
    }
}
