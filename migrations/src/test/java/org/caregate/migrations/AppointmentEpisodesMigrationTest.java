package org.caregate.migrations;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V27 keeps the episode of care ids appointments stored that name an episode of their own patient in their
 * organization, and moves every other one into scheduling.unlinked_episode_reference, cleared on the appointment.
 */
class AppointmentEpisodesMigrationTest {

    private static final OffsetDateTime STARTS = OffsetDateTime.of(2026, 3, 2, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID EPISODE = UUID.fromString("bd43a830-6c0b-4120-b5b8-78a117f8ee02");

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    @Test
    void knownEpisodesAreKeptAndEveryOtherValueIsReportedNotLost() throws Exception {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        flyway(db).target(MigrationVersion.fromVersion("26")).load().migrate();
        long known;
        long upperCase;
        long otherPatients;
        long otherOrganizations;
        long unknown;
        long none;
        try (Connection c = db.getConnection()) {
            update(c, "INSERT INTO episodes.episode (id, organization_id, patient_id, name, type, from_date, status,"
                    + " created_at, updated_at) VALUES (?, 1, 10, 'covid care', 'covid', DATE '2026-03-01', 'ACTIVE',"
                    + " now(), now())", EPISODE);
            known = appointment(c, 1, 10, EPISODE.toString());
            upperCase = appointment(c, 1, 10, " " + EPISODE.toString().toUpperCase() + " ");
            otherPatients = appointment(c, 1, 11, EPISODE.toString());
            otherOrganizations = appointment(c, 2, 10, EPISODE.toString());
            unknown = appointment(c, 1, 10, "EPISODE-42");
            none = appointment(c, 1, 10, null);
        }

        flyway(db).load().migrate();

        try (Connection c = db.getConnection()) {
            assertThat(rows(c, "SELECT id, episode_of_care_id FROM scheduling.appointment ORDER BY id")).containsExactly(
                    row("id", known, "episode_of_care_id", EPISODE.toString()),
                    row("id", upperCase, "episode_of_care_id", EPISODE.toString()),
                    row("id", otherPatients, "episode_of_care_id", null),
                    row("id", otherOrganizations, "episode_of_care_id", null),
                    row("id", unknown, "episode_of_care_id", null),
                    row("id", none, "episode_of_care_id", null));
            assertThat(rows(c, "SELECT appointment_id, organization_id, patient_id, episode_of_care_id"
                    + " FROM scheduling.unlinked_episode_reference ORDER BY appointment_id")).containsExactly(
                    row("appointment_id", otherPatients, "organization_id", 1L, "patient_id", 11L,
                            "episode_of_care_id", EPISODE.toString()),
                    row("appointment_id", otherOrganizations, "organization_id", 2L, "patient_id", 10L,
                            "episode_of_care_id", EPISODE.toString()),
                    row("appointment_id", unknown, "organization_id", 1L, "patient_id", 10L,
                            "episode_of_care_id", "EPISODE-42"));
        }
    }

    private static long appointment(Connection c, long organizationId, long patientId, String episode)
            throws SQLException {
        return id(c, "INSERT INTO scheduling.appointment (organization_id, patient_id, contact_type, starts_at, ends_at,"
                + " timezone, episode_of_care_id) VALUES (?, ?, 'Video Chat', ?, ?, 'UTC', ?) RETURNING id",
                organizationId, patientId, STARTS, STARTS.plusMinutes(30), episode);
    }
}
