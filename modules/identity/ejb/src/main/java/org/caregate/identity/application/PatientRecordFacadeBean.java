package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.caregate.identity.api.MrnPatient;
import org.caregate.identity.api.PatientRecord;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.identity.api.UserView;
import org.caregate.identity.api.event.PatientEvent;
import org.caregate.identity.domain.EhrDemographics;
import org.caregate.identity.domain.PatientPublicIds;
import org.caregate.identity.domain.PersonName;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * Patients as a hospital's record system (EHR) registers and keeps them over the Solo API: under the EHR's own
 * patient id, with MRN and demographics, and found again by that id or by the Solo patient id (the user id).
 */
@Stateless
public class PatientRecordFacadeBean implements PatientRecordFacade {

    private static final String PATIENT = "patient";

    @Inject
    UserRepository users;

    @Inject
    EventPublisher events;

    @Inject
    PatientPublicIds publicIds;

    Clock clock = Clock.systemUTC();

    @Override
    public long registerPatientRecord(Caller caller, PatientRecord record) {
        Access.requireMember(caller);
        return register(caller, record, true);
    }

    @Override
    public MrnPatient recordPatientByMrn(Caller caller, PatientRecord record) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String mrn = inputs.required("mrn", record.mrn());
        inputs.check();
        publicIds.lockMrn(caller.organizationId(), mrn);
        Optional<User> found = users.findPatientByMrn(caller.organizationId(), mrn);
        long id;
        if (found.isPresent()) {
            User patient = users.findForUpdate(caller.organizationId(), found.get().id()).orElseThrow();
            updatePatientRecord(caller, patient, record);
            id = patient.id();
        } else {
            id = register(caller, record, false);
        }
        return new MrnPatient(id, publicIds.publicIdOf(caller.organizationId(), id), found.isEmpty());
    }

    @Override
    public long patientWithPublicId(Caller caller, UUID publicId) {
        Access.requireMember(caller);
        return publicIds.patientWithPublicId(caller.organizationId(), publicId)
                .orElseThrow(() -> new NotFoundException("Patient"));
    }

    /** Registers the patient, under the EHR's own patient id when {@code withExternalId} (Solo's required "id"). */
    private long register(Caller caller, PatientRecord record, boolean withExternalId) {
        Inputs inputs = new Inputs();
        String externalId = withExternalId ? inputs.required("id", record.externalId()) : null;
        String first = inputs.required("name.firstName", record.firstName());
        String last = inputs.required("name.lastName", record.lastName());
        String email = inputs.email("telecom.email", record.email(), false);
        EhrDemographics ehr = ehrDemographics(inputs, record, null);
        checkPersonal(inputs, record);
        inputs.check();
        if (externalId != null && users.findByExternalId(caller.organizationId(), externalId).isPresent()) {
            throw new InvalidInputException("id", "A patient with id " + externalId + " already exists");
        }
        PersonName name = new PersonName(first, last);
        patients().requireUnique(caller.organizationId(), email, name, null);
        Instant now = clock.instant();
        User patient = User.registerPatient(caller.organizationId(), name, null, now);
        if (externalId != null) {
            patient.linkExternalId(externalId, now);
        }
        applyPatientRecord(patient, record, email, ehr, now);
        patients().add(patient);
        events.publish(caller, PatientEvent.of(PatientEvent.Action.CREATED, patient.id()));
        return patient.id();
    }

    @Override
    public UserView patientByExternalId(Caller caller, String externalId) {
        Access.requireMember(caller);
        return UserViews.of(patientWithExternalId(caller, externalId, false), null);
    }

    @Override
    public UserView patientBySoloId(Caller caller, long soloPatientId) {
        Access.requireMember(caller);
        return UserViews.of(patientWithSoloId(caller, soloPatientId, false), null);
    }

    @Override
    public UserView updatePatientRecord(Caller caller, String externalId, PatientRecord changes) {
        Access.requireMember(caller);
        return updatePatientRecord(caller, patientWithExternalId(caller, externalId, true), changes);
    }

    @Override
    public UserView updatePatientRecordBySoloId(Caller caller, long soloPatientId, PatientRecord changes) {
        Access.requireMember(caller);
        return updatePatientRecord(caller, patientWithSoloId(caller, soloPatientId, true), changes);
    }

    private UserView updatePatientRecord(Caller caller, User patient, PatientRecord changes) {
        UserView before = UserViews.of(patient, null);
        Inputs inputs = new Inputs();
        String first = changes.firstName() != null ? inputs.required("name.firstName", changes.firstName()) : null;
        String last = changes.lastName() != null ? inputs.required("name.lastName", changes.lastName()) : null;
        String email = inputs.email("telecom.email", changes.email(), false);
        EhrDemographics ehr = ehrDemographics(inputs, changes, patient.ehrDemographics());
        checkPersonal(inputs, changes);
        inputs.check();
        Instant now = clock.instant();
        if (first != null || last != null) {
            PersonName name = new PersonName(first != null ? first : patient.firstName(),
                    last != null ? last : patient.lastName());
            patients().requireUnique(caller.organizationId(), email != null ? email : patient.email(), name, patient.id());
            patient.rename(name, now);
        }
        applyPatientRecord(patient, changes, email, ehr, now);
        UserView after = UserViews.of(patient, null);
        events.publish(caller, new PatientEvent(PatientEvent.Action.UPDATED, patient.id(), ChangedFields.between(before, after)));
        return after;
    }

    private void applyPatientRecord(User patient, PatientRecord record, String email, EhrDemographics ehr,
                                    Instant now) {
        if (email != null) {
            patient.changeEmail(email, now);
        }
        if (record.phone() != null) {
            patient.changePhoneNumber(record.phone().strip(), now);
        }
        if (record.birthDate() != null) {
            patient.recordBirth(record.birthDate(), now);
        }
        if (record.gender() != null) {
            patient.recordGender(record.gender().strip(), now);
        }
        if (record.active() != null) {
            patient.applyActiveStatus(record.active(), now);
        }
        patient.recordEhrDemographics(ehr, now);
    }

    /**
     * The fields kept on the patient as sent, held to the limits GraphQL's patients are held to: at most 255
     * characters, a date of birth from 1900 to today, a death no later than today.
     */
    private void checkPersonal(Inputs inputs, PatientRecord record) {
        LocalDate today = LocalDate.now(clock);
        inputs.optional("telecom.phone", record.phone());
        inputs.optional("gender", record.gender());
        inputs.birthDate("birthDate", record.birthDate(), today);
        if (record.deceasedAt() != null) {
            inputs.birthDate("deceasedAt", record.deceasedAt().toLocalDate(), today);
        }
    }

    /** The EHR demographics after the record's changes, or {@code null} after recording why they are invalid. */
    private static EhrDemographics ehrDemographics(Inputs inputs, PatientRecord record, EhrDemographics current) {
        EhrDemographics base = current != null ? current
                : new EhrDemographics(null, null, null, null, null, null, false, null, false, null, null, "{}");
        boolean deceased = record.deceased() != null ? record.deceased() : base.deceased();
        if (record.deceasedAt() != null && !Boolean.TRUE.equals(record.deceased())) {
            inputs.problem("deceasedAt", "may only be given when deceased is true");
            return null;
        }
        if (Boolean.TRUE.equals(record.deceased()) && record.deceasedAt() == null) {
            inputs.problem("deceasedAt", "is required when deceased is true");
            return null;
        }
        boolean linked = record.linkedByEmail() != null ? record.linkedByEmail() : base.linkedByEmail();
        return new EhrDemographics(
                or(inputs.optional("mrn", record.mrn()), base.mrn()),
                or(inputs.optional("accountNumber", record.accountNumber()), base.accountNumber()),
                or(inputs.optional("maritalStatus", record.maritalStatus()), base.maritalStatus()),
                or(inputs.optional("preferredLanguage", record.preferredLanguage()), base.preferredLanguage()),
                or(inputs.optional("race", record.race()), base.race()),
                or(inputs.optional("ethnicity", record.ethnicity()), base.ethnicity()),
                deceased,
                deceased ? (record.deceasedAt() != null ? record.deceasedAt() : base.deceasedAt()) : null,
                linked,
                linked ? or(inputs.optional("groupType", record.groupType()), base.sharedEmailGroupType()) : null,
                linked ? or(inputs.optional("groupName", record.groupName()), base.sharedEmailGroupName()) : null,
                or(record.demographicsJson(), base.documentJson()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private User patientWithExternalId(Caller caller, String externalId, boolean lock) {
        User patient = users.findByExternalId(caller.organizationId(), externalId).filter(User::isPatient)
                .orElseThrow(() -> new NotFoundException("Patient"));
        return lock ? users.findForUpdate(caller.organizationId(), patient.id()).orElseThrow() : patient;
    }

    private User patientWithSoloId(Caller caller, long soloPatientId, boolean lock) {
        Optional<User> found = lock ? users.findForUpdate(caller.organizationId(), soloPatientId)
                : users.find(caller.organizationId(), soloPatientId);
        return found.filter(User::isPatient).orElseThrow(() -> new NotFoundException("Patient"));
    }

    private PatientRules patients() {
        return new PatientRules(users);
    }
}
