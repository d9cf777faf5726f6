package org.caregate.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The server's key for sealing report passwords: CAREGATE_REPORTS_PASSWORD_KEY when set (give every server of a
 * cluster the same), else a random key generated once and kept, readable by the server's user only, in its data
 * directory — so a report ordered before a restart is still generated after it.
 */
@ApplicationScoped
public class PasswordKeys {

    private static final Logger LOG = Logger.getLogger(PasswordKeys.class);

    @Inject
    ReportSettings settings;

    private volatile PasswordSeal seal;

    /** The seal made with the server's key. */
    public PasswordSeal seal() {
        PasswordSeal current = seal;
        if (current == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = new PasswordSeal(key());
                }
                current = seal;
            }
        }
        return current;
    }

    private byte[] key() {
        if (settings.passwordKey().isPresent()) {
            byte[] key = Base64.getDecoder().decode(settings.passwordKey().get().strip());
            if (key.length != 32) {
                throw new IllegalStateException("CAREGATE_REPORTS_PASSWORD_KEY must be 32 bytes in Base64");
            }
            return key;
        }
        Path file = settings.generatedKeyFile();
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                try {
                    createOwnerOnly(file);
                    Files.write(file, Base64.getEncoder().encode(key), StandardOpenOption.WRITE);
                    LOG.infof("Generated the key that seals encounter report passwords: %s", file);
                } catch (FileAlreadyExistsException raced) {
                    LOG.debugf("Another thread wrote %s first", file);
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length != 32) {
                throw new IllegalStateException(file + " does not hold a 32-byte key in Base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    /**
     * Creates the empty key file readable by the server's user only from its first moment (never written, then
     * restricted). On a file system without POSIX permissions it is created plainly, with a warning.
     */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noPosix) {
            LOG.warnf("%s cannot be restricted to its owner on this file system; protect its folder", file);
            Files.createFile(file);
        }
    }
}
