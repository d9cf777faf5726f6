package org.caregate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Every mutation leaves an append-only audit record an auditor can read with SQL (docs/security.md). */
class AuditIT {

    @Test
    void aMutationIsAuditedWithActorOrganizationTargetRequestAndAddress() throws SQLException {
        String unique = Api.unique();
        String requestId = "audit-test-" + unique;
        String body = "{\"query\":\"mutation { createClient(input: {first_name: \\\"Audit\\\", last_name: \\\"Ed" + unique
                + "\\\", skipped_email: true}) { user { id } } }\"}";
        String response = Api.send(HttpRequest.newBuilder(Api.uri("/graphql"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .header("Authorization", "Basic " + TestServer.BOOTSTRAP_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(body))).body();
        String patientId = Api.json(response).getJsonObject("data").getJsonObject("createClient").getJsonObject("user").getString("id");

        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT actor_user_id, organization_id, action, target_type, target_id, client_address"
                     + " FROM audit.audit_event WHERE request_id = ?")) {
            query.setString(1, requestId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("actor_user_id")).isEqualTo(Fixtures.currentUserId(TestServer.BOOTSTRAP_KEY));
                assertThat(row.getLong("organization_id")).isEqualTo(1L);
                assertThat(row.getString("action")).isEqualTo("patient.created");
                assertThat(row.getString("target_type")).isEqualTo("patient");
                assertThat(row.getString("target_id")).isEqualTo(patientId);
                assertThat(row.getString("client_address")).isEqualTo("127.0.0.1");
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit.audit_event SET action = 'forged'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit.audit_event"))
                    .hasMessageContaining("append-only");
        }
    }

    private static Connection connect() throws SQLException {
        return TestServer.get().connectToDatabase();
    }
}
