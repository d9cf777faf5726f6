package org.caregate.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A context's files in its own table of parts {@code (file_id UUID, organization_id BIGINT, part INT, data BYTEA,
 * PRIMARY KEY (file_id, part))}, written and read in the caller's transaction (ADR 19). A file goes in and comes out
 * {@value #PART_BYTES} bytes at a time, so no whole file is ever held in memory, and every read names the
 * organization, so one organization's file id reads nothing of another's.
 */
public final class FileStore {

    /** The size of one part: the most of a file held in memory at once. */
    public static final int PART_BYTES = 256 * 1024;

    private final DataSource dataSource;
    private final String insert;
    private final String select;
    private final String delete;

    /** @param table the table of parts, e.g. {@code forms.file_part} (a constant, never user input) */
    public FileStore(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.insert = "INSERT INTO " + table + " (file_id, organization_id, part, data) VALUES (?, ?, ?, ?)";
        this.select = "SELECT data FROM " + table + " WHERE file_id = ? AND organization_id = ? AND part = ?";
        this.delete = "DELETE FROM " + table + " WHERE file_id = ? AND organization_id = ?";
    }

    /**
     * Stores what {@code content} holds, up to {@code mostBytes}, as a new file of the organization.
     *
     * @throws TooLarge when the content holds more than {@code mostBytes}; what was written rolls back with the
     *                  transaction the caller refuses
     */
    public Stored write(long organizationId, InputStream content, long mostBytes) {
        UUID id = UUID.randomUUID();
        long size = 0;
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(insert)) {
            for (int part = 0; ; part++) {
                byte[] data = content.readNBytes(PART_BYTES);
                if (data.length == 0 && part > 0) {
                    return new Stored(id, size);
                }
                size += data.length;
                if (size > mostBytes) {
                    throw new TooLarge(mostBytes);
                }
                statement.setObject(1, id);
                statement.setLong(2, organizationId);
                statement.setInt(3, part);
                statement.setBytes(4, data);
                statement.executeUpdate();
                if (data.length < PART_BYTES) {
                    return new Stored(id, size);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the file to store", e);
        }
    }

    /** Copies the organization's file to {@code out}, part by part; whether there was such a file. */
    public boolean read(long organizationId, UUID id, OutputStream out) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(select)) {
            for (int part = 0; ; part++) {
                statement.setObject(1, id);
                statement.setLong(2, organizationId);
                statement.setInt(3, part);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        return part > 0;
                    }
                    out.write(row.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read file " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not send file " + id, e);
        }
    }

    /** Removes the organization's file. */
    public void delete(long organizationId, UUID id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(delete)) {
            statement.setObject(1, id);
            statement.setLong(2, organizationId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete file " + id, e);
        }
    }

    /** A file stored: its id and its size in bytes. */
    public record Stored(UUID id, long size) {
    }

    /** The content was larger than the store was told to take. */
    public static final class TooLarge extends RuntimeException {

        private final long mostBytes;

        TooLarge(long mostBytes) {
            super("the file holds more than " + mostBytes + " bytes");
            this.mostBytes = mostBytes;
        }

        public long mostBytes() {
            return mostBytes;
        }
    }
}
