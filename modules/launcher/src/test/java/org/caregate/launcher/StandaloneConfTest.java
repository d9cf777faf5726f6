package org.caregate.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Caregate's part of the server's {@code bin/standalone.conf} ({@code wildfly/scripts/standalone.conf}), sourced by
 * {@code sh} as WildFly's {@code #!/bin/sh} {@code standalone.sh} does, in a server directory of its own: which JVM
 * options a start gets for class data sharing (ADR 37), depending on the archive an earlier stop left.
 */
class StandaloneConfTest {

    private static final Path CONF = Path.of("../../wildfly/scripts/standalone.conf").toAbsolutePath().normalize();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin/java").toString();
    private static final Pattern WRITES = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)");
    private static final Pattern MAPS = Pattern.compile("-XX:SharedArchiveFile=(\\S+)");
    /** The first bytes of a complete dynamic archive: the JVM's magic number 0xf00baba8, little-endian (x86, ARM). */
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
        String options = javaOptions(home, Map.of("JAVA", JAVA));

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError", "-Xlog:cds=off").doesNotContain("SharedArchive");
        Path archive = written(options);
        assertThat(archive.getParent()).isEqualTo(home.resolve("standalone/data/class-sharing")).isDirectory();
        assertThat(archive.getFileName().toString()).matches("classes-\\d+\\.jsa");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aStartAfterAStopThatWroteTheArchiveMapsIt() throws Exception {
        Path archive = complete(written(javaOptions(home, Map.of("JAVA", JAVA))));

        String options = javaOptions(home, Map.of("JAVA", JAVA));

        assertThat(mapped(options)).isEqualTo(archive);
        assertThat(options).contains("-Xlog:cds=off").doesNotContain("ArchiveClassesAtExit");
        assertThat(archive).exists();
    }

    @Test
    void theJdkIsFoundThroughJavaHomeOrThePathAsStandaloneShFindsIt() throws Exception {
        Path viaJavaHome = written(javaOptions(home, Map.of("JAVA_HOME", System.getProperty("java.home"))));
        Path viaPath = written(javaOptions(home, Map.of()));

        assertThat(viaJavaHome).isEqualTo(written(javaOptions(home, Map.of("JAVA", JAVA))));
        assertThat(viaPath.getParent()).isEqualTo(viaJavaHome.getParent());
    }

    @Test
    void anArchiveCutShortBeforeItsHeaderIsWrittenAgain() throws Exception {
        Path archive = written(javaOptions(home, Map.of("JAVA", JAVA)));
        Files.write(archive, new byte[4096]); // the JVM writes the header last: a stop killed while writing left zeros

        String options = javaOptions(home, Map.of("JAVA", JAVA));

        assertThat(written(options)).isEqualTo(archive);
        assertThat(options).doesNotContain("SharedArchiveFile");
        assertThat(archive).doesNotExist();
    }

    @Test
    void aNewEarModulesJarJdkOrJvmOptionsGetTheirOwnArchiveAndTheOldOneGoes() throws Exception {
        Path first = complete(written(javaOptions(home, Map.of("JAVA", JAVA))));
        Files.writeString(home.resolve("standalone/deployments/caregate.ear"), "caregate 2, a new release");
        Path newEar = complete(writtenInsteadOf(first, Map.of("JAVA", JAVA)));
        Files.writeString(home.resolve("jboss-modules.jar"), "jboss modules, patched");
        Path newModules = complete(writtenInsteadOf(newEar, Map.of("JAVA", JAVA)));
        Path otherJdk = Files.copy(Path.of(JAVA), temporary.resolve("java"));
        Path newJdk = complete(writtenInsteadOf(newModules, Map.of("JAVA", otherJdk.toString())));
        writtenInsteadOf(newJdk, Map.of("JAVA", otherJdk.toString(), "JAVA_OPTS", "-Xmx32g"));
    }

    @Test
    void aServerMovedElsewhereWritesItsOwnArchive() throws Exception {
        complete(written(javaOptions(home, Map.of("JAVA", JAVA))));
        Path moved = Files.move(home, temporary.resolve("moved"));

        String options = javaOptions(moved, Map.of("JAVA", JAVA));

        assertThat(written(options)).startsWithRaw(moved);
        assertThat(options).doesNotContain("SharedArchiveFile");
    }

    @Test
    void aServerWithABaseDirectoryOfItsOwnKeepsItsArchiveThereAndHasItsEarInIt() throws Exception {
        Path base = Files.createDirectories(temporary.resolve("instance/deployments"));
        Files.writeString(base.resolve("caregate.ear"), "caregate 1");
        Map<String, String> environment = Map.of("JAVA", JAVA,
                "SERVER_OPTS", " \"-Djboss.server.base.dir=" + base.getParent() + "\" \"-b\" \"0.0.0.0\"");
        Path archive = complete(written(javaOptions(home, environment)));
        assertThat(archive.getParent()).isEqualTo(base.getParent().resolve("data/class-sharing"));
        assertThat(mapped(javaOptions(home, environment))).isEqualTo(archive);

        Files.writeString(base.resolve("caregate.ear"), "caregate 2, a new release");

        assertThat(written(javaOptions(home, environment))).isNotEqualTo(archive);
        assertThat(home.resolve("standalone/data")).doesNotExist();
    }

    @Test
    void anArchiveSomeoneElseOwnsIsNotMapped() throws Exception {
        assumeThat(System.getProperty("user.name")).as("only root can give a file away").isEqualTo("root");
        Path archive = complete(written(javaOptions(home, Map.of("JAVA", JAVA))));
        UserPrincipal nobody = archive.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(archive, nobody);

        assertThat(written(javaOptions(home, Map.of("JAVA", JAVA)))).isEqualTo(archive);
        assertThat(archive).doesNotExist();
    }

    @Test
    void classSharingCanBeTurnedOff() throws Exception {
        complete(written(javaOptions(home, Map.of("JAVA", JAVA))));

        String options = javaOptions(home, Map.of("JAVA", JAVA, "CAREGATE_CLASS_SHARING", "off"));

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("Archive");
    }

    @Test
    void aServerDirectoryWhosePathNeedsQuotingGoesWithoutAnArchive() throws Exception {
        for (String name : new String[] {"with space", "o'brien", "srv(a)", "a&b"}) {
            Path odd = Files.createDirectories(temporary.resolve(name));
            Files.writeString(odd.resolve("jboss-modules.jar"), "jboss modules");

            String options = javaOptions(odd, Map.of("JAVA", JAVA));

            assertThat(options).as(name).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("Archive");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeMadeLeavesTheArchiveOut() throws Exception {
        Files.writeString(home.resolve("standalone/data"), "a file where the directory should be");

        String options = javaOptions(home, Map.of("JAVA", JAVA));

        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("Archive");
    }

    /** The archive a start writes now that the one before, {@code old}, no longer fits; {@code old} is gone. */
    private Path writtenInsteadOf(Path old, Map<String, String> environment) throws Exception {
        Path archive = written(javaOptions(home, environment));
        assertThat(archive).isNotEqualTo(old);
        assertThat(old).doesNotExist();
        return archive;
    }

    /** {@code JAVA_OPTS} after sh sourced the file with {@code JBOSS_HOME} set, as {@code standalone.sh} does. */
    private static String javaOptions(Path serverHome, Map<String, String> environment) throws Exception {
        ProcessBuilder sh = new ProcessBuilder("sh", "-c", ". \"$1\"; printf %s \"$JAVA_OPTS\"", "conf",
                CONF.toString());
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("JBOSS_HOME", serverHome.toString());
        for (String inherited : new String[] {"JAVA", "JAVA_HOME", "JAVA_OPTS", "SERVER_OPTS",
                "CAREGATE_CLASS_SHARING"}) {
            sh.environment().remove(inherited);
        }
        sh.environment().putAll(variables);
        sh.directory(serverHome.toFile());
        sh.redirectErrorStream(true);
        Process process = sh.start();
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

    /** Writes what a completed dump starts with where the JVM was told to write one. */
    private static Path complete(Path archive) throws IOException {
        byte[] bytes = new byte[4096];
        System.arraycopy(MAGIC, 0, bytes, 0, MAGIC.length);
        return Files.write(archive, bytes);
    }
}
