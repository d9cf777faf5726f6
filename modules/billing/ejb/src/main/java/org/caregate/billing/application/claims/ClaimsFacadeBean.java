package org.caregate.billing.application.claims;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.claims.ClaimSearch;
import org.caregate.billing.api.claims.ClaimsFacade;
import org.caregate.billing.api.claims.Cms1500Event;
import org.caregate.billing.api.claims.Cms1500Request;
import org.caregate.billing.api.claims.Cms1500View;
import org.caregate.billing.api.claims.CptCodeView;
import org.caregate.billing.api.claims.IcdCodeView;
import org.caregate.billing.api.claims.InsurancePlanView;
import org.caregate.billing.api.claims.PolicyView;
import org.caregate.billing.api.claims.ReceiptLineItemView;
import org.caregate.billing.api.claims.SuperBillRequest;
import org.caregate.billing.api.claims.SuperBillView;
import org.caregate.billing.domain.claims.ClaimCodes;
import org.caregate.billing.domain.claims.ClaimRepository;
import org.caregate.billing.domain.claims.ClaimTotals;
import org.caregate.billing.domain.claims.Cms1500;
import org.caregate.billing.domain.claims.Cms1500Draft;
import org.caregate.billing.domain.claims.CptCodeLine;
import org.caregate.billing.domain.claims.IcdCodeLine;
import org.caregate.billing.domain.claims.IcdCodeTable;
import org.caregate.billing.domain.claims.InsurancePlan;
import org.caregate.billing.domain.claims.InsurancePlanRepository;
import org.caregate.billing.domain.claims.PolicyLine;
import org.caregate.billing.domain.claims.ReceiptLine;
import org.caregate.billing.domain.claims.SuperBill;
import org.caregate.billing.domain.claims.SuperBillDraft;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;

/**
 * Superbills and CMS 1500s: who may see and write which, what a claim must name (a patient and a provider of the
 * organization, optionally the patient's appointment, plans of the catalogue, known ICD-10-CM codes, CPT codes of the
 * right shape) and the events a CMS 1500 raises. Every input is read in full before anything is written, so a refused
 * request reports all its problems and changes nothing.
 */
@Stateless
public class ClaimsFacadeBean implements ClaimsFacade {

    static final List<String> SUPER_BILL_STATUSES = List.of(ClaimTotals.UNPAID, ClaimTotals.PARTIALLY_PAID,
            ClaimTotals.PAID);
    private static final List<String> ORDERS = List.of("created_at_desc", "created_at_asc", "service_date_desc",
            "service_date_asc");
    private static final int MAX_TEXT = 255;
    private static final int MAX_LOCATION_ID = 64;

    @Inject
    ClaimRepository claims;

    @Inject
    IcdCodeTable icdCodes;

    @Inject
    InsurancePlanRepository plans;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @EJB
    PeopleDirectory people;

    @EJB
    AppointmentFacade appointments;

    @EJB
    BillingSettingsFacade settings;

    Clock clock = Clock.systemUTC();

    // ---- superbills

    @Override
    public List<SuperBillView> superBills(Caller caller, ClaimSearch search) {
        Access.requireAuthenticated(caller);
        Filter filter = filter(caller, search, true);
        if (filter.nothing()) {
            return List.of();
        }
        List<SuperBill> rows = claims.superBills(caller.organizationId(), filter.patientId(), filter.providerId(),
                filter.order(), Pages.UNPAGED_LIMIT);
        Map<Long, Person> named = peopleOf(rows.stream().flatMap(s -> Stream.of(s.patientId(), s.providerId())));
        return rows.stream()
                .filter(s -> filter.status() == null || s.status().equalsIgnoreCase(filter.status()))
                .filter(s -> filter.matches(s.status(), named.get(s.patientId()), named.get(s.providerId()),
                        s.providerName()))
                .map(this::view).toList();
    }

