package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.OfferingChanges;
import org.caregate.billing.api.OfferingFacade;
import org.caregate.billing.api.OfferingQuery;
import org.caregate.billing.api.OfferingView;
import org.caregate.billing.api.PackageCredits;
import org.caregate.billing.domain.BillingFrequency;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingInclude;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.Visibility;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.CreditLedger.CreditableType;
import org.caregate.scheduling.api.CreditLedger;

/**
 * Packages: providers and staff create, change, copy, archive and (softly) delete them and grant their credits;
 * patients read those offered to them. Every id is looked up within the caller's organization, so another
 * organization's package, a deleted one, and one hidden from the patient all answer "Offering not found".
 */
@Stateless
public class OfferingFacadeBean implements OfferingFacade {

    static final String NOT_FOUND = "Offering";
    static final int PAGE_SIZE = 10;
    private static final int MAXIMUM_OFFSET = 100_000;
    private static final int MAXIMUM_KEYWORDS = 255;

    @Inject
    OfferingRepository offerings;

    @Inject
    PackageGrants packageGrants;

    @EJB
    BillingSettingsFacade settings;

    @EJB
    CreditLedger credits;

    @EJB
    PeopleDirectory people;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public OfferingView offering(Caller caller, long id) {
        Access.requireAuthenticated(caller);
        Offering offering = offerings.find(caller.organizationId(), id).filter(o -> visibleTo(caller, o))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return view(offering);
    }

    @Override
    public List<OfferingView> offerings(Caller caller, OfferingQuery query) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        OfferingInputs read = new OfferingInputs(inputs);
        Set<Long> ids = null;
        if (query.offeringIds() != null) {
            if (query.offeringIds().size() > OfferingInputs.MAXIMUM_IDS) {
                inputs.problem("offering_ids", "at most " + OfferingInputs.MAXIMUM_IDS + " ids");
            } else {
                ids = new LinkedHashSet<>();
                for (String raw : query.offeringIds()) {
                    Long id = raw == null ? null : read.id("offering_ids", raw);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        Long single = read.id("offering_id", query.offeringId());
        Long provider = read.id("provider_id", query.providerId());
        Long group = read.id("offering_user_group_id", query.offeringUserGroupId());
        String status = query.status() == null || query.status().isBlank() ? null
                : query.status().strip().toLowerCase(Locale.ROOT);
        if (status != null && !status.equals("archived") && !status.equals("active")) {
            inputs.problem("status", "must be archived or active");
        }
        String visibility = query.clientVisibility() == null || query.clientVisibility().isBlank() ? null
                : query.clientVisibility().strip().toLowerCase(Locale.ROOT);
        if (visibility != null && !Set.of("all", "visible", "hidden", "group").contains(visibility)) {
            inputs.problem("client_visibility", "must be all, visible, hidden or group");
        }
        Comparator<Offering> order = order(inputs, query.sortBy());
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0 || offset > MAXIMUM_OFFSET) {
            inputs.problem("offset", "must be between 0 and " + MAXIMUM_OFFSET);
        }
        if (query.keywords() != null && query.keywords().length() > MAXIMUM_KEYWORDS) {
            inputs.problem("keywords", "is too long (at most " + MAXIMUM_KEYWORDS + " characters)");
        }
        inputs.check();
        if (single != null) {
            ids = ids == null ? new LinkedHashSet<>(Set.of(single)) : ids.contains(single) ? Set.of(single) : Set.of();
        }
        boolean archived = "archived".equals(status);
        if (archived && !caller.isMember()) {
            return List.of();
        }
        Long patientGroup = patientGroup(caller);
        List<String> words = query.keywords() == null ? List.of()
                : List.of(query.keywords().toLowerCase(Locale.ROOT).trim().split("\\s+")).stream()
                        .filter(w -> !w.isEmpty()).toList();
        List<Offering> found = new ArrayList<>();
        for (Offering offering : offerings.list(caller.organizationId(), archived, ids)) {
            if (!caller.isMember() && !offering.isOfferedTo(patientGroup)) {
                continue;
            }
            if (provider != null && !provider.equals(offering.createdBy())) {
                continue;
            }
            if (Boolean.TRUE.equals(query.showOnlyVisible()) && offering.visibility() != Visibility.VISIBLE) {
                continue;
            }
            if (Boolean.TRUE.equals(query.onlyClientVisible()) && !offering.isOfferedTo(patientGroup)
                    && offering.visibility() != Visibility.VISIBLE) {
                continue;
            }
            if (group != null && !(offering.visibility() == Visibility.GROUP && group.equals(offering.userGroupId()))) {
                continue;
            }
            if (visibility != null && !visibility.equals("all") && !offering.visibility().label().equals(visibility)) {
                continue;
            }
            if (!words.isEmpty() && !matches(offering, words)) {
                continue;
            }
            found.add(offering);
        }
        found.sort(order);
        int limit = Boolean.TRUE.equals(query.shouldPaginate()) ? PAGE_SIZE : OfferingRepository.MAXIMUM_LISTED;
        Map<Long, Optional<CreditableType>> types = new HashMap<>();
        return found.stream().skip(offset).limit(limit).map(o -> view(o, types)).toList();
    }

    @Override
    public OfferingView createOffering(Caller caller, OfferingChanges in) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        OfferingInputs read = new OfferingInputs(inputs);
        var currency = settings.currency(caller);
        String name = read.name(in.name(), true);
        String description = read.description(in.description());
        Money price = read.amount("price", in.price(), currency, true);
        Money first = read.amount("first_time_payment", in.firstTimePayment(), currency, false);
        BillingFrequency frequency = read.frequency(in.billingFrequency(), true);
        Visibility visibility = read.visibility(in.visibilityStatus());
        Long group = group(caller, inputs, read, in.userGroupId(), visibility);
        List<OfferingInclude.Session> sessions = sessions(caller, inputs, read.includes(in.includes()));
        read.courses(in.courseIds());
        inputs.check();
        Instant now = clock.instant();
        Offering offering = Offering.offer(caller.organizationId(), caller.userId(), name, price.amount(), currency,
                frequency, now);
        offering.describe(description, now);
        offering.chargeFirst(first == null ? null : first.amount(), now);
        offering.show(visibility == null ? Visibility.VISIBLE : visibility, group, now);
        offering.chargeImmediately(Boolean.TRUE.equals(in.chargeImmediately()), now);
        if (sessions != null) {
            offering.replaceIncludes(sessions, now);
        }
        if (Boolean.TRUE.equals(in.archived())) {
            offering.archive(true, now);
        }
        offerings.add(offering);
        audit.record(caller, "offering.created", "offering", offering.id().toString());
        return view(offering);
    }

