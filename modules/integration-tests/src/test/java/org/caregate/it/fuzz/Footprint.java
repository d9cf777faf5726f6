package org.caregate.it.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one organization has stored: per table that holds an {@code organization_id} (found in the catalogue, so a
 * new context's tables count without an edit), its row count and a checksum of the rows' text. Two equal
 * footprints around a request mean it wrote nothing of the organization's — no insert, update or delete. Tables that
 * background work changes on its own time (the outbox relay, outreach, webhook delivery) are left out; the audit
 * trail, which every change writes in its own transaction, still shows a change made there by a request, and
 * counts only rows with an actor, as system actions are background work too.
 */
public final class Footprint implements AutoCloseable {

    private static final Set<String> BACKGROUND_SCHEMAS = Set.of("caregate", "outreach", "webhooks");

    private final Connection database;
    private final PreparedStatement query;
    private final int tables;

    public Footprint(Connection database, long organizationId) throws SQLException {
        this.database = database;
        List<String> parts = new ArrayList<>();
        try (PreparedStatement catalogue = database.prepareStatement("""
                SELECT table_schema, table_name FROM information_schema.columns
                WHERE column_name = 'organization_id' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                ORDER BY table_schema, table_name""");
             ResultSet found = catalogue.executeQuery()) {
            while (found.next()) {
                String schema = found.getString(1);
                String table = found.getString(2);
                if (!BACKGROUND_SCHEMAS.contains(schema)) {
                    String qualified = schema + "." + table;
                    String actor = qualified.equals("audit.audit_event") ? " AND actor_user_id IS NOT NULL" : "";
                    parts.add("SELECT '" + qualified + "', count(*), coalesce(sum(hashtext(t::text)::bigint), 0) FROM "
                            + qualified + " t WHERE organization_id = " + organizationId + actor);
                }
            }
        }
        this.tables = parts.size();
        this.query = database.prepareStatement(String.join(" UNION ALL ", parts));
    }

    /** How many tables the footprint covers. */
    public int tables() {
        return tables;
    }

    /** The footprint now: table → "rows/checksum". */
    public Map<String, String> take() {
        Map<String, String> footprint = new TreeMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                footprint.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the footprint", e);
        }
        return footprint;
    }

    /** The tables whose rows differ between two footprints. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table))).toList();
    }

    @Override
    public void close() throws SQLException {
        query.close();
        database.close();
    }
}
