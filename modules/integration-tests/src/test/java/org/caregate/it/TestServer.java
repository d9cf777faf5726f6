package org.caregate.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caregate.launcher.EmbeddedDatabase;
import org.caregate.launcher.WildFlyServer;

/**
 * The one server every integration test talks to: a fresh PostgreSQL and a copy of the provisioned server's
 * {@code standalone/} directory under {@code target/caregate-it}, so the Quick start's server and data are left
 * alone. Ports are offset by 100 (HTTP 8180, management 10090, JMS 61716). Started on first use, stopped when the
 * test JVM exits.
 */
public final class TestServer {

    /** The owner's key of the initial organization, given to the server as CAREGATE_BOOTSTRAP_API_KEY. */
    public static final String BOOTSTRAP_KEY = "cg_integration_tests_bootstrap_key_0001";
    /** Deliveries before a message goes to the dead-letter queue, as configured for the test server. */
    public static final int MAX_DELIVERY_ATTEMPTS = 3;

    private static final int PORT_OFFSET = 100;

    /** The SMTP port of the suite's mail server (GreenMail), where the server sends its mail. */
    static final int SMTP_PORT = 2525 + PORT_OFFSET;

    /** Where the server reaches "Twilio": a stand-in the outreach tests start on this port. */
    static final int SMS_STAND_IN_PORT = 18667 + PORT_OFFSET;

    /** Where the server reaches "Microsoft Graph": a stand-in the Teams test starts on this port. */
    static final String TEAMS_STAND_IN = "http://127.0.0.1:" + (18666 + PORT_OFFSET);
    private static TestServer instance;

    private WildFlyServer server;
    private final EmbeddedDatabase database;
    private final Path serverDirectory;
    private final Path base;
    private final Map<String, String> environment;
    private final GreenMail mail;

    private TestServer(WildFlyServer server, EmbeddedDatabase database, Path serverDirectory, Path base,
                       Map<String, String> environment, GreenMail mail) {
        this.server = server;
        this.database = database;
        this.serverDirectory = serverDirectory;
        this.base = base;
        this.environment = environment;
        this.mail = mail;
    }

    /** The suite's SMTP server: every mail the server sent. */
    public GreenMail mail() {
        return mail;
    }

    /**
     * Kills WildFly as {@code kill -9} would and starts it again on the same data (database, broker journal): for the
     * tests that prove nothing promised is lost in a crash.
     */
    public synchronized void killAndRestart() throws InterruptedException {
        server.kill();
        server = WildFlyServer.start(serverDirectory, base, environment, PORT_OFFSET, false);
        server.awaitReady(Duration.ofMinutes(4));
    }

    /** The test database, for the few tests that check what an operator would see there (the audit trail). */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String databaseUser() {
        return database.user();
    }

