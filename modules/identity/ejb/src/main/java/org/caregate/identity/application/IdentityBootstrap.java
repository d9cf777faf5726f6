package org.caregate.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.caregate.identity.domain.ApiKey;
import org.caregate.identity.domain.ApiKeyRepository;
import org.caregate.identity.domain.ApiKeySecret;
import org.caregate.identity.domain.Organization;
import org.caregate.identity.domain.OrganizationRepository;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.audit.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start on an empty database: creates the initial organization and its owner, with an API key taken from
 * {@code CAREGATE_BOOTSTRAP_API_KEY}, or generated and printed once in the log. Safe when several servers start
 * at once: they queue on a database lock and only the first finds the database empty.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class IdentityBootstrap {

    private static final Logger LOG = Logger.getLogger(IdentityBootstrap.class);
    private static final long BOOTSTRAP_LOCK = 0x43617265L;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    @Inject
    UserRepository users;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "caregate.bootstrap.api-key", defaultValue = " ")
    String configuredKey;

    @Inject
    @ConfigProperty(name = "caregate.bootstrap.organization", defaultValue = "Caregate")
    String organizationName;

    @Inject
    @ConfigProperty(name = "caregate.bootstrap.owner-email", defaultValue = "owner@caregate.local")
    String ownerEmail;

    @PostConstruct
    void createInitialOrganization() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")").getSingleResult();
        if (!organizations.isEmpty()) {
            return;
        }
        Instant now = Clock.systemUTC().instant();
        boolean generated = configuredKey.isBlank();
        ApiKeySecret secret = generated ? ApiKeySecret.generate() : ApiKeySecret.of(configuredKey);
        Founding.Founded founded = new Founding(organizations, users, keys).found(
                Organization.foundOperator(organizationName, now), new PersonName("Organization", "Owner"),
                ownerEmail, secret, now);
        Organization organization = founded.organization();
        User owner = founded.owner();
        ApiKey key = founded.key();
        audit.record(new Caller(owner.id(), organization.id(), Role.PROVIDER, Privileges.NONE, "bootstrap", null),
                "organization.created", "organization", organization.id().toString());
        if (generated) {
            LOG.infof("Created organization %d \"%s\" with owner %s. Bootstrap API key (shown only now, store it): %s",
                    organization.id(), organizationName, ownerEmail, secret.value());
        } else {
            LOG.infof("Created organization %d \"%s\" with owner %s and the API key from CAREGATE_BOOTSTRAP_API_KEY (%s)",
                    organization.id(), organizationName, ownerEmail, key.displayableKey());
        }
    }
}