    @Override
    public SuperBillView superBill(Caller caller, String id) {
        Access.requireAuthenticated(caller);
        return view(visibleSuperBill(caller, id));
    }

    @Override
    public SuperBillView createSuperBill(Caller caller, SuperBillRequest request) {
        Access.requireMember(caller);
        Currency currency = settings.currency(caller);
        SuperBillDraft draft = superBillDraft(caller, null, request, currency);
        SuperBill superBill = new SuperBill(caller.organizationId(), currency, draft, clock.instant());
        claims.add(superBill);
        audit.record(caller, "super_bill.created", "super_bill", String.valueOf(superBill.id()));
        return view(superBill);
    }

    @Override
    public SuperBillView updateSuperBill(Caller caller, String id, SuperBillRequest request) {
        Access.requireMember(caller);
        SuperBill superBill = visibleSuperBill(caller, id);
        superBill.revise(superBillDraft(caller, superBill.draft(), request, superBill.currency()), clock.instant());
        audit.record(caller, "super_bill.updated", "super_bill", String.valueOf(superBill.id()));
        return view(superBill);
    }

    @Override
    public SuperBillView deleteSuperBill(Caller caller, String id) {
        Access.requireMember(caller);
        SuperBill superBill = visibleSuperBill(caller, id);
        SuperBillView was = view(superBill);
        claims.remove(superBill);
        audit.record(caller, "super_bill.deleted", "super_bill", String.valueOf(was.id()));
        return was;
    }

    /** The organization's superbill; a patient's own only. */
    private SuperBill visibleSuperBill(Caller caller, String id) {
        Long wanted = id(id);
        return claims.superBill(caller.organizationId(), wanted)
                .filter(s -> !caller.isPatient() || s.patientId() == caller.userId())
                .orElseThrow(() -> new NotFoundException("Superbill"));
    }

    /** The whole superbill the request makes of {@code base} ({@code null} on create, when fields are required). */
    private SuperBillDraft superBillDraft(Caller caller, SuperBillDraft base, SuperBillRequest r, Currency currency) {
        boolean create = base == null;
        Inputs in = new Inputs();
        Long patientId = pick(in, "patient_id", r.patientId(), create, base == null ? null : base.patientId());
        LocalDate dob = r.patientDob() != null ? ClaimLines.date(in, "patient_dob", "patient_dob", r.patientDob())
                : create ? missing(in, "patient_dob") : base.patientDob();
        Long providerId = pick(in, "dietetitian_id", r.dietitianId(), create,
                base == null ? null : base.providerId());
        String providerName = r.providerName() != null ? text(in, "provider_name", r.providerName(), true)
                : create ? missing(in, "provider_name") : base.providerName();
        LocalDate serviceDate = r.serviceDate() != null
                ? ClaimLines.date(in, "service_date", "service_date", r.serviceDate())
                : create ? missing(in, "service_date") : base.serviceDate();
        String status = base == null ? null : base.status();
        if (r.status() != null) {
            status = r.status().isBlank() ? null : SUPER_BILL_STATUSES.stream()
                    .filter(s -> s.equalsIgnoreCase(r.status().strip())).findFirst().orElse(null);
            if (!r.status().isBlank() && status == null) {
                in.problem("status", "must be one of " + String.join(", ", SUPER_BILL_STATUSES));
            }
        }
        List<IcdCodeLine> icd = r.icdCodes() != null
                ? ClaimLines.diagnoses(in, "icd_codes_super_bills", r.icdCodes(), icdCodes)
                : create ? List.of() : base.icdCodes();
        List<CptCodeLine> cpt = r.cptCodes() != null
                ? ClaimLines.procedures(in, "cpt_codes_super_bills", r.cptCodes(), currency)
                : create ? List.of() : base.cptCodes();
        List<ReceiptLine> receipt = r.receiptLineItems() != null
                ? ClaimLines.receipt(in, "receipt_line_items", r.receiptLineItems(), currency)
                : create ? List.of() : base.receiptLines();
        Money paid = r.amountPaid() != null && !r.amountPaid().isBlank()
                ? ClaimLines.amount(in, "amount_paid", "amount_paid", r.amountPaid(), currency, true)
                : base != null ? new Money(base.amountPaid(), currency) : receiptTotal(receipt, currency);
        Long appointmentId = r.appointmentId() == null ? (base == null ? null : base.appointmentId())
                : r.appointmentId().isBlank() ? null : in.id("appointment_id", r.appointmentId());
        in.check();
        requirePatient(caller, patientId, "patient_id");
        requireProvider(caller, providerId, "dietetitian_id");
        requireAppointment(caller, appointmentId, patientId);
        return new SuperBillDraft(patientId, providerId, appointmentId, providerName, dob, serviceDate, status,
                paid.amount(), icd, cpt, receipt);
    }

