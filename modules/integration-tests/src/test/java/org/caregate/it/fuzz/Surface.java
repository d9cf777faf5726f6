package org.caregate.it.fuzz;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caregate.it.Api;

/**
 * What the server offers, read from the server itself so that a new endpoint or field is fuzzed without an edit:
 * the REST operations of its OpenAPI document and the GraphQL queries and mutations of its introspection, with
 * their arguments' types.
 */
public record Surface(List<RestOperation> rest, List<GraphQlField> graphql, Map<String, GraphQlType> types) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One REST operation: its method, path template, parameters and the body example the document gives. */
    public record RestOperation(String method, String path, List<String> pathParameters, List<String> queryParameters,
                                String example) {

        public boolean writes() {
            return !method.equals("GET");
        }

        public boolean hasBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }
    }

    /** A type reference as introspection gives it: NON_NULL and LIST wrap a named type. */
    public record TypeRef(String kind, String name, TypeRef ofType) {

        static TypeRef of(JsonObject type) {
            return new TypeRef(type.getString("kind"), type.isNull("name") ? null : type.getString("name"),
                    type.containsKey("ofType") && !type.isNull("ofType") ? of(type.getJsonObject("ofType")) : null);
        }

        /** The named type under the wrappers. */
        public TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        public boolean isList() {
            return kind.equals("LIST") || kind.equals("NON_NULL") && ofType.isList();
        }

        /** As a variable declaration writes it: {@code [String]!}. */
        public String declared() {
            return switch (kind) {
                case "NON_NULL" -> ofType.declared() + "!";
                case "LIST" -> "[" + ofType.declared() + "]";
                default -> name;
            };
        }
    }

    /** An argument or input field: a name and a type. */
    public record Slot(String name, TypeRef type) {
    }

    /** A named type: its fields (output types), input fields (input types) or values (enums). */
    public record GraphQlType(String kind, String name, List<Slot> fields, List<Slot> inputFields, List<String> enumValues) {
    }

    /** A query or mutation field at the top of the schema. */
    public record GraphQlField(boolean mutation, String name, List<Slot> arguments, TypeRef type) {
    }

    private static final String INTROSPECTION = """
            { __schema { queryType { name } mutationType { name }
                types { kind name enumValues { name }
                  fields { name args { name type { ...T } } type { ...T } }
                  inputFields { name type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""";

    /** Reads both documents from the running server, with {@code key} for introspection. */
    public static Surface discover(String key) {
        JsonObject schema = Api.data(key, INTROSPECTION, null).getJsonObject("__schema");
        Map<String, GraphQlType> named = new LinkedHashMap<>();
        for (JsonValue value : schema.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            named.put(type.getString("name"), new GraphQlType(type.getString("kind"), type.getString("name"),
                    slots(type, "fields", "type"), slots(type, "inputFields", "type"), enumValues(type)));
        }
        List<GraphQlField> fields = new ArrayList<>();
        rootFields(schema, "queryType", false, fields);
        rootFields(schema, "mutationType", true, fields);
        return new Surface(restOperations(), List.copyOf(fields), named);
    }

    private static void rootFields(JsonObject schema, String root, boolean mutation, List<GraphQlField> into) {
        if (schema.isNull(root)) {
            return;
        }
        String rootName = schema.getJsonObject(root).getString("name");
        for (JsonValue value : schema.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            if (rootName.equals(type.getString("name"))) {
                for (JsonValue field : type.getJsonArray("fields")) {
                    JsonObject f = field.asJsonObject();
                    into.add(new GraphQlField(mutation, f.getString("name"), slots(f, "args", "type"),
                            TypeRef.of(f.getJsonObject("type"))));
                }
            }
        }
    }

    private static List<Slot> slots(JsonObject owner, String member, String typeMember) {
        if (!owner.containsKey(member) || owner.isNull(member)) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (JsonValue value : owner.getJsonArray(member)) {
            JsonObject slot = value.asJsonObject();
            slots.add(new Slot(slot.getString("name"), TypeRef.of(slot.getJsonObject(typeMember))));
        }
        return slots;
    }

    private static List<String> enumValues(JsonObject type) {
        if (type.isNull("enumValues")) {
            return List.of();
        }
        return type.getJsonArray("enumValues").stream().map(v -> v.asJsonObject().getString("name")).toList();
    }

    private static List<RestOperation> restOperations() {
        JsonObject paths = Api.json(Api.send(HttpRequest.newBuilder(Api.uri("/openapi?format=JSON"))).body())
                .getJsonObject("paths");
        List<RestOperation> operations = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (path.startsWith("/jms-probe/")) {
                continue; // the suite's own probe, deployed beside the EAR
            }
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject operation = item.getJsonObject(method);
                List<String> inPath = new ArrayList<>();
                List<String> inQuery = new ArrayList<>();
                parameters(item.getJsonArray("parameters"), inPath, inQuery);
                parameters(operation.getJsonArray("parameters"), inPath, inQuery);
                for (String segment : path.split("/")) {
                    if (segment.startsWith("{") && !inPath.contains(segment.substring(1, segment.length() - 1))) {
                        inPath.add(segment.substring(1, segment.length() - 1));
                    }
                }
                operations.add(new RestOperation(method.toUpperCase(java.util.Locale.ROOT), path, inPath, inQuery,
                        example(operation)));
            }
        }
        return operations;
    }

    private static void parameters(JsonArray parameters, List<String> inPath, List<String> inQuery) {
        if (parameters == null) {
            return;
        }
        for (JsonValue value : parameters) {
            JsonObject parameter = value.asJsonObject();
            String name = parameter.getString("name", null);
            String in = parameter.getString("in", "");
            if (name != null && in.equals("path") && !inPath.contains(name)) {
                inPath.add(name);
            } else if (name != null && in.equals("query") && !inQuery.contains(name)) {
                inQuery.add(name);
            }
        }
    }

    /** The body example the document gives for the operation, as JSON text, or {@code null}. */
    private static String example(JsonObject operation) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.containsKey("content")) {
            return null;
        }
        for (JsonValue media : body.getJsonObject("content").values()) {
            JsonObject content = media.asJsonObject();
            if (content.containsKey("example")) {
                return exampleText(content.get("example"));
            }
            if (content.containsKey("examples")) {
                for (JsonValue example : content.getJsonObject("examples").values()) {
                    if (example.asJsonObject().containsKey("value")) {
                        return exampleText(example.asJsonObject().get("value"));
                    }
                }
            }
        }
        return null;
    }

    private static String exampleText(JsonValue example) {
        return example instanceof jakarta.json.JsonString text ? text.getString() : example.toString();
    }
}
