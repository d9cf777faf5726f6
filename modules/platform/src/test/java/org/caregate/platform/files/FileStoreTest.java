package org.caregate.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.junit5.EmbeddedPostgresExtension;
import io.zonky.test.db.postgres.junit5.SingleInstancePostgresExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files go into PostgreSQL and come back byte for byte, a part at a time: a file of several MB is generated as it is
 * read and checked by digest as it is written back, and no single write carries more than one part; one
 * organization's id reads nothing of another's; the size limit refuses.
 */
class FileStoreTest {

    private static final long ORG = 1;
    private static final long SIX_MB = 6L * 1024 * 1024 + 123;

    @RegisterExtension
    static final SingleInstancePostgresExtension POSTGRES = EmbeddedPostgresExtension.singleInstance();

    /** The store over a table of parts in the embedded database, created on first use. */
    private static FileStore store() throws Exception {
        DataSource db = POSTGRES.getEmbeddedPostgres().getPostgresDatabase();
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS file_part (file_id UUID NOT NULL, "
                    + "organization_id BIGINT NOT NULL, part INTEGER NOT NULL, data BYTEA NOT NULL, "
                    + "PRIMARY KEY (file_id, part))");
        }
        return new FileStore(db, "file_part");
    }

    @Test
    void aLargeFileStreamsInAndOutAPartAtATime() throws Exception {
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        FileStore.Stored stored = store().write(ORG, new Generated(SIX_MB, sent), SIX_MB);
        assertThat(stored.size()).isEqualTo(SIX_MB);

        Received received = new Received();
        assertThat(store().read(ORG, stored.id(), received)).isTrue();
        assertThat(received.bytes).isEqualTo(SIX_MB);
        assertThat(received.largestWrite).isLessThanOrEqualTo(FileStore.PART_BYTES);
        assertThat(received.digest.digest()).isEqualTo(sent.digest());
    }

    @Test
    void anotherOrganizationReadsNothingAndDeletesNothing() throws Exception {
        FileStore.Stored stored = store().write(ORG, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(store().read(2, stored.id(), out)).isFalse();
        store().delete(2, stored.id());
        assertThat(store().read(ORG, stored.id(), out)).isTrue();
        assertThat(out.toByteArray()).containsExactly(1, 2, 3);
        store().delete(ORG, stored.id());
        assertThat(store().read(ORG, stored.id(), new ByteArrayOutputStream())).isFalse();
    }

    @Test
    void aFileOfExactlyAPartAndAnEmptyOneComeBackWhole() throws Exception {
        byte[] part = new byte[FileStore.PART_BYTES];
        new Random(7).nextBytes(part);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store().read(ORG, store().write(ORG, new ByteArrayInputStream(part), part.length).id(), out);
        assertThat(out.toByteArray()).isEqualTo(part);

        FileStore.Stored empty = store().write(ORG, new ByteArrayInputStream(new byte[0]), 10);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(store().read(ORG, empty.id(), none)).isTrue();
        assertThat(none.size()).isZero();
    }

    @Test
    void moreThanTheLimitIsRefused() throws Exception {
        FileStore store = store();
        assertThatThrownBy(() -> store.write(ORG, new Generated(FileStore.PART_BYTES * 2L, null),
                FileStore.PART_BYTES + 1L)).isInstanceOf(FileStore.TooLarge.class);
        assertThat(store.read(ORG, UUID.randomUUID(), new ByteArrayOutputStream())).isFalse();
    }

    /** Pseudo-random bytes made as they are read, never held whole; digested on the way. */
    private static final class Generated extends InputStream {

        private final Random random = new Random(42);
        private final MessageDigest digest;
        private long left;

        Generated(long size, MessageDigest digest) {
            this.left = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, Math.min(left, 8192));
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, n);
            if (digest != null) {
                digest.update(chunk);
            }
            left -= n;
            return n;
        }
    }

    /** Digests and counts what is written, noting the largest single write. */
    private static final class Received extends OutputStream {

        private final MessageDigest digest;
        private long bytes;
        private int largestWrite;

        Received() throws Exception {
            digest = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            digest.update(buffer, offset, length);
            bytes += length;
            largestWrite = Math.max(largestWrite, length);
        }
    }
}
