package org.caregate.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The Quick start: embedded PostgreSQL (data under {@code ~/.caregate/postgres}, or {@code $CAREGATE_DATA_DIR/postgres})
 * plus the provisioned WildFly with the EAR and its embedded JMS broker. Ctrl-C stops both.
 */
public final class Caregate {

    private static final int QUICKSTART_DB_PORT = 15432;

    private Caregate() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path serverDirectory = Path.of(System.getProperty("caregate.server.dir", "ear/target/server")).toAbsolutePath().normalize();
        String dataHome = System.getenv().getOrDefault("CAREGATE_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".caregate").toString());
        Path dataDirectory = Path.of(dataHome, "postgres");

        System.out.println("Caregate: starting PostgreSQL with data in " + dataDirectory);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, QUICKSTART_DB_PORT);

        Map<String, String> environment = new HashMap<>();
        environment.put("CAREGATE_DB_URL", database.jdbcUrl());
        environment.put("CAREGATE_DB_USER", database.user());
        environment.put("CAREGATE_DB_PASSWORD", database.password());
        System.out.println("Caregate: starting WildFly from " + serverDirectory);
        WildFlyServer server = WildFlyServer.start(serverDirectory, null, environment, 0, true);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Caregate: stopping WildFly and PostgreSQL");
            server.close();
            database.close();
        }, "caregate-shutdown"));

        server.awaitReady(Duration.ofMinutes(3));
        System.out.println("""

                Caregate is ready:
                  GraphQL   http://localhost:8080/graphql   (GraphiQL at http://localhost:8080/graphql-ui/)
                  REST      http://localhost:8080/qapi/v1/  (OpenAPI at http://localhost:8080/openapi)
                  Health    http://localhost:8080/health/ready  (server: http://localhost:9990/health/ready)
                Press Ctrl-C to stop.
                """);
        server.waitForExit();
    }
}