    @Override
    public OfferingView updateOffering(Caller caller, long id, OfferingChanges in) {
        Access.requireMember(caller);
        Offering offering = offerings.find(caller.organizationId(), id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Inputs inputs = new Inputs();
        OfferingInputs read = new OfferingInputs(inputs);
        var currency = offering.currency();
        String name = read.name(in.name(), false);
        String description = read.description(in.description());
        Money price = read.amount("price", in.price(), currency, false);
        Money first = read.amount("first_time_payment", in.firstTimePayment(), currency, false);
        BillingFrequency frequency = read.frequency(in.billingFrequency(), false);
        Visibility visibility = read.visibility(in.visibilityStatus());
        Visibility effective = visibility != null ? visibility : offering.visibility();
        Long group = in.userGroupId() != null || visibility == Visibility.GROUP
                ? group(caller, inputs, read, in.userGroupId() != null ? in.userGroupId() : str(offering.userGroupId()),
                        effective)
                : offering.userGroupId();
        List<OfferingInclude.Session> sessions = sessions(caller, inputs, read.includes(in.includes()));
        read.courses(in.courseIds());
        inputs.check();
        Instant now = clock.instant();
        List<String> changed = new ArrayList<>();
        if (name != null) {
            offering.rename(name, now);
            changed.add("name");
        }
        if (in.description() != null) {
            offering.describe(description, now);
            changed.add("description");
        }
        if (price != null) {
            offering.reprice(price.amount(), now);
            changed.add("price");
        }
        if (in.firstTimePayment() != null) {
            offering.chargeFirst(first == null ? null : first.amount(), now);
            changed.add("first_time_payment");
        }
        if (frequency != null) {
            offering.bill(frequency, now);
            changed.add("billing_frequency");
        }
        if (visibility != null || in.userGroupId() != null) {
            offering.show(effective, group, now);
            changed.add("visibility_status");
        }
        if (in.chargeImmediately() != null) {
            offering.chargeImmediately(in.chargeImmediately(), now);
            changed.add("charge_immediately");
        }
        if (sessions != null) {
            offering.replaceIncludes(sessions, now);
            changed.add("offering_includes");
        }
        if (in.archived() != null) {
            offering.archive(in.archived(), now);
            changed.add("archived");
        }
        offerings.store(offering);
        audit.record(caller, "offering.updated", "offering", offering.id().toString(), changed);
        return view(offering);
    }

    @Override
    public OfferingView copyOffering(Caller caller, long id) {
        Access.requireMember(caller);
        Offering original = offerings.find(caller.organizationId(), id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        Offering copy = original.copy(caller.userId(), clock.instant());
        offerings.add(copy);
        audit.record(caller, "offering.created", "offering", copy.id().toString());
        return view(copy);
    }

    @Override
    public OfferingView deleteOffering(Caller caller, long id) {
        Access.requireMember(caller);
        Offering offering = offerings.find(caller.organizationId(), id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        OfferingView before = view(offering);
        offering.delete(clock.instant());
        audit.record(caller, "offering.deleted", "offering", offering.id().toString());
        return before;
    }

    @Override
    public PackageCredits grantCredits(Caller caller, long offeringId, long patientId, String purchaseId) {
        // credits without a payment: the organization's owner and admins only (a paid package grants by itself)
        Access.requireAdministrator(caller, "Only the organization's owner and admins grant package credits");
        Offering offering = offerings.find(caller.organizationId(), offeringId)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        people.person(patientId).filter(p -> p.isPatient() && p.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException("Client"));
        String purchase = purchaseId == null ? "" : purchaseId.strip();
        if (purchase.isEmpty() || purchase.length() > 128 || !purchase.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInputException("purchase_id", "must be 1 to 128 letters, digits or . _ : -");
        }
        PackageCredits granted = packageGrants.grant(offering, patientId, purchase, caller.userId(), clock.instant());
        if (granted.granted()) {
            audit.record(caller, "offering.credits_granted", "patient", Long.toString(patientId));
        }
        return granted;
    }

    /** Members see every package of their organization; a patient those offered to them. */
    private boolean visibleTo(Caller caller, Offering offering) {
        return caller.isMember() || offering.isOfferedTo(patientGroup(caller));
    }

    private Long patientGroup(Caller caller) {
        if (caller.isMember() || caller.userId() == null) {
            return null;
        }
        return people.person(caller.userId()).map(Person::userGroupId).orElse(null);
    }

    private Long group(Caller caller, Inputs inputs, OfferingInputs read, String raw, Visibility visibility) {
        Long group = read.id("user_group_id", raw);
        if (group != null && !people.hasGroup(caller.organizationId(), group)) {
            inputs.problem("user_group_id", "User group not found");
            return null;
        }
        if (visibility == Visibility.GROUP && group == null && !inputs.hasProblem("user_group_id")) {
            inputs.problem("user_group_id", "can't be blank when visibility_status is group");
        }
        return group;
    }

    private List<OfferingInclude.Session> sessions(Caller caller, Inputs inputs, List<OfferingInputs.Session> read) {
        if (read == null) {
            return null;
        }
        List<OfferingInclude.Session> sessions = new ArrayList<>();
        for (OfferingInputs.Session session : read) {
            Optional<CreditableType> type = credits.appointmentType(caller.organizationId(), session.appointmentTypeId());
            if (type.isEmpty() || type.get().retired()) {
                inputs.problem("offering_includes", "Appointment type not found");
            } else {
                sessions.add(new OfferingInclude.Session(session.appointmentTypeId(), session.quantity(),
                        session.repeating()));
            }
        }
        return sessions;
    }

    private static Comparator<Offering> order(Inputs inputs, String sortBy) {
        Comparator<Offering> byId = Comparator.comparing(Offering::id);
        String sort = sortBy == null || sortBy.isBlank() ? "created_at_desc" : sortBy.strip().toLowerCase(Locale.ROOT);
        return switch (sort) {
            case "name", "name_asc" -> Comparator.comparing((Offering o) -> o.name().toLowerCase(Locale.ROOT)).thenComparing(byId);
            case "name_desc" -> Comparator.comparing((Offering o) -> o.name().toLowerCase(Locale.ROOT)).thenComparing(byId).reversed();
            case "price", "price_asc" -> Comparator.comparing(Offering::price).thenComparing(byId);
            case "price_desc" -> Comparator.comparing(Offering::price).thenComparing(byId).reversed();
            case "created_at_asc" -> Comparator.comparing(Offering::createdAt).thenComparing(byId);
            case "created_at_desc" -> Comparator.comparing(Offering::createdAt).thenComparing(byId).reversed();
            default -> {
                inputs.problem("sort_by", "must be name_asc, name_desc, price_asc, price_desc, created_at_asc or "
                        + "created_at_desc");
                yield byId;
            }
        };
    }

    /** Every keyword in the name, the description or the price ({@code "100"} finds 100.00). */
    private static boolean matches(Offering offering, List<String> words) {
        String text = (offering.name() + " " + (offering.description() == null ? "" : offering.description()) + " "
                + offering.price().toPlainString()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    private static String str(Long id) {
        return id == null ? null : id.toString();
    }

    private OfferingView view(Offering offering) {
        return view(offering, new HashMap<>());
    }

    private OfferingView view(Offering offering, Map<Long, Optional<CreditableType>> types) {
        List<OfferingView.Include> includes = new ArrayList<>();
        for (OfferingInclude include : offering.includes()) {
            Optional<CreditableType> type = types.computeIfAbsent(include.appointmentTypeId(),
                    t -> credits.appointmentType(offering.organizationId(), t));
            includes.add(new OfferingView.Include(include.id() == null ? 0 : include.id(), include.appointmentTypeId(),
                    type.map(CreditableType::name).orElse(null), type.map(CreditableType::clientsCanBook).orElse(false),
                    include.quantity(), include.isRepeating()));
        }
        BillingFrequency frequency = offering.frequency();
        Money first = offering.firstTimePayment() == null ? null
                : new Money(offering.firstTimePayment(), offering.currency());
        return new OfferingView(offering.id(), offering.name(), offering.description(),
                new Money(offering.price(), offering.currency()), first, frequency.label(), frequency.times(), offering.repeatTimes(),
                offering.visibility().label(), offering.userGroupId(), offering.chargesImmediately(),
                offering.isArchived(), includes, offering.createdAt(), offering.updatedAt());
    }
}
