package org.caregate.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WildFly server the build provisioned (with the Caregate EAR deployed), run as a child process and
 * considered started once its readiness check answers UP.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9990;

    private final Process process;
    private final int portOffset;
    private final Path baseDirectory;

    private WildFlyServer(Process process, int portOffset, Path baseDirectory) {
        this.process = process;
        this.portOffset = portOffset;
        this.baseDirectory = baseDirectory;
    }

    /**
     * Starts {@code bin/standalone.sh} of the server in {@code serverDirectory}.
     *
     * @param baseDirectory  the server's configuration, data, log and deployments directory
     *                       ({@code jboss.server.base.dir}); {@code null} for the server's own {@code standalone/}
     * @param environment    extra environment variables (the CAREGATE_* contract of docs/operations.md)
     * @param portOffset     added to every port WildFly listens on
     * @param inheritOutput  whether the server's console output goes to ours (else to {@code console.log} in the
     *                       base directory)
     */
    public static WildFlyServer start(Path serverDirectory, Path baseDirectory, Map<String, String> environment,
                                      int portOffset, boolean inheritOutput) {
        Path script = serverDirectory.resolve("bin/standalone.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No provisioned server at " + serverDirectory
                    + " - build it first with: mvn -DskipTests install");
        }
        Path base = baseDirectory != null ? baseDirectory : serverDirectory.resolve("standalone");
        List<String> command = new ArrayList<>(List.of(script.toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset));
        ProcessBuilder builder = new ProcessBuilder(command).directory(serverDirectory.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        if (inheritOutput) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        }
        try {
            return new WildFlyServer(builder.start(), portOffset, base);
        } catch (IOException e) {
            throw new UncheckedIOException("WildFly did not start from " + script, e);
        }
    }

    public int httpPort() {
        return HTTP_PORT + portOffset;
    }

    public int managementPort() {
        return MANAGEMENT_PORT + portOffset;
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    /**
     * Waits until Caregate's readiness check (database and broker) and WildFly's (server and deployments) both answer
     * UP, the deployment failed, or the time is up.
     */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI serverReady = URI.create("http://127.0.0.1:" + managementPort() + "/health/ready");
        URI caregateReady = URI.create("http://127.0.0.1:" + httpPort() + "/health/ready");
        Path failedMarker = baseDirectory.resolve("deployments/caregate.ear.failed");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with status " + process.exitValue());
            }
            if (Files.exists(failedMarker)) {
                throw new IllegalStateException("The Caregate EAR failed to deploy: " + readQuietly(failedMarker));
            }
            try {
                if (Files.exists(baseDirectory.resolve("deployments/caregate.ear.deployed"))
                        && isUp(client, serverReady) && isUp(client, caregateReady)) {
                    return;
                }
            } catch (IOException notYet) {
                // the management interface is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for WildFly", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("WildFly was not ready within " + timeout);
    }

    private static boolean isUp(HttpClient client, URI check) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(check).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
    }

    /** The command line of the server's Java process (the script's child), as the operating system reports it. */
    public java.util.Optional<String> javaCommandLine() {
        return process.descendants().map(handle -> handle.info().commandLine().orElse(""))
                .filter(line -> line.contains("jboss-modules")).findFirst();
    }

    /** Blocks until the server process ends. */
    public int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the server as {@code kill -9} would: no shutdown, no chance to finish what it was doing. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the server gracefully, forcibly after 30 seconds. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable " + file + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for WildFly", e);
        }
    }
}
