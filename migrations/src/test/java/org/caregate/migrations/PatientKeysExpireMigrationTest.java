package org.caregate.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caregate.migrations.Statements.flyway;
import static org.caregate.migrations.Statements.id;
import static org.caregate.migrations.Statements.rows;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V15 gives the API keys patients minted before issue 11 an end, 30 days on, and leaves members' keys, revoked keys
 * and sessions as they were.
 */
class PatientKeysExpireMigrationTest {

    private static final OffsetDateTime SESSION_ENDS = OffsetDateTime.of(2026, 12, 1, 21, 0, 0, 0, ZoneOffset.UTC);

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    @Test
    void aPatientsLiveKeyGetsThirtyDaysAndNothingElseChanges() throws Exception {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        flyway(db).target(MigrationVersion.fromVersion("14")).load().migrate();
        long patientsKey;
        long revokedKey;
        long session;
        long membersKey;
        try (Connection c = db.getConnection()) {
            long organization = id(c, "INSERT INTO identity.organization (name) VALUES ('Clinic') RETURNING id");
            long patient = user(c, organization, "PATIENT");
            long provider = user(c, organization, "PROVIDER");
            patientsKey = key(c, patient, organization, "API_KEY", null, null);
            revokedKey = key(c, patient, organization, "API_KEY", null, SESSION_ENDS.minusDays(1));
            session = key(c, patient, organization, "SESSION", SESSION_ENDS, null);
            membersKey = key(c, provider, organization, "API_KEY", null, null);
        }

        flyway(db).load().migrate();

        try (Connection c = db.getConnection()) {
            assertThat(rows(c, "SELECT expires_at - now() BETWEEN interval '29 days 23 hours' AND interval '30 days'"
                    + " AS thirty_days FROM identity.api_key WHERE id = ?", patientsKey))
                    .containsExactly(Map.of("thirty_days", true));
            assertThat(rows(c, "SELECT expires_at IS NULL AS unending FROM identity.api_key WHERE id IN (?, ?)"
                    + " ORDER BY id", revokedKey, membersKey)).containsExactly(Map.of("unending", true),
                    Map.of("unending", true));
            assertThat(rows(c, "SELECT expires_at FROM identity.api_key WHERE id = ?", session))
                    .containsExactly(Map.of("expires_at", SESSION_ENDS));
        }
    }

    private static long user(Connection c, long organization, String role) throws Exception {
        return id(c, "INSERT INTO identity.app_user (organization_id, role, first_name, last_name) VALUES (?, ?, 'A', 'B')"
                + " RETURNING id", organization, role);
    }

    private static long key(Connection c, long user, long organization, String kind, OffsetDateTime expiresAt,
                            OffsetDateTime revokedAt) throws Exception {
        return id(c, "INSERT INTO identity.api_key (user_id, organization_id, kind, displayable_key, secret_hash,"
                + " expires_at, revoked_at) VALUES (?, ?, ?, 'cg_x', ?, ?, ?) RETURNING id", user, organization, kind,
                (kind + user + expiresAt + revokedAt).getBytes(java.nio.charset.StandardCharsets.UTF_8), expiresAt,
                revokedAt);
    }
}
