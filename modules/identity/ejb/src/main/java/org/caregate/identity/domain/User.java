package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.caregate.kernel.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person with an account in an organization: a patient (client) who receives care, or a provider or staff
 * member who gives it. Patients and members are one type, told apart by {@link #role()}, as in Healthie's
 * {@code User} with {@code is_patient}. A patient may carry a provider of record ({@code dietitian}) and the
 * demographics an EHR keeps (MRN, account number, Solo's FHIR-like names, contacts and addresses).
 * Users are never deleted: a patient is archived and may be reactivated.
 */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "legal_name")
    private String legalName;

    private String email;

    @Column(name = "skipped_email", nullable = false)
    private boolean skippedEmail;

    @Column(name = "phone_number")
    private String phoneNumber;

    private LocalDate dob;

    private String gender;

    private String timezone;

    @Column(name = "record_identifier")
    private String recordIdentifier;

    private String npi;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "dietitian_id")
    private Long dietitianId;

    @Column(name = "user_group_id")
    private Long userGroupId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "external_id")
    private String externalId;

    private String mrn;

    @Column(name = "account_number")
    private String accountNumber;

    @Column(name = "marital_status")
    private String maritalStatus;

    @Column(name = "preferred_language")
    private String preferredLanguage;

    private String race;

    private String ethnicity;

    @Column(nullable = false)
    private boolean deceased;

    @Column(name = "deceased_at")
    private LocalDateTime deceasedAt;

    @Column(name = "linked_by_email", nullable = false)
    private boolean linkedByEmail;

    @Column(name = "shared_email_group_type")
    private String sharedEmailGroupType;

    @Column(name = "shared_email_group_name")
    private String sharedEmailGroupName;

    /** What keyword search matches: maintained by the database (trigger), never written here. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    /** Solo's lists ({@code name[]}, {@code telecom[]}, {@code contact[]}, {@code address[]}) kept as sent. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String demographics = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
    }

    private User(long organizationId, Role role, PersonName name, Instant now) {
        this.organizationId = organizationId;
        this.role = Objects.requireNonNull(role);
        this.firstName = name.first();
        this.lastName = name.last();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Registers a patient of the organization, cared for by {@code providerId} when one is given. */
    public static User registerPatient(long organizationId, PersonName name, Long providerId, Instant now) {
        User patient = new User(organizationId, Role.PATIENT, name, now);
        patient.dietitianId = providerId;
        return patient;
    }

    /** Adds a provider or staff member to the organization. */
    public static User enrolMember(long organizationId, Role role, PersonName name, String email, Instant now) {
        if (role == Role.PATIENT) {
            throw new IllegalArgumentException("members are providers or staff");
        }
        User member = new User(organizationId, role, name, now);
        member.email = email;
        return member;
    }

    public void rename(PersonName name, Instant now) {
        this.firstName = name.first();
        this.lastName = name.last();
        touch(now);
    }

    public void recordLegalName(String legalName, Instant now) {
        this.legalName = legalName;
        touch(now);
    }

    /** Sets the email address; {@code null} means the patient has none ("skipped email"). */
    public void changeEmail(String email, Instant now) {
        this.email = email;
        this.skippedEmail = email == null;
        touch(now);
    }

    public void changePhoneNumber(String phoneNumber, Instant now) {
        this.phoneNumber = phoneNumber;
        touch(now);
    }

    public void recordBirth(LocalDate dob, Instant now) {
        this.dob = dob;
        touch(now);
    }

    public void recordGender(String gender, Instant now) {
        this.gender = gender;
        touch(now);
    }

    public void moveToTimezone(String timezone, Instant now) {
        this.timezone = timezone;
        touch(now);
    }

    public void recordIdentifiers(String recordIdentifier, String npi, Instant now) {
        this.recordIdentifier = recordIdentifier;
        this.npi = npi;
        touch(now);
    }

    /** Hands the patient's care to another provider of the same organization. */
    public void assignProvider(Long providerId, Instant now) {
        this.dietitianId = providerId;
        touch(now);
    }

    /** Moves a member between provider and staff; patients stay patients. */
    public void moveToRole(Role newRole, Instant now) {
        if (role == Role.PATIENT || newRole == Role.PATIENT) {
            throw new IllegalArgumentException("only members move between provider and staff");
        }
        this.role = newRole;
        touch(now);
    }

    /** Puts the patient into a group, taking them out of any other. */
    public void joinGroup(long groupId, Instant now) {
        this.userGroupId = groupId;
        touch(now);
    }

    /** Takes the patient out of their group. */
    public void leaveGroup(Instant now) {
        this.userGroupId = null;
        touch(now);
    }

    /** Archives the patient (Healthie's "active_status: false"); archived patients are kept, never deleted. */
    public void archive(Instant now) {
        this.active = false;
        touch(now);
    }

    public void reactivate(Instant now) {
        this.active = true;
        touch(now);
    }

    /** Healthie's {@code active_status}: {@code false} archives, {@code true} reactivates. */
    public void applyActiveStatus(boolean activeStatus, Instant now) {
        if (activeStatus) {
            reactivate(now);
        } else {
            archive(now);
        }
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        touch(now);
    }

    /** Links the patient to the id the hospital's own system (EHR) knows them by. */
    public void linkExternalId(String externalId, Instant now) {
        this.externalId = externalId;
        touch(now);
    }

    /** Records the EHR demographics Solo integrations send. */
    public void recordEhrDemographics(EhrDemographics ehr, Instant now) {
        this.mrn = ehr.mrn();
        this.accountNumber = ehr.accountNumber();
        this.maritalStatus = ehr.maritalStatus();
        this.preferredLanguage = ehr.preferredLanguage();
        this.race = ehr.race();
        this.ethnicity = ehr.ethnicity();
        this.deceased = ehr.deceased();
        this.deceasedAt = ehr.deceasedAt();
        this.linkedByEmail = ehr.linkedByEmail();
        this.sharedEmailGroupType = ehr.sharedEmailGroupType();
        this.sharedEmailGroupName = ehr.sharedEmailGroupName();
        this.demographics = ehr.documentJson();
        touch(now);
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Role role() {
        return role;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public PersonName name() {
        return new PersonName(firstName, lastName);
    }

    public String legalName() {
        return legalName;
    }

    public String email() {
        return email;
    }

    public boolean skippedEmail() {
        return skippedEmail;
    }

    public String phoneNumber() {
        return phoneNumber;
    }

    public LocalDate dob() {
        return dob;
    }

    public String gender() {
        return gender;
    }

    public String timezone() {
        return timezone;
    }

    public String recordIdentifier() {
        return recordIdentifier;
    }

    public String npi() {
        return npi;
    }

    public boolean active() {
        return active;
    }

    public Long dietitianId() {
        return dietitianId;
    }

    public Long userGroupId() {
        return userGroupId;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String externalId() {
        return externalId;
    }

    public EhrDemographics ehrDemographics() {
        return new EhrDemographics(mrn, accountNumber, maritalStatus, preferredLanguage, race, ethnicity, deceased,
                deceasedAt, linkedByEmail, sharedEmailGroupType, sharedEmailGroupName, demographics);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
