package org.caregate.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.caregate.launcher.EmbeddedDatabase;

/**
 * Prepares the managed server's surroundings on the test's side: a fresh PostgreSQL from the launcher on the port the
 * server is told (CAREGATE_DB_URL), and a copy of the provisioned server's {@code standalone/} directory without the
 * Quick start's deployment and data.
 */
final class ServerPreparation {

    private ServerPreparation() {
    }

    static void prepare() {
        Path work = Path.of(System.getProperty("caregate.container.dir"));
        Path server = Path.of(System.getProperty("caregate.server.dir"));
        deleteRecursively(work);
        copyStandalone(server.resolve("standalone"), work.resolve("standalone"));
        String url = System.getenv("CAREGATE_DB_URL");
        int port = Integer.parseInt(url.replaceAll("^jdbc:postgresql://[^:/]{1,64}:(\\d{1,5})/.*$", "$1"));
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), port);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    }

    /** The server's configuration, without deployments, data, logs or temporary files. */
    private static void copyStandalone(Path from, Path to) {
        Set<String> left = Set.of("data", "log", "tmp");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && !relative.toString().isEmpty()
                        && (left.contains(relative.getName(0).toString())
                        || relative.startsWith("deployments") && relative.getNameCount() > 1)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the server from " + from, e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