    private static Money receiptTotal(List<ReceiptLine> receipt, Currency currency) {
        Money total = Money.zero(currency);
        for (ReceiptLine line : receipt) {
            if (total.amount().add(line.amount()).compareTo(Money.MAXIMUM) > 0) {
                throw new InvalidInputException("receipt_line_items", "adds up to more than "
                        + Money.MAXIMUM.toPlainString());
            }
            total = total.plus(new Money(line.amount(), currency));
        }
        return total;
    }

    private SuperBillView view(SuperBill s) {
        Map<String, String> described = icdCodes.descriptions(s.icdCodes().stream().map(IcdCodeLine::code).toList());
        Currency currency = s.currency();
        List<ReceiptLine> receipt = s.receiptLines();
        List<ReceiptLineItemView> receiptViews = new ArrayList<>();
        for (int i = 0; i < receipt.size(); i++) {
            ReceiptLine line = receipt.get(i);
            receiptViews.add(new ReceiptLineItemView(i + 1, line.description(), new Money(line.amount(), currency),
                    line.paidOn()));
        }
        return new SuperBillView(s.id(), s.patientId(), s.providerId(), s.appointmentId(), s.providerName(),
                s.patientDob(), s.serviceDate(), s.status(), new Money(s.amountPaid(), currency),
                new Money(s.totalFee(), currency), new Money(s.balanceDue(), currency),
                icdViews(s.icdCodes(), described), cptViews(s.cptCodes(), currency), receiptViews, s.createdAt(),
                s.updatedAt());
    }

    // ---- CMS 1500s

    @Override
    public List<Cms1500View> cms1500s(Caller caller, ClaimSearch search) {
        Access.requireMember(caller);
        Filter filter = filter(caller, search, false);
        List<Cms1500> rows = claims.cms1500s(caller.organizationId(), filter.patientId(), filter.providerId(),
                filter.order(), Pages.UNPAGED_LIMIT);
        Map<Long, Person> named = peopleOf(rows.stream().flatMap(c -> Stream.of(c.patientId(), c.providerId())));
        Map<Long, InsurancePlan> planned = plansOf(rows.stream().flatMap(c -> c.policies().stream())
                .map(PolicyLine::insurancePlanId).collect(Collectors.toSet()));
        return rows.stream()
                .filter(c -> filter.status() == null || c.status().equalsIgnoreCase(filter.status()))
                .filter(c -> filter.matches(c.status(), named.get(c.patientId()), named.get(c.providerId()),
                        c.policies().stream().map(p -> planned.get(p.insurancePlanId()))
                                .flatMap(p -> Stream.of(p.payerName(), p.payerId())).toArray(String[]::new)))
                .map(c -> view(c, planned)).toList();
    }

    @Override
    public Cms1500View cms1500(Caller caller, String id) {
        Access.requireMember(caller);
        return view(memberCms1500(caller, id));
    }

