package org.caregate.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.caregate.it.fuzz.Surface.GraphQlField;
import org.caregate.it.fuzz.Surface.GraphQlType;
import org.caregate.it.fuzz.Surface.RestOperation;
import org.caregate.it.fuzz.Surface.Slot;
import org.caregate.it.fuzz.Surface.TypeRef;

/**
 * The seeded corpus: for every REST operation and every GraphQL query and mutation the {@link Surface} names, a
 * run of hostile requests — hostile path and query values, broken and hostile bodies, wrong and lying headers,
 * hostile arguments as literals and as variables — plus hostile envelopes and documents for the GraphQL endpoint.
 * The same seed gives the same corpus.
 */
public final class Corpus {

    /** The headers of a JSON request. */
    public static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final String SELECT_MESSAGES = "messages { field message }";

    /** Path values that are not what any path expects (already encoded as they go on the wire). */
    private static final List<String> PATH_VALUES = List.of("%00", "abc%00def", "99999999999999999999", "-1", "0",
            "%7F", "%FF%FE", "%C0%AE", "1e309", "%20", "x".repeat(3_000), "%2e%2e", "null", "9".repeat(2_000),
            "9223372036854775808", "2021-02-30");

    private final Hostile hostile;
    private final Random random;
    private final Surface surface;
    private final Map<String, String> realIds;
    private final JsonObject baseBody;
    private final List<Probe> probes = new ArrayList<>();

    /**
     * @param realIds  a real value per path parameter name, so a hostile body reaches the code that reads it
     * @param baseBody a body with every field the REST API knows, each with a plausible value
     */
    public Corpus(long seed, Surface surface, Map<String, String> realIds, JsonObject baseBody) {
        this.random = new Random(seed);
        this.hostile = new Hostile(random);
        this.surface = surface;
        this.realIds = realIds;
        this.baseBody = baseBody;
    }

    /** Every probe, in a deterministic order; a few in each hundred go without a key. */
    public List<Probe> generate() {
        for (RestOperation operation : surface.rest()) {
            rest(operation);
        }
        for (GraphQlField field : surface.graphql()) {
            graphQl(field);
        }
        envelopes();
        documents();
        return probes;
    }

    private void add(String label, String method, String path, Map<String, String> headers, byte[] body, boolean writes) {
        probes.add(new Probe(label, method, path, headers, body, hostile.chance(3), writes));
    }

    // ---------------------------------------------------------------- REST

    private void rest(RestOperation operation) {
        for (String parameter : operation.pathParameters()) {
            for (int i = 0; i < 8; i++) {
                String value = hostile.pick(PATH_VALUES);
                add("path " + parameter + "=" + shorten(value), operation.method(),
                        path(operation, parameter, value) + query(operation, null), JSON,
                        operation.hasBody() ? bytes(baseBody.toString()) : null, operation.writes());
            }
        }
        for (String parameter : operation.queryParameters()) {
            for (int i = 0; i < 6; i++) {
                JsonValue value = hostile.chance(50) ? hostile.number() : hostile.text();
                String text = value instanceof JsonString s ? s.getString() : value.toString();
                add("query " + parameter + "=" + shorten(text), operation.method(),
                        path(operation, null, null) + query(operation, Map.entry(parameter, text)), JSON,
                        operation.hasBody() ? bytes(baseBody.toString()) : null, operation.writes());
            }
        }
        if (!operation.hasBody()) {
            if (operation.pathParameters().isEmpty() && operation.queryParameters().isEmpty()) {
                add("plain", operation.method(), path(operation, null, null), Map.of("Content-Type", "text/plain"),
                        bytes("\u0000"), operation.writes());
            }
            return;
        }
        String path = path(operation, null, null) + query(operation, null);
        JsonObject base = operation.example() != null && operation.example().strip().startsWith("{")
                ? merge(baseBody, org.caregate.it.Api.json(operation.example())) : baseBody;
        for (String broken : brokenBodies(base.toString())) {
            add("broken body " + shorten(broken), operation.method(), path, JSON, bytes(broken), operation.writes());
        }
        for (int i = 0; i < 18; i++) {
            String field = hostile.pick(List.copyOf(base.keySet()));
            JsonValue value = hostileLike(base.get(field));
            add("field " + field + "=" + shorten(value.toString()), operation.method(), path, JSON,
                    bytes(with(base, field, value).toString()), operation.writes());
        }
        for (Lie lie : lies(base.toString())) {
            add(lie.label(), operation.method(), path, lie.headers(), lie.body(), operation.writes());
        }
    }