    /** A direct connection to the server's database, for tests that check what was stored. */
    public java.sql.Connection connectToDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), databaseUser(), databaseUser());
    }

    /** Whether the suite runs against the embedded broker (the default) rather than an external one. */
    public boolean brokerEmbedded() {
        return !"false".equalsIgnoreCase(extraEnvironment().get("CAREGATE_JMS_EMBEDDED"));
    }

    /** The running server, started on first call. */
    public static synchronized TestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.httpPort();
    }

    public String managementUrl() {
        return "http://127.0.0.1:" + server.managementPort();
    }

    /** The command line the server's Java process runs with. */
    public String javaCommandLine() {
        return server.javaCommandLine().orElseThrow(() -> new IllegalStateException("no server process"));
    }

    public Path serverLog() {
        return server.baseDirectory().resolve("log/server.log");
    }

    /** What the server's JVM printed to its console (the JVM's own warnings among it). */
    public Path consoleLog() {
        return server.baseDirectory().resolve("console.log");
    }

    /**
     * Webhooks: receivers run on loopback, so it is allow-listed; the retry schedule is squeezed from days into
     * seconds (first retry 1 s, at most 2 s apart, owners told after 5 s of failures, disabled after 45 s — longer
     * than a restart, so that the crash test's retries outlive it).
     */
    static final Map<String, String> WEBHOOKS = Map.of(
            "CAREGATE_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
            "CAREGATE_WEBHOOK_RETRY_FIRST", "PT1S",
            "CAREGATE_WEBHOOK_RETRY_LONGEST", "PT2S",
            "CAREGATE_WEBHOOK_NOTICE_AFTER", "PT5S",
            "CAREGATE_WEBHOOK_DISABLE_AFTER", "PT45S",
            "CAREGATE_WEBHOOK_RESPONSE_TIMEOUT", "PT5S");

    private static TestServer start() {
        Path serverDirectory = Path.of(System.getProperty("caregate.server.dir")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("caregate.test.work.dir")).toAbsolutePath().normalize();
        deleteRecursively(work);
        Path base = work.resolve("standalone");
        copyRecursively(serverDirectory.resolve("standalone"), base);
        deleteRecursively(base.resolve("data"));
        deleteRecursively(base.resolve("log"));
        deleteRecursively(base.resolve("tmp"));
        deleteDeploymentMarkers(base.resolve("deployments"));
        writeProbeWar(base.resolve("deployments/jms-probe.war"));

        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"), 0);
        Map<String, String> environment = new HashMap<>(Map.of(
                "CAREGATE_DB_URL", database.jdbcUrl(),
                "CAREGATE_DB_USER", database.user(),
                "CAREGATE_DB_PASSWORD", database.password(),
                "CAREGATE_BOOTSTRAP_API_KEY", BOOTSTRAP_KEY,
                "CAREGATE_JMS_PORT", Integer.toString(61616 + PORT_OFFSET),
                "CAREGATE_JMS_MAX_DELIVERY_ATTEMPTS", Integer.toString(MAX_DELIVERY_ATTEMPTS),
                "CAREGATE_JMS_REDELIVERY_DELAY_MS", "100",
                // visit links lead to this server; rooms open on a local page, so no test reaches the internet
                "CAREGATE_PUBLIC_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET),
                "CAREGATE_JITSI_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/health/live/room"));
        environment.put("CAREGATE_TEAMS_GRAPH_URL", TEAMS_STAND_IN);
        // Billing: "Stripe" is StripeStandIn; answers are waited for 5 s, an unsettled charge is the reconciler's
        // after 6 s, and it looks every second (production: 20 s, 2 min, 10 s).
        environment.put("CAREGATE_BILLING_STRIPE_URL", "http://127.0.0.1:" + StripeStandIn.PORT);
        environment.put("CAREGATE_BILLING_STRIPE_KEY", "sk_test_caregate_suite");
        environment.put("CAREGATE_BILLING_STRIPE_TIMEOUT", "PT5S");
        environment.put("CAREGATE_BILLING_SETTLE_GRACE", "PT6S");
        environment.put("CAREGATE_BILLING_RECONCILE_POLL", "PT1S");
        environment.put("CAREGATE_BILLING_RECURRING_POLL", "PT1S");
        environment.putAll(WEBHOOKS);
        environment.put("CAREGATE_SMTP_PORT", Integer.toString(SMTP_PORT));
        environment.put("CAREGATE_SMS_TWILIO_URL", "http://127.0.0.1:" + SMS_STAND_IN_PORT);
        environment.put("CAREGATE_SMS_TWILIO_ACCOUNT_SID", "ACcaregatetests");
        environment.put("CAREGATE_SMS_TWILIO_AUTH_TOKEN", "test-auth-token");
        environment.put("CAREGATE_SMS_FROM", "+15005550006");
        // recurring form requests fall due within a second of their occurrence (FormRequestsIT, CrashRecoveryIT)
        environment.put("CAREGATE_FORM_REQUESTS_POLL", "PT1S");
        // encounter reports start generating 3 s after their order: long enough to see one pending (EncounterReportsIT)
        environment.put("CAREGATE_REPORTS_GENERATION_DELAY", "PT3S");
        // visits whose window closed are swept (LWBS / incompleted) within a second (InVisitStatesIT)
        environment.put("CAREGATE_VISIT_CLOSE_POLL", "PT1S");
        environment.putAll(extraEnvironment());
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        WildFlyServer server = WildFlyServer.start(serverDirectory, base, environment, PORT_OFFSET, false);
        TestServer started = new TestServer(server, database, serverDirectory, base, environment, mail);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.server.close();
            database.close();
            mail.stop();
        }, "caregate-test-server-stop"));
        try {
            server.awaitReady(Duration.ofMinutes(4));
            awaitDeployed(base.resolve("deployments/jms-probe.war"), Duration.ofMinutes(1));
        } catch (RuntimeException failed) {
            mail.stop();
            throw failed;
        }
        return started;
    }

    /**
     * Environment given with {@code -Dcaregate.test.env=NAME=value,NAME=value}, e.g. to run the suite against an
     * external broker (docs/operations.md).
     */
    private static Map<String, String> extraEnvironment() {
        Map<String, String> extra = new HashMap<>();
        String given = System.getProperty("caregate.test.env", "");
        for (String pair : given.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                extra.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return extra;
    }

    /**
     * The in-container JMS probe ({@code org.caregate.it.jms.probe}): compiled with the tests, packaged here as a
     * WAR and deployed beside the EAR, where its beans use the EAR's JMS adapter like any application code.
     */
    private static void writeProbeWar(Path war) {
        Path classes = Path.of("target/test-classes").toAbsolutePath();
        Path probe = classes.resolve("org/caregate/it/jms/probe");
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(probe)) {
            for (Path path : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("WEB-INF/jboss-deployment-structure.xml"));
            zip.write("""
                    <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                        <deployment><dependencies><module name="jakarta.jms.api"/></dependencies></deployment>
                    </jboss-deployment-structure>
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("could not package the JMS probe", e);
        }
    }

    private static void awaitDeployed(Path deployment, Duration timeout) {
        Path deployed = deployment.resolveSibling(deployment.getFileName() + ".deployed");
        Path failed = deployment.resolveSibling(deployment.getFileName() + ".failed");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployed)) {
                return;
            }
            if (Files.exists(failed)) {
                throw new IllegalStateException(deployment.getFileName() + " failed to deploy");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(deployment.getFileName() + " was not deployed within " + timeout);
    }

    /** Markers a previous run of the copied server left behind would make the scanner skip or misreport. */
    private static void deleteDeploymentMarkers(Path deployments) {
        try (Stream<Path> files = Files.list(deployments)) {
            files.filter(f -> f.getFileName().toString().matches(".*\\.(deployed|failed|isdeploying|pending|undeployed)"))
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean " + deployments, e);
        }
    }

    private static void copyRecursively(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from, e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }
}
