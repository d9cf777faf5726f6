package org.caregate.it.matrix;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.caregate.it.Api;

/**
 * Every operation that takes an object id, as the server describes itself: GraphQL fields of Query and Mutation
 * whose arguments (or their input types' fields, one list of inputs deep) are ids, and REST operations with path
 * parameters or id-like query parameters in the OpenAPI document. Nothing is listed by hand, so an operation added
 * tomorrow is probed tomorrow.
 */
public final class Surface {

    private static final String INTROSPECTION = """
            { __schema { queryType { name } mutationType { name } types { kind name enumValues { name }
              fields { name args { name type { ...T } } type { ...T } }
              inputFields { name type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";
    private static final Pattern DESTRUCTIVE = Pattern.compile("^(delete|cancel|revoke|remove).*");
    private static final Pattern TIME = Pattern.compile("(?i).*(time|date).*");

    private final Map<String, JsonObject> types = new HashMap<>();
    private final List<Probe> probes = new ArrayList<>();
    private final Map<String, Map<String, String>> extraArguments;

    private Surface(Map<String, Map<String, String>> extraArguments) {
        this.extraArguments = extraArguments;
    }

    /**
     * The probes of the running server's GraphQL schema and OpenAPI document.
     *
     * @param extraArguments what a GraphQL query needs besides the probed id to be answered at all (a date range, the
     *                       caller's own provider for slots), by operation (or by probe, {@code op(arg)}, where one
     *                       argument needs others than the rest) and argument, as GraphQL literals in which
     *                       {@code {own:KIND}} stands for the caller's own object of that kind ({@link Tenant#fill})
     * @param restBodies     the body a REST write sends, by method and path
     */
    public static List<Probe> discover(Map<String, Map<String, String>> extraArguments, Map<String, String> restBodies) {
        Surface surface = new Surface(extraArguments);
        surface.graphql();
        surface.rest(restBodies);
        return surface.probes;
    }

    private void graphql() {
        JsonObject schema = Api.data(null, INTROSPECTION, null).getJsonObject("__schema");
        for (JsonValue type : schema.getJsonArray("types")) {
            types.put(type.asJsonObject().getString("name"), type.asJsonObject());
        }
        for (String root : List.of("queryType", "mutationType")) {
            String rootName = schema.getJsonObject(root).getString("name");
            String keyword = root.equals("queryType") ? "query" : "mutation";
            for (JsonValue field : types.get(rootName).getJsonArray("fields")) {
                operation(keyword, field.asJsonObject());
            }
        }
    }

    /** One probe per id parameter of the operation, at any depth of its inputs. */
    private void operation(String keyword, JsonObject field) {
        String name = field.getString("name");
        if (name.startsWith("__")) {
            return;
        }
        List<List<String>> idPaths = new ArrayList<>();
        for (JsonValue arg : field.getJsonArray("args")) {
            collectIds(name, List.of(arg.asJsonObject().getString("name")), arg.asJsonObject().getJsonObject("type"),
                    idPaths, 0);
        }
        boolean destructive = DESTRUCTIVE.matcher(name).matches();
        for (List<String> probed : idPaths) {
            Optional<Kind> kind = IdNames.kindOf(name, ownerOf(field, probed), probed.get(probed.size() - 1));
            if (kind.isEmpty()) {
                continue;
            }
            // a mutation changes the caller's own object, or creates one, naming B's in one place; a query's other
            // ids are alternative selectors, which would answer in the probed id's stead
            Map<List<String>, Kind> others = new HashMap<>();
            for (List<String> other : keyword.equals("mutation") ? idPaths : List.<List<String>>of()) {
                if (!other.equals(probed)) {
                    IdNames.kindOf(name, ownerOf(field, other), other.get(other.size() - 1))
                            .filter(k -> k != Kind.NOT_YET_BUILT).ifPresent(k -> others.put(other, k));
                }
            }
            String selection = selection(field.getJsonObject("type"), 0);
            Map<String, String> extra = extraArguments.getOrDefault(name + "(" + String.join(".", probed) + ")",
                    extraArguments.getOrDefault(name, Map.of()));
            probes.add(new Probe(name, String.join(".", probed), kind.get(), destructive,
                    (key, foreignId, own) -> {
                        Map<List<String>, String> values = new HashMap<>();
                        others.forEach((path, k) -> values.put(path, own.object(k)));
                        values.put(probed, foreignId);
                        String arguments = arguments(field.getJsonArray("args"), List.of(), values);
                        StringJoiner needed = new StringJoiner(", ");
                        extra.forEach((argument, value) -> {
                            if (!argument.equals(probed.get(0))) {
                                needed.add(argument + ": " + own.fill(value));
                            }
                        });
                        if (needed.length() > 0) {
                            arguments = arguments.isEmpty() ? "(" + needed + ")"
                                    : arguments.substring(0, arguments.length() - 1) + ", " + needed + ")";
                        }
                        return Api.graphqlResponse(key, keyword + " { " + name + arguments + selection + " }", null);
                    }));
        }
    }

    private void collectIds(String operation, List<String> path, JsonObject type, List<List<String>> found, int depth) {
        JsonObject named = named(type);
        String last = path.get(path.size() - 1);
        if (named.getString("kind").equals("INPUT_OBJECT") && depth < 2) {
            for (JsonValue input : types.get(named.getString("name")).getJsonArray("inputFields")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(input.asJsonObject().getString("name"));
                collectIds(operation, deeper, input.asJsonObject().getJsonObject("type"), found, depth + 1);
            }
        } else if (!named.getString("kind").equals("INPUT_OBJECT") && IdNames.isId(operation, last)) {
            found.add(path);
        }
    }

    /** The input type a nested parameter is a field of, or the operation for its own arguments. */
    private String ownerOf(JsonObject field, List<String> path) {
        String owner = field.getString("name");
        JsonArray fields = field.getJsonArray("args");
        for (String step : path.subList(0, path.size() - 1)) {
            owner = named(fields.stream().map(JsonValue::asJsonObject).filter(f -> f.getString("name").equals(step))
                    .findFirst().orElseThrow().getJsonObject("type")).getString("name");
            fields = types.get(owner).getJsonArray("inputFields");
        }
        return owner;
    }

    /** {@code (a: ..., input: {b: ...})}: the given values, and a plausible value for every required one. */
    private String arguments(JsonArray fields, List<String> at, Map<List<String>, String> values) {
        StringJoiner joined = new StringJoiner(", ", at.isEmpty() ? "(" : "{", at.isEmpty() ? ")" : "}");
        for (JsonValue value : fields) {
            JsonObject field = value.asJsonObject();
            List<String> path = new ArrayList<>(at);
            path.add(field.getString("name"));
            String literal = literal(field.getJsonObject("type"), path, values);
            if (literal != null) {
                joined.add(field.getString("name") + ": " + literal);
            }
        }
        return at.isEmpty() && joined.length() == 2 ? "" : joined.toString();
    }

    private String literal(JsonObject type, List<String> path, Map<List<String>, String> values) {
        boolean required = type.getString("kind").equals("NON_NULL");
        JsonObject unwrapped = required ? type.getJsonObject("ofType") : type;
        if (unwrapped.getString("kind").equals("LIST")) {
            String element = literal(unwrapped.getJsonObject("ofType"), path, values);
            return element == null ? (required ? "[]" : null) : "[" + element + "]";
        }
        JsonObject named = named(unwrapped);
        if (named.getString("kind").equals("INPUT_OBJECT")) {
            boolean any = values.keySet().stream().anyMatch(p -> p.size() > path.size() && p.subList(0, path.size())
                    .equals(path));
            return any || required ? arguments(types.get(named.getString("name")).getJsonArray("inputFields"), path, values)
                    : null;
        }
        String given = values.get(path);
        if (given != null) {
            return scalar(named.getString("name"), given);
        }
        return required ? placeholder(named, path.get(path.size() - 1)) : null;
    }

    private static String scalar(String typeName, String value) {
        return switch (typeName) {
            case "Int", "Float", "Long", "BigInteger" -> value.matches("-?\\d+") ? value : "0";
            case "Boolean" -> "true";
            default -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        };
    }

    private String placeholder(JsonObject named, String name) {
        if (named.getString("kind").equals("ENUM")) {
            return types.get(named.getString("name")).getJsonArray("enumValues").getJsonObject(0).getString("name");
        }
        return switch (named.getString("name")) {
            case "Int", "Long", "BigInteger" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "false";
            default -> TIME.matcher(name).matches() ? "\"2031-03-04T10:00:00Z\""
                    : name.toLowerCase(Locale.ROOT).contains("zone") ? "\"UTC\"" : "\"matrix\"";
        };
    }

    /** The fields an answer would show: scalars, and the scalars of nested objects one level down. */
    private String selection(JsonObject type, int depth) {
        JsonObject named = named(type);
        String kind = named.getString("kind");
        if (kind.equals("SCALAR") || kind.equals("ENUM")) {
            return "";
        }
        if (!kind.equals("OBJECT")) {
            return " { __typename }";
        }
        StringJoiner fields = new StringJoiner(" ", " { ", " }");
        for (JsonValue value : types.get(named.getString("name")).getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            boolean needsArguments = field.getJsonArray("args").stream()
                    .anyMatch(arg -> arg.asJsonObject().getJsonObject("type").getString("kind").equals("NON_NULL"));
            JsonObject fieldType = named(field.getJsonObject("type"));
            if (needsArguments) {
                continue;
            }
            if (fieldType.getString("kind").equals("SCALAR") || fieldType.getString("kind").equals("ENUM")) {
                fields.add(field.getString("name"));
            } else if (fieldType.getString("kind").equals("OBJECT") && depth < 1) {
                fields.add(field.getString("name") + selection(field.getJsonObject("type"), depth + 1));
            }
        }
        return fields.toString();
    }

    private static JsonObject named(JsonObject type) {
        JsonObject named = type;
        while (named.get("ofType") != null && named.get("ofType").getValueType() == JsonValue.ValueType.OBJECT) {
            named = named.getJsonObject("ofType");
        }
        return named;
    }

    private void rest(Map<String, String> bodies) {
        JsonObject document = Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/openapi?format=JSON"))).body());
        document.getJsonObject("paths").forEach((template, value) -> {
            if (template.startsWith("/jms-probe/")) {
                return; // the suite's own JMS probe, deployed beside the EAR
            }
            value.asJsonObject().forEach((method, operation) -> {
                if (operation.getValueType() != JsonValue.ValueType.OBJECT || !operation.asJsonObject()
                        .containsKey("responses")) {
                    return;
                }
                restOperation(template, method.toUpperCase(Locale.ROOT), operation.asJsonObject(), bodies);
            });
        });
    }

    private void restOperation(String template, String method, JsonObject operation, Map<String, String> bodies) {
        JsonArray parameters = operation.getJsonArray("parameters");
        if (parameters == null) {
            return;
        }
        for (JsonValue value : parameters) {
            JsonObject parameter = value.asJsonObject();
            String name = parameter.getString("name");
            String in = parameter.getString("in");
            if (!in.equals("path") && !(in.equals("query") && IdNames.isId(template, name))) {
                continue;
            }
            Optional<Kind> kind = IdNames.kindOf(template, template, name);
            if (kind.isEmpty()) {
                continue;
            }
            List<String> otherPathParameters = parameters.stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("in").equals("path") && !p.getString("name").equals(name))
                    .map(p -> p.getString("name")).toList();
            List<String> headers = parameters.stream().map(JsonValue::asJsonObject)
                    .filter(p -> p.getString("in").equals("header") && !p.getString("name").equalsIgnoreCase("Api-Key")
                            && !p.getString("name").equalsIgnoreCase("Authorization"))
                    .map(p -> p.getString("name")).toList();
            String body = bodies.get(method + " " + template);
            probes.add(new Probe(method + " " + template, name, kind.get(), method.equals("DELETE"),
                    (key, foreignId, own) -> {
                        String path = template;
                        for (String other : otherPathParameters) {
                            path = path.replace("{" + other + "}", own.object(IdNames.kindOf(template, template, other)
                                    .orElseThrow()));
                        }
                        path = in.equals("path") ? path.replace("{" + name + "}", foreignId)
                                : path + "?" + name + "=" + foreignId;
                        String sent = body == null ? null : own.fill(body);
                        String payload = sent == null && !method.equals("GET") && !method.equals("DELETE") ? "{}" : sent;
                        HttpRequest.Builder request = HttpRequest.newBuilder(Api.uri(path))
                                .header("Content-Type", "application/json").method(method, payload == null
                                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
                        headers.forEach(header -> request.header(header, "matrix"));
                        if (key != null) {
                            request.header("Api-Key", key);
                        }
                        return Api.send(request);
                    }));
        }
    }
}