    private String path(RestOperation operation, String hostileParameter, String hostileValue) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            String value = parameter.equals(hostileParameter) ? hostileValue
                    : URLEncoder.encode(realIds.getOrDefault(parameter, "1"), StandardCharsets.UTF_8);
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    private String query(RestOperation operation, Map.Entry<String, String> hostileParameter) {
        if (operation.queryParameters().isEmpty()) {
            return "";
        }
        return "?" + operation.queryParameters().stream().map(name -> name + "=" + URLEncoder.encode(
                        hostileParameter != null && hostileParameter.getKey().equals(name) ? hostileParameter.getValue()
                                : realIds.getOrDefault(name, "1"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Bodies that are not one well-formed JSON object. */
    private static List<String> brokenBodies(String valid) {
        return List.of("", "null", "42", "\"text\"", "[]", "[" + valid + "]", valid.substring(0, valid.length() / 2),
                valid + " trailing garbage", valid + valid, valid + "}", "{'single': 'quotes'}", "{\"a\": NaN}",
                "{\"a\": 1,}", Hostile.deeplyNested(10_000, false), Hostile.deeplyNested(10_000, true),
                "{\"a\": " + Hostile.THOUSANDS_OF_DIGITS + "}", "\ufeff" + valid, "{\"a\":\"\\ud800\"}",
                "{\"a\": \"\\u0000\"}", valid.replaceFirst("\\{", "{\"__proto__\": {\"x\": 1}, "));
    }

    /** A valid body behind headers that misdescribe it, or bytes that are not what the headers say. */
    private record Lie(String label, Map<String, String> headers, byte[] body) {
    }

    private static List<Lie> lies(String valid) {
        List<Lie> lies = new ArrayList<>();
        for (String type : List.of("text/plain", "application/json; charset=ebcdic", "application/json; charset=UTF-16",
                "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/xml")) {
            lies.add(new Lie("Content-Type " + type, Map.of("Content-Type", type), bytes(valid)));
        }
        for (String encoding : List.of("gzip", "deflate, br")) {
            lies.add(new Lie("Content-Encoding " + encoding + " on a plain body",
                    Map.of("Content-Type", "application/json", "Content-Encoding", encoding), bytes(valid)));
        }
        lies.add(new Lie("invalid UTF-8 in a string", JSON, withByteInFirstString(valid, (byte) 0xC3)));
        lies.add(new Lie("raw NUL in a string", JSON, withByteInFirstString(valid, (byte) 0)));
        lies.add(new Lie("raw DEL in a string", JSON, withByteInFirstString(valid, (byte) 0x7F)));
        return lies;
    }

    /** The body with {@code b} put at the start of its first string value. */
    private static byte[] withByteInFirstString(String valid, byte b) {
        byte[] marked = bytes(valid.replaceFirst(":\\s*\"", ":\"\u0001"));
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] == 1) {
                marked[i] = b;
            }
        }
        return marked;
    }

    /** A hostile value shaped after a plausible one: numbers past bounds, hostile text, huge lists, or another type. */
    private JsonValue hostileLike(JsonValue plausible) {
        if (hostile.chance(20)) {
            return hostile.anything();
        }
        return switch (plausible.getValueType()) {
            case NUMBER -> hostile.number();
            case STRING -> hostile.chance(50) ? hostile.text() : hostile.chance(50) ? hostile.date() : hostile.id();
            case ARRAY -> hostile.chance(40) ? hostile.hugeList(first((JsonArray) plausible), hostile.chance(50) ? 70_000 : 5_000)
                    : Json.createArrayBuilder().add(hostile.anything()).add(hostile.text()).build();
            case OBJECT -> Json.createObjectBuilder().add("nested", hostile.anything()).build();
            default -> hostile.anything();
        };
    }

    private JsonValue first(JsonArray list) {
        return list.isEmpty() || list.get(0).toString().length() > 100 ? hostile.smallEntry() : list.get(0);
    }

    private static JsonObject with(JsonObject object, String field, JsonValue value) {
        JsonObjectBuilder copy = Json.createObjectBuilder(object);
        copy.add(field, value);
        return copy.build();
    }

    private static JsonObject merge(JsonObject base, JsonObject over) {
        JsonObjectBuilder merged = Json.createObjectBuilder(base);
        over.forEach(merged::add);
        return merged.build();
    }

    // ---------------------------------------------------------------- GraphQL

    private void graphQl(GraphQlField field) {
        int cases = Math.max(10, Math.min(24, 6 + 3 * slotCount(field.arguments(), 0)));
        String selection = selection(field.type());
        for (int i = 0; i < cases; i++) {
            boolean literal = hostile.chance(40);
            Map<String, JsonValue> values = new LinkedHashMap<>();
            List<Slot> arguments = field.arguments();
            for (Slot argument : arguments) {
                if (arguments.size() == 1 || hostile.chance(60)) {
                    values.put(argument.name(), value(argument.type(), 0));
                }
            }
            String keyword = field.mutation() ? "mutation" : "query";
            String label = (literal ? "literal " : "variables ") + field.name() + shorten(values.toString());
            if (literal) {
                String args = values.isEmpty() ? "" : values.entrySet().stream()
                        .map(e -> e.getKey() + ": " + literal(e.getValue())).collect(Collectors.joining(", ", "(", ")"));
                graphQlProbe(label, keyword + " { " + field.name() + args + selection + " }", null, field.mutation());
            } else {
                Map<String, TypeRef> types = field.arguments().stream()
                        .collect(Collectors.toMap(Slot::name, Slot::type));
                String declared = values.isEmpty() ? "" : values.keySet().stream()
                        .map(name -> "$" + name + ": " + types.get(name).declared()).collect(Collectors.joining(", ", "(", ")"));
                String args = values.isEmpty() ? "" : values.keySet().stream()
                        .map(name -> name + ": $" + name).collect(Collectors.joining(", ", "(", ")"));
                JsonObjectBuilder variables = Json.createObjectBuilder();
                values.forEach(variables::add);
                graphQlProbe(label, keyword + declared + " { " + field.name() + args + selection + " }",
                        variables.build(), field.mutation());
            }
        }
    }

    private int slotCount(List<Slot> slots, int depth) {
        int count = 0;
        for (Slot slot : slots) {
            count++;
            GraphQlType type = surface.types().get(slot.type().named().name());
            if (depth < 1 && type != null && type.kind().equals("INPUT_OBJECT")) {
                count += slotCount(type.inputFields(), depth + 1);
            }
        }
        return count;
    }

    private void graphQlProbe(String label, String query, JsonObject variables, boolean mutation) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        if (variables != null) {
            body.add("variables", variables);
        }
        add(label, "POST", "/graphql", JSON, bytes(body.build().toString()), mutation);
    }

