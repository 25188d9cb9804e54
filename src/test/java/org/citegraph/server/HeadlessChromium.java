package org.citegraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Drives headless Chromium over the DevTools protocol for browser tests: navigate, run script in
 * the page (to click links and submit forms as a person would), read the DOM; plus one-shot
 * {@code --screenshot} captures. Each instance uses a fresh profile directory.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--mute-audio");

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    HeadlessChromium(Path profile) throws Exception {
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--remote-debugging-port=0");
        command.add("--window-size=1280,1000");
        command.add("about:blank");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
        try {
            socket = connect(profile);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Waits for the DevTools port Chromium writes into its profile, and connects to its page. */
    private WebSocket connect(Path profile) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                process.destroyForcibly();
                throw new IOException("Chromium did not open its DevTools port");
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String pageSocket = null;
        while (pageSocket == null) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonArray targets = JSON.parseAny(list.body()).getAsArray();
            for (JsonValue target : targets) {
                JsonObject t = target.getAsObject();
                if ("page".equals(t.getString("type"))) pageSocket = t.getString("webSocketDebuggerUrl");
            }
            if (pageSocket == null) {
                if (System.nanoTime() > deadline) throw new IOException("Chromium has no page to drive");
                Thread.sleep(100);
            }
        }
        return http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** Sends one DevTools command (string or boolean parameters) and waits for its result. */
    JsonObject send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject parameters = new JsonObject();
        params.forEach((key, value) -> {
            if (value instanceof Boolean b) parameters.put(key, b);
            else parameters.put(key, String.valueOf(value));
        });
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", parameters);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.toStringFlat(message), true).get(30, TimeUnit.SECONDS);
        JsonObject reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.hasKey("error")) throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.hasKey("result") ? reply.getObj("result") : new JsonObject();
    }

    /**
     * Evaluates a JavaScript expression in the page and returns its value as text. A page that
     * navigates again on its own (a single-page app settling its route) can destroy the context an
     * evaluation runs in; reading expressions are then tried again on the new page.
     */
    String eval(String expression) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return evalOnce(expression);
            } catch (IllegalStateException e) {
                if (!isContextLost(e) || System.nanoTime() > deadline) throw e;
                Thread.sleep(200);
            }
        }
    }

    /** The page navigated while the evaluation ran, so its result is lost (DevTools error -32000). */
    private static boolean isContextLost(IllegalStateException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("navigated or closed") || message.contains("context was destroyed")
                || message.contains("Cannot find context") || message.contains("Cannot find default execution context");
    }

    private String evalOnce(String expression) throws Exception {
        JsonObject result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.hasKey("exceptionDetails")) throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        JsonObject value = result.getObj("result");
        if (value == null || !value.hasKey("value")) return "";
        JsonValue v = value.get("value");
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        if (v.isBoolean()) return Boolean.toString(v.getAsBoolean().value());
        return v.toString();
    }

    void navigate(String url) throws Exception {
        String before = eval("location.href");
        send("Page.navigate", Map.of("url", url));
        waitForPage(before, url);
    }

    /** Runs {@code action} (which should make the page navigate) and waits until the new page has loaded. */
    void andWaitForNavigation(String action) throws Exception {
        String marker = "cg" + ids.incrementAndGet();
        eval("window." + marker + " = true");
        try {
            evalOnce(action);
        } catch (IllegalStateException e) {
            // The action navigated before its result came back: that is the navigation awaited.
            // Running it again would act on the new page.
            if (!isContextLost(e)) throw e;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String state = eval("(window." + marker + " ? 'old' : 'new') + ' ' + document.readyState");
            if (state.equals("new complete")) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("no navigation after: " + action);
    }

    private void waitForPage(String before, String target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String state = eval("document.readyState + ' ' + location.href");
            if (state.startsWith("complete ") && (!state.endsWith(" " + before) || before.equals(target))) return;
            Thread.sleep(100);
        }
        throw new IllegalStateException("page did not load: " + target);
    }

    /** A PNG of {@code url} as a 1280-pixel-wide window shows it, via Chromium's own --screenshot. */
    static void screenshot(String url, Path png, Path profile, int height) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--window-size=1280," + height);
        command.add("--screenshot=" + png.toAbsolutePath());
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("Chromium did not finish the screenshot of " + url);
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is stopped below either way
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonObject message = JSON.parse(buffer.toString());
                    if (message.hasKey("id")) {
                        CompletableFuture<JsonObject> waiting = pending.remove(message.getNumber("id").intValue());
                        if (waiting != null) waiting.complete(message);
                    }
                } catch (RuntimeException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                } finally {
                    buffer.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
