package org.caregate.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the database up to the schema this build expects, before any context uses it: Flyway applies the SQL in
 * {@code migrations/} (one PostgreSQL schema per context). JPA never generates schema. Beans that touch the
 * database at start-up declare {@code @DependsOn("DatabaseSchema")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

    /** Every schema the migrations create; Flyway keeps its history in the first. */
    static final String[] SCHEMAS = {"caregate", "audit", "identity", "scheduling", "webhooks", "outreach", "visits", "forms",
        "episodes", "nursing", "billing", "reports"};

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class);

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseSchema.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMAS)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted);
    }
}