    /** What to select of a field's type: a few scalars and the payload's messages, enough for resolvers to run. */
    private String selection(TypeRef type) {
        GraphQlType named = surface.types().get(type.named().name());
        if (named == null || !(named.kind().equals("OBJECT") || named.kind().equals("INTERFACE")
                || named.kind().equals("UNION"))) {
            return "";
        }
        List<String> picked = new ArrayList<>(List.of("__typename"));
        for (Slot field : named.fields()) {
            GraphQlType fieldType = surface.types().get(field.type().named().name());
            if (field.name().equals("messages")) {
                picked.add(SELECT_MESSAGES);
            } else if (fieldType != null && fieldType.kind().equals("SCALAR") && picked.size() < 5) {
                picked.add(field.name());
            }
        }
        return " { " + String.join(" ", picked) + " }";
    }

    /** A hostile value for a GraphQL type: past its bounds, malformed, huge, or of another type. */
    private JsonValue value(TypeRef type, int depth) {
        if (hostile.chance(12)) {
            return hostile.anything();
        }
        switch (type.kind()) {
            case "NON_NULL":
                return value(type.ofType(), depth);
            case "LIST":
                if (hostile.chance(25)) {
                    return hostile.hugeList(hostile.smallEntry(), hostile.chance(50) ? 20_000 : 1_001);
                }
                return Json.createArrayBuilder().add(value(type.ofType(), depth + 1)).add(value(type.ofType(), depth + 1)).build();
            default:
                break;
        }
        GraphQlType named = surface.types().get(type.name());
        switch (type.name()) {
            case "Int", "Float", "BigInteger", "BigDecimal", "Long":
                return hostile.number();
            case "ID":
                return hostile.id();
            case "Boolean":
                return hostile.anything();
            case "String":
                return hostile.chance(25) ? hostile.date() : hostile.text();
            default:
                break;
        }
        if (named != null && named.kind().equals("ENUM")) {
            return Json.createValue(hostile.chance(70) ? hostile.pick(named.enumValues()) : "NOT_A_VALUE\u0000");
        }
        if (named != null && named.kind().equals("INPUT_OBJECT") && depth < 4) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (Slot field : named.inputFields()) {
                if (hostile.chance(45)) {
                    object.add(field.name(), value(field.type(), depth + 1));
                }
            }
            if (hostile.chance(5)) {
                object.add("not_a_field", hostile.text());
            }
            return object.build();
        }
        return hostile.text();
    }

    /** A JSON value as a GraphQL literal. */
    static String literal(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .map(e -> e.getKey() + ": " + literal(e.getValue())).collect(Collectors.joining(", ", "{", "}"));
            case ARRAY -> value.asJsonArray().stream().map(Corpus::literal).collect(Collectors.joining(", ", "[", "]"));
            case NUMBER -> ((JsonNumber) value).toString();
            default -> value.toString();
        };
    }

    /** Bodies for {@code /graphql} that are not one well-formed GraphQL request. */
    private void envelopes() {
        String valid = "{\"query\": \"{ __typename }\"}";
        for (String broken : List.of("", "null", "42", "\"{ __typename }\"", "[" + valid + "," + valid + "]",
                "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}", "{\"query\": 5}", "{\"query\": null}",
                "{\"query\": \"{ __typename }\", \"operationName\": 5}", "{\"query\": \"{ __typename }\", \"variables\": []}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}", valid + " trailing garbage",
                "{\"query\": \"{ __typename }\", \"variables\": " + Hostile.deeplyNested(10_000, false) + "}",
                "{\"query\": \"{ __typename }\", \"variables\": {\"a\": " + Hostile.THOUSANDS_OF_DIGITS + "}}",
                "{\"query\": \"{ __typename }\", \"variables\": {\"a\": \"\\u0000\"}}", "{\"query\": \"{ __typename \"",
                Hostile.deeplyNested(10_000, true), "{\"query\": \"" + "{ __typename }".repeat(1) + "\", \"query\": 1}")) {
            add("graphql envelope " + shorten(broken), "POST", "/graphql", JSON, bytes(broken), false);
        }
        for (Lie lie : lies(valid)) {
            add("graphql " + lie.label(), "POST", "/graphql", lie.headers(), lie.body(), false);
        }
        add("graphql as application/graphql", "POST", "/graphql", Map.of("Content-Type", "application/graphql"),
                bytes("{ __typename }"), false);
        for (String query : List.of("{ __typename", "{ user(id: \"\\u0000\") { id } }", "%00")) {
            add("graphql GET " + shorten(query), "GET", "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    Map.of(), null, false);
        }
    }

    /** Documents that are too wide, too deep, too long, or wrong in ways GraphQL's validation must catch. */
    private void documents() {
        List<String> documents = new ArrayList<>();
        documents.add("{ " + java.util.stream.IntStream.range(0, 25).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ")) + " }");
        documents.add("{ __schema { types { " + "fields { type { ".repeat(12) + "name" + " } }".repeat(12) + " } } }");
        documents.add("{ " + "__typename ".repeat(16_000) + "}");
        documents.add("query A { __typename } query B { __typename }");
        documents.add("fragment F on Query { ...G } fragment G on Query { ...F } { ...F }");
        documents.add("{ __typename @skip(if: \"yes\") }");
        documents.add("query($a: Int) { __typename }");
        documents.add("{ user(id: $undeclared) { id } }");
        documents.add("{ user(id: 1) { no_such_field } }");
        documents.add("subscription { __typename }");
        documents.add("{ user(id: \"\\u0000\") { id first_name } }");
        documents.add("{ user(id: \"\u0000\") { id } }");
        documents.add("{ users(offset: " + Hostile.THOUSANDS_OF_DIGITS + ") { id } }");
        documents.add("{ users(offset: 1e309) { id } }");
        documents.add("{ users(keywords: \"" + "\\u0000".repeat(10) + "\") { id } }");
        documents.add("{ users(offset: 4294967297) { id } }");
        documents.add("{ users(offset: -2147483649) { id } }");
        documents.add("{ " + "user { organization { ".repeat(10) + "id" + " } }".repeat(10) + " }");
        for (String document : documents) {
            graphQlProbe("document " + shorten(document), document, null, false);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        String printable = text.codePoints().map(c -> c < 0x20 || c == 0x7f ? '·' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 60 ? printable.substring(0, 60) + "…(" + text.length() + ")" : printable;
    }
}
