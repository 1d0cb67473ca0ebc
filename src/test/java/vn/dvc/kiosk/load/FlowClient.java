package vn.dvc.kiosk.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's own protocol, without a browser: the page load ({@code GET} with
 * {@code Accept: text/html}), the client bootstrap ({@code ?v-r=init}), the first navigation ({@code ui-navigate} on the
 * UI's body node), then UIDL messages ({@code POST ?v-r=uidl&v-uiId=N}) carrying the security key, the last server
 * sync id and the client's own message counter. It keeps just enough of the server's node tree (tags, attributes,
 * properties, children, text, published {@code @ClientCallable} methods) to find elements by their {@code id} the way
 * a Playwright test does. Its session cookie is its own: one {@code FlowClient} is one kiosk.
 * <p>
 * What a browser does that this does not: run the server's {@code executeJs} (answered only where the journey needs
 * it: never, so far), open the push WebSocket (this app sends XHR with {@code alwaysXhrToServer}; server-initiated
 * changes wait for the next request), load the JavaScript and styles, heartbeats (every 5 minutes: a kiosk thinks
 * far less between steps).
 */
final class FlowClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures ids) this client reads. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLIENT_CALLABLES = 19;

    /** The server answered something a browser would show as a problem (an error, a lost session, a resync). */
    static final class ProtocolError extends RuntimeException {
        ProtocolError(String message) {
            super(message);
        }
    }

    /** One element or text node as the server described it. */
    static final class Node {
        String tag;
        String text;
        final Map<String, Object> properties = new HashMap<>(4);
        final Map<String, Object> attributes = new HashMap<>(4);
        final List<Integer> children = new ArrayList<>(2);
        final List<String> clientCallables = new ArrayList<>(0);
    }

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Map<Integer, Node> nodes = new HashMap<>();
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int promises;
    /** Characters of every answer body so far (page, bootstrap and UIDL), for the size of each step's answers. */
    private long receivedChars;

    FlowClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** The browser loads {@code route} as a new page: the HTML shell, the bootstrap, then the first navigation. */
    void load(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(route + (query.isEmpty() ? "" : "?" + query)))
                .header("Accept", "text/html").header("Sec-Fetch-Dest", "document").GET());
        if (page.statusCode() != 200) {
            throw new ProtocolError("page " + route + " answered " + page.statusCode());
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/json").GET());
        if (init.statusCode() != 200) {
            throw new ProtocolError("init answered " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        nodes = new HashMap<>();
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = -1;
        clientId = 0;
        apply(uidl);
        navigate(route, query);
    }

    /** What the client does for a router link or {@code history.pushState}: a {@code ui-navigate} event. */
    void navigate(String route, String query) throws IOException, InterruptedException {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.set("historyState", NODES.objectNode().put("idx", 0));
        data.put("trigger", "");
        ObjectNode event = NODES.objectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        send(List.of(event));
    }

    /** Follows the router link with this id, as a finger on it does. */
    void followLink(String id) throws IOException, InterruptedException {
        String href = String.valueOf(element(id).attributes.get("href"));
        int question = href.indexOf('?');
        navigate(question < 0 ? href : href.substring(0, question), question < 0 ? "" : href.substring(question + 1));
    }

    static ObjectNode click(int node) {
        return NODES.objectNode().put("type", "event").put("node", node).put("event", "click")
                .set("data", NODES.objectNode());
    }

    static ObjectNode setProperty(int node, String property, String value) {
        return NODES.objectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", property).put("value", value);
    }

    static ObjectNode domEvent(int node, String event) {
        return NODES.objectNode().put("type", "event").put("node", node).put("event", event)
                .set("data", NODES.objectNode());
    }

    /** Calls a {@code @ClientCallable} method of the element with this id, as its web component's $server does. */
    ObjectNode callServer(String id, String method, String... args) {
        int node = nodeOf(id);
        if (!nodes.get(node).clientCallables.contains(method)) {
            throw new ProtocolError("#" + id + " publishes no " + method + " (has " + nodes.get(node).clientCallables + ")");
        }
        ArrayNode arguments = NODES.arrayNode();
        for (String arg : args) {
            arguments.add(arg);
        }
        ObjectNode call = NODES.objectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", arguments);
        call.put("promise", promises++);
        return call;
    }

    /** Sends one UIDL message with these invocations and applies the answer. */
    JsonNode send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        ArrayNode invocations = message.putArray("rpc");
        rpc.forEach(invocations::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
        if (response.statusCode() != 200) {
            throw new ProtocolError("UIDL answered " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(body);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta")) {
            JsonNode meta = answer.get("meta");
            if (meta.has("sessionExpired") || meta.has("appError")) {
                throw new ProtocolError("server meta " + meta);
            }
        }
        if (answer.has("resynchronize") || !answer.has("syncId")) {
            throw new ProtocolError("server asked to resynchronize: " + abbreviate(body));
        }
        apply(answer);
        return answer;
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, n -> new Node());
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> {
                    String key = change.path("key").asString();
                    Object value = change.has("nodeValue") ? (Object) change.get("nodeValue").asInt()
                            : scalar(change.get("value"));
                    switch (feature) {
                        case ELEMENT_DATA -> {
                            if (key.equals("tag")) {
                                node.tag = String.valueOf(value);
                            }
                        }
                        case PROPERTIES -> node.properties.put(key, value);
                        case ATTRIBUTES -> node.attributes.put(key, value);
                        case TEXT -> node.text = String.valueOf(value);
                        default -> {
                        }
                    }
                }
                case "remove" -> {
                    if (feature == PROPERTIES) {
                        node.properties.remove(change.path("key").asString());
                    } else if (feature == ATTRIBUTES) {
                        node.attributes.remove(change.path("key").asString());
                    }
                }
                case "splice" -> {
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    if (feature == CHILDREN) {
                        List<Integer> children = node.children;
                        for (int i = 0; i < remove && index < children.size(); i++) {
                            children.remove(index);
                        }
                        List<Integer> added = new ArrayList<>();
                        change.path("addNodes").forEach(n -> added.add(n.asInt()));
                        children.addAll(Math.min(index, children.size()), added);
                    } else if (feature == CLIENT_CALLABLES) {
                        change.path("add").forEach(n -> node.clientCallables.add(n.asString()));
                    }
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                }
            }
        }
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return value.toString();
    }

    Optional<Integer> find(String id) {
        for (Map.Entry<Integer, Node> entry : nodes.entrySet()) {
            Node node = entry.getValue();
            if (id.equals(node.attributes.get("id")) || id.equals(node.properties.get("id"))) {
                if (attached(entry.getKey())) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the node hangs from the UI's body: detached nodes the server did not tell us about are skipped. */
    private boolean attached(int id) {
        // the tree is small (a few hundred nodes): a parent search is cheap enough for a load client
        int current = id;
        for (int depth = 0; depth < 64; depth++) {
            if (current == 1) {
                return true;
            }
            Integer parent = parentOf(current);
            if (parent == null) {
                return false;
            }
            current = parent;
        }
        return false;
    }

    private Integer parentOf(int id) {
        for (Map.Entry<Integer, Node> entry : nodes.entrySet()) {
            if (entry.getValue().children.contains(id)) {
                return entry.getKey();
            }
        }
        // the UI's body hangs its view under flow-container-root (node 3) through a virtual child list
        return id == 3 ? 1 : null;
    }

    int nodeOf(String id) {
        return find(id).orElseThrow(() -> new ProtocolError("no #" + id + " on the screen " + screenIds()));
    }

    Node element(String id) {
        return nodes.get(nodeOf(id));
    }

    Node node(int id) {
        return nodes.get(id);
    }

    boolean has(String id) {
        return find(id).isPresent();
    }

    /** All text under the node, as a screen reader would read it (roughly). */
    String text(int id) {
        StringBuilder out = new StringBuilder();
        collectText(id, out, 0);
        return out.toString().strip();
    }

    private void collectText(int id, StringBuilder out, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 64) {
            return;
        }
        if (node.text != null) {
            out.append(node.text).append(' ');
        }
        for (int child : node.children) {
            collectText(child, out, depth + 1);
        }
    }

    /** Descendants of the node with this tag, in document order. */
    List<Integer> descendants(int id, String tag) {
        List<Integer> found = new ArrayList<>();
        collect(id, tag, found, 0);
        return found;
    }

    private void collect(int id, String tag, List<Integer> found, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 64) {
            return;
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null && tag.equals(c.tag)) {
                found.add(child);
            }
            collect(child, tag, found, depth + 1);
        }
    }

    String screenIds() {
        List<String> ids = new ArrayList<>();
        nodes.values().forEach(n -> {
            Object id = n.attributes.getOrDefault("id", n.properties.get("id"));
            if (id != null) {
                ids.add(String.valueOf(id));
            }
        });
        return ids.toString();
    }

    long receivedChars() {
        return receivedChars;
    }

    /** Forgets the node tree (keeps the session cookie and the UI's ids): for measuring the server's heap alone. */
    void forgetScreen() {
        nodes = new HashMap<>();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        receivedChars += response.body().length();
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