    @Override
    public Cms1500View createCms1500(Caller caller, Cms1500Request request) {
        Access.requireMember(caller);
        Currency currency = settings.currency(caller);
        Cms1500Draft draft = cms1500Draft(caller, null, request, currency);
        Cms1500 claim = new Cms1500(caller.organizationId(), currency, draft, clock.instant());
        claims.add(claim);
        events.publish(caller, Cms1500Event.of(Cms1500Event.Action.CREATED, claim.id()));
        return view(claim);
    }

    @Override
    public Cms1500View updateCms1500(Caller caller, String id, Cms1500Request request) {
        Access.requireMember(caller);
        Cms1500 claim = memberCms1500(caller, id);
        Cms1500View before = view(claim);
        claim.revise(cms1500Draft(caller, claim.draft(), request, claim.currency()), clock.instant());
        Cms1500View after = view(claim);
        events.publish(caller, new Cms1500Event(Cms1500Event.Action.UPDATED, claim.id(), changedFields(before,
                after)));
        return after;
    }

    /** The API fields of a CMS 1500 an update changed, in a fixed order (the webhook's {@code changed_fields}). */
    static List<String> changedFields(Cms1500View before, Cms1500View after) {
        Map<String, Function<Cms1500View, Object>> fields = new java.util.LinkedHashMap<>();
        fields.put("patient", v -> List.of(v.patientId(), String.valueOf(v.patientGender()), v.patientAddress()));
        fields.put("provider", Cms1500View::providerId);
        fields.put("appointment_id", v -> String.valueOf(v.appointmentId()));
        fields.put("service_location_id", Cms1500View::serviceLocationId);
        fields.put("patient_first_name", v -> String.valueOf(v.patientFirstName()));
        fields.put("patient_last_name", v -> String.valueOf(v.patientLastName()));
        fields.put("patient_dob", v -> String.valueOf(v.patientDob()));
        fields.put("npi", v -> String.valueOf(v.providerNpi()));
        fields.put("amount_paid", Cms1500View::amountPaid);
        fields.put("total_fee", Cms1500View::totalFee);
        fields.put("balance_due", Cms1500View::balanceDue);
        fields.put("status", Cms1500View::status);
        fields.put("client_sig_on_file", Cms1500View::clientSigOnFile);
        fields.put("cms1500_policies", Cms1500View::policies);
        fields.put("icd_codes_cms1500s", Cms1500View::icdCodes);
        fields.put("cpt_codes_cms1500s", Cms1500View::cptCodes);
        return fields.entrySet().stream()
                .filter(f -> !f.getValue().apply(before).equals(f.getValue().apply(after)))
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public Cms1500View deleteCms1500(Caller caller, String id) {
        Access.requireMember(caller);
        Cms1500 claim = memberCms1500(caller, id);
        Cms1500View was = view(claim);
        claims.remove(claim);
        events.publish(caller, Cms1500Event.of(Cms1500Event.Action.DELETED, was.id()));
        return was;
    }

    private Cms1500 memberCms1500(Caller caller, String id) {
        return claims.cms1500(caller.organizationId(), id(id)).orElseThrow(() -> new NotFoundException("CMS1500"));
    }

    /** The whole claim the request makes of {@code base} ({@code null} on create, when fields are required). */
    private Cms1500Draft cms1500Draft(Caller caller, Cms1500Draft base, Cms1500Request r, Currency currency) {
        boolean create = base == null;
        Inputs in = new Inputs();
        Cms1500Request.ClaimPatient patient = r.patient();
        if (create && patient == null) {
            in.problem("patient", "can't be blank");
        }
        Long patientId = patient != null ? pick(in, "patient", patient.id(), create || patient.id() != null,
                base == null ? null : base.patientId()) : base == null ? null : base.patientId();
        String firstName = patient != null && patient.firstName() != null
                ? text(in, "patient", patient.firstName(), false) : base == null ? null : base.patientFirstName();
        String lastName = patient != null && patient.lastName() != null
                ? text(in, "patient", patient.lastName(), false) : base == null ? null : base.patientLastName();
        LocalDate dob = patient != null && patient.dob() != null && !patient.dob().isBlank()
                ? ClaimLines.date(in, "patient", "dob", patient.dob()) : base == null ? null : base.patientDob();
        String gender = patient != null && patient.gender() != null ? bounded(in, "patient", patient.gender(), 20)
                : base == null ? null : base.patientGender();
        Cms1500Draft.Address address = base == null ? null : base.address();
        if (patient != null && patient.location() != null) {
            address = address(in, patient.location());
        } else if (create && patient != null) {
            in.problem("patient", "must include a location (LocationInput)");
        }
        Cms1500Request.ClaimProvider dietitian = r.dietitian();
        if (create && dietitian == null) {
            in.problem("dietitian", "can't be blank");
        }
        Long providerId = dietitian != null ? pick(in, "dietitian", dietitian.id(), create || dietitian.id() != null,
                base == null ? null : base.providerId()) : base == null ? null : base.providerId();
        String npi = base == null ? null : base.providerNpi();
        if (dietitian != null && dietitian.npi() != null) {
            npi = dietitian.npi().isBlank() ? null : dietitian.npi().strip();
            if (npi != null && !ClaimCodes.isNpi(npi)) {
                in.problem("dietitian", "npi is not a National Provider Identifier (ten digits, valid check digit)");
            }
        }
        String location = r.serviceLocationId() != null
                ? bounded(in, "service_location_id", r.serviceLocationId(), MAX_LOCATION_ID)
                : create ? null : base.serviceLocationId();
        if (location == null || location.isBlank()) {
            in.problem("service_location_id", "can't be blank");
        }
        Money paid = r.amountPaid() != null && !r.amountPaid().isBlank()
                ? ClaimLines.amount(in, "amount_paid", "amount_paid", r.amountPaid(), currency, true)
                : base != null ? new Money(base.amountPaid(), currency) : Money.zero(currency);
        boolean signature = r.clientSigOnFile() != null ? r.clientSigOnFile() : base != null && base.clientSigOnFile();
        List<ClaimLines.PolicyDraft> policyDrafts = null;
        if (r.policies() != null) {
            policyDrafts = ClaimLines.policies(in, "cms1500_policies", r.policies());
        } else if (create) {
            in.problem("cms1500_policies", "can't be blank (an empty list names no policy)");
        }
        List<IcdCodeLine> icd = r.icdCodes() != null
                ? ClaimLines.diagnoses(in, "icd_codes_cms1500s", r.icdCodes(), icdCodes)
                : create ? List.of() : base.icdCodes();
        List<CptCodeLine> cpt = r.cptCodes() != null
                ? ClaimLines.procedures(in, "cpt_codes_cms1500s", r.cptCodes(), currency)
                : create ? List.of() : base.cptCodes();
        Long appointmentId = r.appointmentId() == null ? (base == null ? null : base.appointmentId())
                : r.appointmentId().isBlank() ? null : in.id("appointment_id", r.appointmentId());
        List<PolicyLine> policies = base == null ? List.of() : base.policies();
        if (policyDrafts != null) {
            Set<Long> known = plansOf(policyDrafts.stream().map(ClaimLines.PolicyDraft::insurancePlanId)
                    .collect(Collectors.toSet())).keySet();
            policyDrafts.stream().filter(p -> !known.contains(p.insurancePlanId())).forEach(p -> in.problem(
                    "cms1500_policies", "Insurance plan not found: " + p.insurancePlanId()));
            policies = policyDrafts.stream().map(p -> new PolicyLine(p.insurancePlanId(), p.priorityType(), p.num(),
                    p.groupNum())).toList();
        }
        in.check();
        Person billed = requirePatient(caller, patientId, "patient");
        requireProvider(caller, providerId, "dietitian");
        requireAppointment(caller, appointmentId, patientId);
        return new Cms1500Draft(patientId, providerId, appointmentId, location,
                firstName != null ? firstName : billed.firstName(), lastName != null ? lastName : billed.lastName(),
                dob, gender, address, npi, paid.amount(), signature, policies, icd, cpt);
    }

    private static Cms1500Draft.Address address(Inputs in, Cms1500Request.ClaimAddress location) {
        String line1 = required(in, "patient", "location.line1", location.line1());
        String line2 = location.line2() == null ? null : bounded(in, "patient", location.line2(), MAX_TEXT);
        String city = required(in, "patient", "location.city", location.city());
        String state = required(in, "patient", "location.state", location.state());
        String zip = required(in, "patient", "location.zip", location.zip());
        if (zip != null && zip.length() > 20) {
            in.problem("patient", "location.zip is too long (at most 20 characters)");
        }
        String country = location.country() == null || location.country().isBlank() ? null
                : location.country().strip().toUpperCase(Locale.ROOT);
        if (country != null && !country.matches("[A-Z]{2}")) {
            in.problem("patient", "location.country must be a two-letter ISO 3166 code");
        }
        return new Cms1500Draft.Address(line1, line2, city, state, zip, country);
    }

    private Cms1500View view(Cms1500 claim) {
        return view(claim, plansOf(claim.policies().stream().map(PolicyLine::insurancePlanId)
                .collect(Collectors.toSet())));
    }

    private Cms1500View view(Cms1500 c, Map<Long, InsurancePlan> planned) {
        Map<String, String> described = icdCodes.descriptions(c.icdCodes().stream().map(IcdCodeLine::code).toList());
        List<PolicyLine> policies = c.policies();
        List<PolicyView> policyViews = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            PolicyLine p = policies.get(i);
            InsurancePlan plan = planned.get(p.insurancePlanId());
            policyViews.add(new PolicyView(i + 1, new InsurancePlanView(plan.id(), plan.payerId(), plan.payerName(),
                    false), p.priorityType(), p.memberNumber(), p.groupNumber()));
        }
        Cms1500Draft.Address a = c.address();
        return new Cms1500View(c.id(), c.patientId(), c.providerId(), c.appointmentId(), c.serviceLocationId(),
                c.patientFirstName(), c.patientLastName(), c.patientDob(), c.patientGender(),
                new Cms1500Request.ClaimAddress(a.line1(), a.line2(), a.city(), a.state(), a.zip(), a.country()),
                c.providerNpi(), new Money(c.amountPaid(), c.currency()), new Money(c.totalFee(), c.currency()),
                new Money(c.balanceDue(), c.currency()), c.status(), c.clientSigOnFile(),
                policyViews, icdViews(c.icdCodes(), described), cptViews(c.cptCodes(), c.currency()), c.createdAt(),
                c.updatedAt());
    }

