package org.caregate.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.caregate.identity.api.TagFacade;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.InvalidInputException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity inside the server, against PostgreSQL: the unique indexes that stand for the directory's rules reach the
 * use cases as {@link AlreadyTaken}, any other constraint stays a persistence failure, and a refusal reaches its
 * caller as itself and rolls back the whole transaction it ran in.
 */
@ExtendWith(ContainerServer.class)
@ExtendWith(ArquillianExtension.class)
class IdentityInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withContexts(IdentityInContainerIT.class, "identity.jar", "forms.jar", "scheduling.jar",
                "visits.jar");
    }

    @Inject
    UserRepository users;

    @EJB
    TagFacade tags;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/CaregateDS")
    DataSource database;

    @Test
    void aSecondMemberWithTheSameEmailIsRefusedByItsUniqueIndexAsATakenEmail() throws Exception {
        long organization = owner()[1];
        String email = "ada-" + UUID.randomUUID() + "@example.org";
        transaction.begin();
        users.add(User.enrolMember(organization, Role.PROVIDER, new PersonName("Ada", "Lovelace"), email, Instant.now()));
        transaction.commit();

        transaction.begin();
        try {
            assertThatThrownBy(() -> users.add(User.enrolMember(organization, Role.STAFF,
                    new PersonName("Augusta", "King"), email.toUpperCase(), Instant.now())))
                    .isInstanceOfSatisfying(AlreadyTaken.class,
                            taken -> assertThat(taken.place()).isEqualTo(AlreadyTaken.Place.MEMBER_EMAIL));
        } finally {
            transaction.rollback();
        }
        assertThat(count("SELECT count(*) FROM identity.app_user WHERE lower(email) = lower(?)", email)).isEqualTo(1);
    }

    @Test
    void theSamePatientRegisteredTwiceIsRefusedAsATakenIdentity() throws Exception {
        long organization = owner()[1];
        String email = "grace-" + UUID.randomUUID() + "@example.org";
        transaction.begin();
        users.add(patient(organization, email));
        transaction.commit();

        transaction.begin();
        try {
            assertThatThrownBy(() -> users.add(patient(organization, email)))
                    .isInstanceOfSatisfying(AlreadyTaken.class,
                            taken -> assertThat(taken.place()).isEqualTo(AlreadyTaken.Place.PATIENT_IDENTITY));
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void anotherConstraintIsNotReadAsATakenPlace() throws Exception {
        long organization = owner()[1];
        String externalId = "EHR-" + UUID.randomUUID();
        transaction.begin();
        User first = patient(organization, "first-" + UUID.randomUUID() + "@example.org");
        first.linkExternalId(externalId, Instant.now());
        users.add(first);
        transaction.commit();

        transaction.begin();
        try {
            User second = patient(organization, "second-" + UUID.randomUUID() + "@example.org");
            second.linkExternalId(externalId, Instant.now());
            assertThatThrownBy(() -> users.add(second))
                    .isInstanceOf(PersistenceException.class)
                    .isNotInstanceOf(AlreadyTaken.class);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aRefusalReachesTheCallerAsItselfAndRollsBackEverythingTheTransactionWrote() throws Exception {
        long[] owner = owner();
        Caller caller = new Caller(owner[0], owner[1], Role.PROVIDER, new Privileges(true, true, false, true, true, true),
                "container-test", "127.0.0.1");
        String name = "tag-" + UUID.randomUUID();
        transaction.begin();
        try {
            tags.createTag(caller, name, null);
            assertThatThrownBy(() -> tags.createTag(caller, name, null)).isExactlyInstanceOf(InvalidInputException.class);
            assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_MARKED_ROLLBACK);
        } finally {
            transaction.rollback();
        }
        assertThat(count("SELECT count(*) FROM identity.tag WHERE name = ?", name)).isZero();
        assertThat(count("SELECT count(*) FROM audit.audit_event WHERE action = 'tag.created' AND request_id = ?",
                "container-test")).isZero();
    }

    private static User patient(long organization, String email) {
        User patient = User.registerPatient(organization, new PersonName("Grace", "Hopper"), null, Instant.now());
        patient.changeEmail(email, Instant.now());
        return patient;
    }

    private long[] owner() throws Exception {
        return Rows.owner(database);
    }

    private long count(String sql, String parameter) throws Exception {
        return Rows.count(database, sql, parameter);
    }
}
