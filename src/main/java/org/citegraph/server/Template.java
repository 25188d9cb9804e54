package org.citegraph.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small, strict subset of Mustache for the server's HTML pages.
 *
 * <ul>
 *   <li>{@code {{name}}} writes a value HTML-escaped; only {@link SafeHtml} values are written as is.
 *       There is deliberately no unescaped form.</li>
 *   <li>{@code {{#name}}…{{/name}}} renders its body for each element of a collection, once for
 *       {@code true}, a non-empty string or any other object (which becomes the current context),
 *       and not at all for {@code null}, {@code false}, an empty collection or an empty Optional.
 *       {@code {{^name}}…{{/name}}} is its inverse. {@code {{#name?}}…{{/name?}}} renders its body
 *       once, in the current context, when {@code name} is non-empty (for a wrapper around a list).</li>
 *   <li>{@code {{> name}}} includes another template; {@code {{! text}}} is a comment;
 *       {@code {{.}}} is the current context; {@code a.b} walks into a value.</li>
 * </ul>
 *
 * Values are looked up in records (by component name) and maps, from the innermost context
 * outwards. A name found nowhere is an error rather than silent blank output, so a typo in a
 * template fails the first test that renders it.
 */
public final class Template {

    private sealed interface Node permits Text, Variable, Section, Partial {}
    private record Text(String text) implements Node {}
    private record Variable(String name) implements Node {}
    private record Section(String name, boolean inverted, List<Node> body) implements Node {}
    private record Partial(String name) implements Node {}

    private static final Object NOT_FOUND = new Object();
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final String name;
    private final List<Node> nodes;

    private Template(String name, List<Node> nodes) {
        this.name = name;
        this.nodes = nodes;
    }

    /** Parses template text; {@code name} is used in error messages. */
    public static Template parse(String name, String text) {
        List<Node> root = new ArrayList<>();
        Deque<List<Node>> bodies = new ArrayDeque<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, inverted}
        bodies.push(root);
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf("{{", pos);
            if (start < 0) {
                bodies.peek().add(new Text(text.substring(pos)));
                break;
            }
            if (start > pos) bodies.peek().add(new Text(text.substring(pos, start)));
            int end = text.indexOf("}}", start + 2);
            if (end < 0) throw new IllegalArgumentException(name + ": unclosed {{ at offset " + start);
            String tag = text.substring(start + 2, end).trim();
            pos = end + 2;
            if (tag.isEmpty()) throw new IllegalArgumentException(name + ": empty tag at offset " + start);
            char kind = tag.charAt(0);
            String tagName = tag.substring(1).trim();
            switch (kind) {
                case '!' -> { }
                case '#', '^' -> {
                    open.push(new String[] {tagName, kind == '^' ? "^" : "#"});
                    bodies.push(new ArrayList<>());
                }
                case '/' -> {
                    if (open.isEmpty() || !open.peek()[0].equals(tagName))
                        throw new IllegalArgumentException(name + ": {{/" + tagName + "}} does not close "
                                + (open.isEmpty() ? "any section" : "{{#" + open.peek()[0] + "}}"));
                    String[] section = open.pop();
                    List<Node> body = bodies.pop();
                    bodies.peek().add(new Section(section[0], section[1].equals("^"), List.copyOf(body)));
                }
                case '>' -> bodies.peek().add(new Partial(tagName));
                case '{', '&' -> throw new IllegalArgumentException(
                        name + ": unescaped output {{" + tag + "}} is not supported; pass a SafeHtml value");
                default -> bodies.peek().add(new Variable(tag));
            }
        }
        if (!open.isEmpty()) throw new IllegalArgumentException(name + ": {{#" + open.peek()[0] + "}} is never closed");
        return new Template(name, List.copyOf(root));
    }

    public String name() {
        return name;
    }

    /** Renders with {@code context} as the outermost value; partials come from {@code partials}. */
    public SafeHtml render(Object context, Function<String, Template> partials) {
        StringBuilder out = new StringBuilder(4096);
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(context);
        render(nodes, stack, partials, out);
        return new SafeHtml(out.toString());
    }

    private void render(List<Node> list, Deque<Object> stack, Function<String, Template> partials, StringBuilder out) {
        for (Node node : list) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Variable variable) {
                Object value = lookup(variable.name(), stack);
                if (value instanceof Optional<?> optional) value = optional.orElse(null);
                if (value instanceof SafeHtml html) out.append(html.html());
                else if (value != null) out.append(Html.escape(String.valueOf(value)));
            } else if (node instanceof Section section) {
                renderSection(section, stack, partials, out);
            } else if (node instanceof Partial partial) {
                Template included = partials.apply(partial.name());
                if (included == null) throw new IllegalStateException(name + ": no template named " + partial.name());
                included.render(included.nodes, stack, partials, out);
            }
        }
    }

    private void renderSection(Section section, Deque<Object> stack, Function<String, Template> partials, StringBuilder out) {
        boolean testOnly = section.name().endsWith("?");
        String name = testOnly ? section.name().substring(0, section.name().length() - 1) : section.name();
        Object value = lookup(name, stack);
        if (value instanceof Optional<?> optional) value = optional.orElse(null);
        List<Object> items = items(value);
        if (testOnly) {
            if (items.isEmpty() == section.inverted()) render(section.body(), stack, partials, out);
            return;
        }
        if (section.inverted()) {
            if (items.isEmpty()) render(section.body(), stack, partials, out);
            return;
        }
        for (Object item : items) {
            boolean push = !(item instanceof Boolean);
            if (push) stack.push(item);
            render(section.body(), stack, partials, out);
            if (push) stack.pop();
        }
    }

    /** The contexts a section renders with: none for falsy values, each element of a collection, else the value. */
    private static List<Object> items(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) return List.of();
        if (value instanceof CharSequence text && text.isEmpty()) return List.of();
        if (value instanceof Collection<?> collection) return new ArrayList<>(collection);
        if (value instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            for (Iterator<?> it = iterable.iterator(); it.hasNext(); ) list.add(it.next());
            return list;
        }
        return List.of(value);
    }

    private Object lookup(String dotted, Deque<Object> stack) {
        if (dotted.equals(".")) return stack.peek();
        String[] parts = dotted.split("\\.");
        Object value = NOT_FOUND;
        for (Object context : stack) {
            value = property(context, parts[0]);
            if (value != NOT_FOUND) break;
        }
        if (value == NOT_FOUND) throw new IllegalStateException(name + ": no value for {{" + dotted + "}}");
        for (int i = 1; i < parts.length && value != null; i++) {
            if (value instanceof Optional<?> optional) value = optional.orElse(null);
            if (value == null) break;
            value = property(value, parts[i]);
            if (value == NOT_FOUND) throw new IllegalStateException(name + ": no value for {{" + dotted + "}}");
        }
        return value;
    }

    private static Object property(Object context, String key) {
        if (context instanceof Map<?, ?> map) return map.containsKey(key) ? map.get(key) : NOT_FOUND;
        if (context == null || !context.getClass().isRecord()) return NOT_FOUND;
        Method accessor = ACCESSORS.computeIfAbsent(context.getClass(), Template::accessors).get(key);
        if (accessor == null) return NOT_FOUND;
        try {
            return accessor.invoke(context);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + key + " of " + context.getClass().getSimpleName(), e);
        }
    }

    private static Map<String, Method> accessors(Class<?> recordClass) {
        Map<String, Method> byName = new ConcurrentHashMap<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            byName.put(component.getName(), accessor);
        }
        return byName;
    }
}
