package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;

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
}
