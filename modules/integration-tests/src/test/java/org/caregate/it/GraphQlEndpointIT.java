package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The GraphQL endpoint itself: the schema, the explorer, limits on abusive documents. */
class GraphQlEndpointIT {

    @Test
    void theSchemaIsServedAsSdlWithHealthiesNames() {
        HttpResponse<String> schema = Api.send(HttpRequest.newBuilder(Api.uri("/graphql/schema.graphql")));
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("createClient(input: createClientInput): userPayload")
                .contains("users(active_status: String")
                .contains("bulkUpdateClients(input: bulkUpdateClientsInput)")
                .doesNotContain("_service");
    }

    @Test
    void theApiExplorerPageAndItsScriptAreServed() {
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/graphql-ui/"))).body()).contains("graphiql");
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/graphql-ui/render.js"))).statusCode()).isEqualTo(200);
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/openapi-ui/"))).body()).contains("swagger-ui");
        assertThat(Api.send(HttpRequest.newBuilder(Api.uri("/openapi"))).body()).contains("/qapi/v1/patients/{patient_id}");
    }

    @Test
    void tooDeepADocumentIsRefusedBeforeItRuns() {
        String deep = "{ users { active_tags { tagged_users { active_tags { tagged_users { active_tags { tagged_users {"
                + " active_tags { tagged_users { active_tags { tagged_users { active_tags { tagged_users { active_tags {"
                + " tagged_users { id } } } } } } } } } } } } } } } }";
        String answer = Api.graphql(TestServer.BOOTSTRAP_KEY, deep, null).toString();
        assertThat(answer).containsIgnoringCase("depth");
        assertThat(answer).doesNotContain("\"users\":[");
    }

    @Test
    void malformedRequestBodiesGetAClearBadRequestAndNoSystemError() {
        // issue 11 finding 9: these answered 500 or "System error" from the engine
        java.util.Map<String, String> bodies = java.util.Map.of(
                "broken JSON", "{\"query\": ",
                "empty", "",
                "null", "null",
                "a bare scalar", "42",
                "a batch", "[{\"query\": \"{ __typename }\"}, {\"query\": \"{ __typename }\"}]",
                "variables as a string", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}");
        bodies.forEach((what, body) -> {
            HttpResponse<String> response = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + TestServer.BOOTSTRAP_KEY).header("AuthorizationSource", "API")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            assertThat(Api.json(response.body()).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                    .getString("code")).as(what).isEqualTo("BAD_REQUEST");
            assertThat(response.body()).as(what).doesNotContain("System error").doesNotContain("Exception");
        });
        HttpResponse<String> gzip = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .header("Authorization", "Basic " + TestServer.BOOTSTRAP_KEY).header("AuthorizationSource", "API")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")));
        assertThat(gzip.statusCode()).isEqualTo(400);
        HttpResponse<String> charset = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json; charset=bogus")
                .header("Authorization", "Basic " + TestServer.BOOTSTRAP_KEY).header("AuthorizationSource", "API")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")));
        assertThat(charset.statusCode()).isEqualTo(400);
    }

    @Test
    void aDocumentThatAsksForTooMuchIsRefusedBeforeItRunsAndTheExplorersIntrospectionIsNot() {
        // issue 11 finding 2: 500 aliases of appointments(is_org: true, filter: "all") filled the heap
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            aliases.append(" a").append(i).append(": appointments(is_org: true, filter: \"all\") { id }");
        }
        HttpResponse<String> refused = Api.graphqlResponse(TestServer.BOOTSTRAP_KEY, aliases.append(" }").toString(), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 20 fields");

        String introspection = """
                query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
                  types { ...FullType } directives { name description locations args { ...InputValue } } } }
                fragment FullType on __Type { kind name description
                  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }
                    isDeprecated deprecationReason }
                  inputFields { ...InputValue } interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
                  possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""";
        JsonObject schema = Api.data(TestServer.BOOTSTRAP_KEY, introspection, null);
        assertThat(schema.getJsonObject("__schema").getJsonArray("types")).isNotEmpty();
    }
}
