package org.caregate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caregate's part of the server's {@code bin/standalone.conf} ({@code wildfly/scripts/standalone.conf}), sourced by
 * bash as WildFly's {@code standalone.sh} does, in a server directory of its own: which JVM options a start gets for
 * class data sharing (ADR 37), depending on the archive a previous stop left.
 */
class StandaloneConfTest {

    private static final Path CONF = Path.of("../../wildfly/scripts/standalone.conf").toAbsolutePath().normalize();
    private static final Pattern WRITES = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)");
    private static final Pattern MAPS = Pattern.compile("-XX:SharedArchiveFile=(\\S+)");
    /** The first bytes of a complete dynamic archive: the JVM's magic number, in this machine's byte order. */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    @TempDir
    Path temporary;
    private Path home;

    @BeforeEach
    void aServerDirectory() throws IOException {
        home = Files.createDirectories(temporary.resolve("server"));
        Files.writeString(home.resolve("jboss-modules.jar"), "jboss modules");
        Files.createDirectories(home.resolve("standalone/deployments"));
        Files.writeString(home.resolve("standalone/deployments/caregate.ear"), "caregate 1");
    }

    @Test
    void aStartWithoutAnArchiveWritesOneWhenItStops() throws Exception {
        String options = javaOptions(home, Map.of());

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("SharedArchiveFile");
        Path archive = written(options);
        assertThat(archive.getParent()).isEqualTo(home.resolve("standalone/data/class-sharing")).isDirectory();
        assertThat(archive.getFileName().toString()).matches("classes-\\d+\\.jsa");
    }

    @Test
    void aStartAfterAStopThatWroteTheArchiveMapsIt() throws Exception {
        Path archive = written(javaOptions(home, Map.of()));
        complete(archive);

        String options = javaOptions(home, Map.of());

        assertThat(mapped(options)).isEqualTo(archive);
        assertThat(options).doesNotContain("ArchiveClassesAtExit");
        assertThat(archive).exists();
    }

    @Test
    void anArchiveCutShortBeforeItsHeaderIsWrittenAgain() throws Exception {
        Path archive = written(javaOptions(home, Map.of()));
        Files.write(archive, new byte[4096]); // the JVM writes the header last: a stop killed while writing leaves zeros

        String options = javaOptions(home, Map.of());

        assertThat(written(options)).isEqualTo(archive);
        assertThat(options).doesNotContain("SharedArchiveFile");
        assertThat(archive).doesNotExist();
    }

    @Test
    void anotherEarOrServerGetsItsOwnArchiveAndTheOldOneGoes() throws Exception {
        Path before = written(javaOptions(home, Map.of()));
        complete(before);
        Files.writeString(home.resolve("standalone/deployments/caregate.ear"), "caregate 2, a new release");

        Path afterUpgrade = written(javaOptions(home, Map.of()));

        assertThat(afterUpgrade).isNotEqualTo(before);
        assertThat(before).doesNotExist();

        Path moved = Files.move(home, temporary.resolve("moved"));
        assertThat(written(javaOptions(moved, Map.of()))).startsWithRaw(moved);
    }

    @Test
    void classSharingCanBeTurnedOff() throws Exception {
        complete(written(javaOptions(home, Map.of())));

        String options = javaOptions(home, Map.of("CAREGATE_CLASS_SHARING", "off"));

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("Archive");
    }

    @Test
    void aServerDirectoryWithASpaceGoesWithoutAnArchive() throws Exception {
        Path spaced = Files.move(home, temporary.resolve("with space"));

        String options = javaOptions(spaced, Map.of());

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("Archive");
    }

    /** {@code JAVA_OPTS} after bash sourced the file with {@code JBOSS_HOME} set, as {@code standalone.sh} does. */
    private static String javaOptions(Path serverHome, Map<String, String> environment) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", ". \"$1\"; printf %s \"$JAVA_OPTS\"", "conf",
                CONF.toString());
        bash.environment().putAll(environment);
        bash.environment().put("JBOSS_HOME", serverHome.toString());
        bash.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin/java").toString());
        bash.environment().remove("JAVA_OPTS");
        bash.redirectErrorStream(true);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Path written(String options) {
        return option(WRITES, options);
    }

    private static Path mapped(String options) {
        return option(MAPS, options);
    }

    private static Path option(Pattern pattern, String options) {
        Matcher matcher = pattern.matcher(options);
        assertThat(matcher.find()).as(options).isTrue();
        return Path.of(matcher.group(1));
    }

    private static void complete(Path archive) throws IOException {
        byte[] bytes = new byte[4096];
        System.arraycopy(MAGIC, 0, bytes, 0, MAGIC.length);
        Files.write(archive, bytes);
    }
}
