package org.caregate.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.migrations.Statements.flyway;
import static org.caregate.migrations.Statements.id;
import static org.caregate.migrations.Statements.row;
import static org.caregate.migrations.Statements.rows;
import static org.caregate.migrations.Statements.update;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V14 moves the video tables from scheduling to the visits schema on a database that already holds visits: every
 * row arrives with its values, the foreign keys among the moved tables and their identity sequences come along,
 * the ones to scheduling's appointments are gone, and a started session is now also on its appointment.
 */
class VisitsContextMigrationTest {

    private static final String[] MOVED = {"video_visit", "visit_link", "visit_attendance", "partner_video_room",
            "teleconsultation", "teleconsultation_participant", "context_linking_secret"};
    private static final OffsetDateTime STARTS = OffsetDateTime.of(2026, 3, 2, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime STARTED = STARTS.minusMinutes(3);
    private static final UUID ROOM = UUID.fromString("0b6c3f0e-6f1e-4d6a-9d3e-5c1b2a3d4e5f");
    private static final UUID TELECONSULTATION = UUID.fromString("7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    @Test
    void theVideoTablesMoveToTheVisitsSchemaWithEveryRowAndTheStartedSessionReachesTheAppointment() throws Exception {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        flyway(db).target(MigrationVersion.fromVersion("13")).load().migrate();
        long started;
        long waiting;
        long partner;
        long teleconsultation;
        long stay;
        try (Connection c = db.getConnection()) {
            started = appointment(c, 101L, 202L, "video_chat");
            waiting = appointment(c, 102L, 203L, "video_chat");
            partner = appointment(c, null, null, "video_chat");
            teleconsultation = appointment(c, null, null, "video_chat");
            update(c, "INSERT INTO scheduling.video_visit (appointment_id, organization_id, room_name, session_started_at,"
                    + " created_at, teams_join_url) VALUES (?, 1, 'caregate-started', ?, ?, 'https://teams.example/j/1')",
                    started, STARTED, STARTS.minusDays(2));
            update(c, "INSERT INTO scheduling.video_visit (appointment_id, organization_id, room_name, created_at)"
                    + " VALUES (?, 1, 'caregate-waiting', ?)", waiting, STARTS.minusDays(1));
            update(c, "INSERT INTO scheduling.visit_link (token, appointment_id, role, user_id, display_name)"
                    + " VALUES ('tok-provider', ?, 'provider', 101, 'Dr. Provider')", started);
            update(c, "INSERT INTO scheduling.visit_link (token, appointment_id, role, user_id, display_name)"
                    + " VALUES ('tok-patient', ?, 'patient', 202, 'Pat Patient')", started);
            update(c, "INSERT INTO scheduling.visit_link (token, appointment_id, role, user_id, display_name)"
                    + " VALUES ('tok-guest', ?, 'participant', NULL, 'Guest')", started);
            stay = id(c, "INSERT INTO scheduling.visit_attendance (token, joined_at, left_at) VALUES ('tok-patient', ?, ?)"
                    + " RETURNING id", STARTED.plusMinutes(1), STARTED.plusMinutes(31));
            update(c, "INSERT INTO scheduling.partner_video_room (uid, appointment_id, organization_id, display_name,"
                    + " partner_customer_id, partner_provider_email, partner_patient_email, partner_patient_phone_number,"
                    + " partner_clinic_name, time_zone, created_at) VALUES (?, ?, 1, 'Jane Doe', 'cust-9',"
                    + " 'pt@clinic.example', 'jane@example.org', '+15555550123', 'Clinic One', 'America/New_York', ?)",
                    ROOM, partner, STARTS.minusDays(3));
            update(c, "INSERT INTO scheduling.teleconsultation (id, appointment_id, organization_id, expected_participants,"
                    + " state, created_at) VALUES (?, ?, 1, 2, 'ACTIVE', ?)", TELECONSULTATION, teleconsultation,
                    STARTS.minusDays(4));
            update(c, "INSERT INTO scheduling.teleconsultation_participant (teleconsultation_id, position, user_id,"
                    + " user_external_id, privileged, full_name, language) VALUES (?, 0, 101, 'ext-doc', TRUE,"
                    + " 'Dr. Provider', 'en')", TELECONSULTATION);
            update(c, "INSERT INTO scheduling.context_linking_secret (organization_id, secret) VALUES (1,"
                    + " 'a-secret-of-24-characters')");
        }

        flyway(db).load().migrate();

        try (Connection c = db.getConnection()) {
            for (String table : MOVED) {
                assertThat(rows(c, "SELECT table_schema FROM information_schema.tables WHERE table_name = ?", table))
                        .as(table).containsExactly(Map.of("table_schema", "visits"));
            }
            assertThat(rows(c, "SELECT appointment_id, organization_id, room_name, session_started_at, teams_join_url"
                    + " FROM visits.video_visit ORDER BY appointment_id")).containsExactly(
                    row("appointment_id", started, "organization_id", 1L, "room_name", "caregate-started",
                            "session_started_at", STARTED, "teams_join_url", "https://teams.example/j/1"),
                    row("appointment_id", waiting, "organization_id", 1L, "room_name", "caregate-waiting",
                            "session_started_at", null, "teams_join_url", null));
            assertThat(rows(c, "SELECT token, appointment_id, role, user_id, display_name FROM visits.visit_link"
                    + " ORDER BY token")).containsExactly(
                    row("token", "tok-guest", "appointment_id", started, "role", "participant", "user_id", null,
                            "display_name", "Guest"),
                    row("token", "tok-patient", "appointment_id", started, "role", "patient", "user_id", 202L,
                            "display_name", "Pat Patient"),
                    row("token", "tok-provider", "appointment_id", started, "role", "provider", "user_id", 101L,
                            "display_name", "Dr. Provider"));
            assertThat(rows(c, "SELECT id, token, joined_at, left_at FROM visits.visit_attendance")).containsExactly(
                    row("id", stay, "token", "tok-patient", "joined_at", STARTED.plusMinutes(1),
                            "left_at", STARTED.plusMinutes(31)));
            assertThat(rows(c, "SELECT uid, appointment_id, organization_id, display_name, partner_customer_id,"
                    + " partner_provider_email, partner_patient_email, partner_patient_phone_number, partner_clinic_name,"
                    + " time_zone FROM visits.partner_video_room")).containsExactly(
                    row("uid", ROOM, "appointment_id", partner, "organization_id", 1L, "display_name", "Jane Doe",
                            "partner_customer_id", "cust-9", "partner_provider_email", "pt@clinic.example",
                            "partner_patient_email", "jane@example.org", "partner_patient_phone_number", "+15555550123",
                            "partner_clinic_name", "Clinic One", "time_zone", "America/New_York"));
            assertThat(rows(c, "SELECT id, appointment_id, organization_id, expected_participants, state"
                    + " FROM visits.teleconsultation")).containsExactly(row("id", TELECONSULTATION, "appointment_id",
                    teleconsultation, "organization_id", 1L, "expected_participants", 2, "state", "ACTIVE"));
            assertThat(rows(c, "SELECT teleconsultation_id, position, user_id, user_external_id, privileged, full_name,"
                    + " language FROM visits.teleconsultation_participant")).containsExactly(row("teleconsultation_id",
                    TELECONSULTATION, "position", 0, "user_id", 101L, "user_external_id", "ext-doc", "privileged", true,
                    "full_name", "Dr. Provider", "language", "en"));
            assertThat(rows(c, "SELECT organization_id, secret FROM visits.context_linking_secret")).containsExactly(
                    row("organization_id", 1L, "secret", "a-secret-of-24-characters"));

            assertThat(rows(c, "SELECT id, session_started_at FROM scheduling.appointment ORDER BY id")).containsExactly(
                    row("id", started, "session_started_at", STARTED), row("id", waiting, "session_started_at", null),
                    row("id", partner, "session_started_at", null),
                    row("id", teleconsultation, "session_started_at", null));

            assertThat(rows(c, "SELECT conrelid::regclass::text AS moved FROM pg_constraint WHERE contype = 'f'"
                    + " AND confrelid = 'scheduling.appointment'::regclass AND connamespace = 'visits'::regnamespace"))
                    .as("no foreign key from visits into scheduling").isEmpty();
            assertThat(rows(c, "SELECT conrelid::regclass::text AS moved, confrelid::regclass::text AS target"
                    + " FROM pg_constraint WHERE contype = 'f' AND connamespace = 'visits'::regnamespace ORDER BY 1"))
                    .as("the foreign keys among the moved tables came along").containsExactly(
                            row("moved", "visits.teleconsultation_participant", "target", "visits.teleconsultation"),
                            row("moved", "visits.visit_attendance", "target", "visits.visit_link"),
                            row("moved", "visits.visit_link", "target", "visits.video_visit"));
            assertThat(rows(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'visits'"
                    + " AND indexname IN ('visit_link_appointment', 'visit_attendance_token',"
                    + " 'partner_video_room_organization') ORDER BY 1")).hasSize(3);
            assertThat(rows(c, "SELECT pg_get_serial_sequence('visits.visit_attendance', 'id') AS sequence"))
                    .containsExactly(row("sequence", "visits.visit_attendance_id_seq"));
            long next = id(c, "INSERT INTO visits.visit_attendance (token, joined_at) VALUES ('tok-provider', ?)"
                    + " RETURNING id", STARTED);
            assertThat(next).as("the moved sequence goes on after the moved rows").isGreaterThan(stay);
            assertThatThrownBy(() -> update(c, "INSERT INTO visits.visit_link (token, appointment_id, role)"
                    + " VALUES ('tok-orphan', 999999, 'patient')")).as("a link still needs its visit")
                    .isInstanceOf(SQLException.class).hasMessageContaining("visit_link_appointment_id_fkey");
            update(c, "INSERT INTO visits.video_visit (appointment_id, organization_id, room_name)"
                    + " VALUES (999999, 1, 'caregate-by-id-only')");
        }
    }

    private static long appointment(Connection c, Long providerId, Long patientId, String contactType) throws SQLException {
        return id(c, "INSERT INTO scheduling.appointment (organization_id, provider_id, patient_id, contact_type,"
                + " starts_at, ends_at, timezone) VALUES (1, ?, ?, ?, ?, ?, 'America/New_York') RETURNING id",
                providerId, patientId, contactType, STARTS, STARTS.plusMinutes(30));
    }
}