    // ---- shared

    private static List<IcdCodeView> icdViews(List<IcdCodeLine> lines, Map<String, String> described) {
        List<IcdCodeView> views = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            views.add(new IcdCodeView(i + 1, lines.get(i).code(), described.get(lines.get(i).code())));
        }
        return views;
    }

    private static List<CptCodeView> cptViews(List<CptCodeLine> lines, Currency currency) {
        List<CptCodeView> views = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CptCodeLine line = lines.get(i);
            views.add(new CptCodeView(i + 1, line.code(), line.modifier(), line.units(),
                    new Money(line.fee(), currency), new Money(ClaimTotals.lineTotal(line), currency)));
        }
        return views;
    }

    /** The organization's patient with this id; refused on {@code field} as not found otherwise. */
    private Person requirePatient(Caller caller, Long id, String field) {
        return people.person(id).filter(p -> p.organizationId() == caller.organizationId() && p.isPatient())
                .orElseThrow(() -> new InvalidInputException(field, "Patient not found"));
    }

    /** The organization's provider or staff member with this id; refused on {@code field} otherwise. */
    private void requireProvider(Caller caller, Long id, String field) {
        people.person(id).filter(p -> p.organizationId() == caller.organizationId() && !p.isPatient() && p.active())
                .orElseThrow(() -> new InvalidInputException(field, "Provider not found"));
    }

    /** The organization's appointment (scheduling decides what the caller may see), and the patient's. */
    private void requireAppointment(Caller caller, Long appointmentId, Long patientId) {
        if (appointmentId == null) {
            return;
        }
        AppointmentView appointment = appointments.appointment(caller, new AppointmentId(appointmentId), false);
        if (!patientId.equals(appointment.patientId()) && !appointment.attendeeIds().contains(patientId)) {
            throw new InvalidInputException("appointment_id", "is not an appointment of the claim's patient");
        }
    }

    private Map<Long, Person> peopleOf(Stream<Long> ids) {
        Set<Long> wanted = ids.collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : people.people(wanted).stream()
                .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    }

    private Map<Long, InsurancePlan> plansOf(Collection<Long> ids) {
        return plans.plans(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(InsurancePlan::id, Function.identity()));
    }

    /** What a listing narrows to. {@code nothing} when a patient asks for another patient's claims. */
    private record Filter(Long patientId, Long providerId, String status, List<String> words, String order,
                          boolean nothing) {

        /** Whether every keyword is in the status, a person's first or last name, or one of the other texts. */
        boolean matches(String status, Person patient, Person provider, String... others) {
            if (words.isEmpty()) {
                return true;
            }
            String haystack = Stream.concat(Stream.of(status, patient == null ? null : patient.fullName(),
                            provider == null ? null : provider.fullName()), Arrays.stream(others))
                    .filter(t -> t != null).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        }
    }

    private Filter filter(Caller caller, ClaimSearch search, boolean withServiceDate) {
        ClaimSearch s = search != null ? search : new ClaimSearch(null, null, null, null, null);
        Inputs in = new Inputs();
        Long client = in.id("client_id", s.clientId());
        Long provider = in.id("provider_id", s.providerId());
        String keywords = s.keywords() == null ? null : bounded(in, "keywords", s.keywords(), MAX_TEXT);
        String status = s.status() == null || s.status().isBlank() ? null : bounded(in, "status", s.status(), 50);
        String order = s.sortBy() == null || s.sortBy().isBlank() ? "created_at_desc"
                : s.sortBy().strip().toLowerCase(Locale.ROOT);
        List<String> orders = withServiceDate ? ORDERS : ORDERS.subList(0, 2);
        if (!orders.contains(order)) {
            in.problem("sort_by", "must be one of " + String.join(", ", orders));
        }
        in.check();
        boolean nothing = false;
        if (caller.isPatient()) {
            nothing = client != null && client.longValue() != caller.userId();
            client = caller.userId();
        }
        List<String> words = keywords == null ? List.of()
                : Arrays.stream(keywords.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return new Filter(client, provider, status, words, order, nothing);
    }

    private static Long id(String raw) {
        Inputs in = new Inputs();
        Long id = in.requiredId("id", raw);
        in.check();
        return id;
    }

    /** A required id on create (or when given on update); the base's otherwise. */
    private static Long pick(Inputs in, String field, String raw, boolean required, Long base) {
        if (raw == null && !required) {
            return base;
        }
        return in.requiredId(field, raw);
    }

    private static <T> T missing(Inputs in, String field) {
        in.problem(field, "can't be blank");
        return null;
    }

    private static String text(Inputs in, String field, String value, boolean required) {
        return required ? in.required(field, value) : in.optional(field, value);
    }

    private static String required(Inputs in, String field, String what, String value) {
        if (value == null || value.isBlank()) {
            in.problem(field, what + " can't be blank");
            return null;
        }
        return bounded(in, field, value, MAX_TEXT);
    }

    private static String bounded(Inputs in, String field, String value, int max) {
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            in.problem(field, "is too long (at most " + max + " characters)");
            return trimmed.substring(0, max);
        }
        return trimmed;
    }
}
