package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caregate.forms.api.CompletedOnboardingItemView;
import org.caregate.forms.api.FlowChanges;
import org.caregate.forms.api.FlowSearch;
import org.caregate.forms.api.ItemChanges;
import org.caregate.forms.api.ItemChoice;
import org.caregate.forms.api.ItemTypeOption;
import org.caregate.forms.api.OnboardingFacade;
import org.caregate.forms.api.OnboardingFlowView;
import org.caregate.forms.api.OnboardingItemView;
import org.caregate.forms.api.event.CompletedOnboardingItemEvent;
import org.caregate.forms.api.event.IntakeReminderEvent;
import org.caregate.forms.domain.CompletedOnboardingItem;
import org.caregate.forms.domain.FlowOrder;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.ItemType;
import org.caregate.forms.domain.OnboardingFlow;
import org.caregate.forms.domain.OnboardingItem;
import org.caregate.forms.domain.OnboardingRepository;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.OnboardingItemId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Onboarding flows, their items and patients' progress through them. Members read the organization's flows;
 * members who may edit forms change them and choose the patient groups that use them; a patient goes through the
 * flow of their group (completing or, where allowed, skipping its items), and members record it for their
 * patients. Every change is audited; patients' progress is also published.
 */
@Stateless
public class OnboardingFacadeBean implements OnboardingFacade {

    private static final String FLOW = "onboarding_flow";
    private static final String ITEM = "onboarding_item";
    private static final String FLOW_NOT_FOUND = "Onboarding flow";
    private static final String ITEM_NOT_FOUND = "Onboarding item";
    private static final String GROUPS = "groups_to_use_onboarding_flow";
    private static final String USER_NOT_FOUND = "User";

    /** The most items one flow holds. */
    static final int MAX_ITEMS = 100;

    @Inject
    OnboardingRepository onboarding;

    @Inject
    FormTemplateRepository templates;

    @EJB
    PeopleDirectory people;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    @Inject
    Intakes intakes;

    Clock clock = Clock.systemUTC();

    @Override
    public List<OnboardingFlowView> flows(Caller caller, FlowSearch search) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        TemplateOrder order = Listings.order(inputs, search.sortBy());
        int offset = Listings.offset(inputs, search.offset());
        inputs.check();
        String keywords = Listings.keywords(search.keywords());
        List<OnboardingFlow> found = search.shouldPaginate()
                ? onboarding.search(caller.organizationId(), keywords, order, offset, Listings.PAGE_SIZE)
                : Pages.withinUnpagedLimit(onboarding.search(caller.organizationId(), keywords, order, offset,
                        Pages.unpagedQueryLimit()), "should_paginate", "onboarding flows");
        return found.stream().map(flow -> view(flow, null)).toList();
    }

    @Override
    public Optional<OnboardingFlowView> flow(Caller caller, OnboardingFlowId id, UserId user) {
        Access.requireAuthenticated(caller);
        if (caller.isPatient()) {
            Optional<OnboardingFlow> own = flowOf(patient(caller, caller.userId()));
            if (id != null && own.filter(flow -> flow.id() == id.value()).isEmpty()) {
                throw new NotFoundException(FLOW_NOT_FOUND);
            }
            return own.map(flow -> view(flow, caller.userId()));
        }
        if (id == null && user == null) {
            throw new InvalidInputException("id", "id or user_id is required");
        }
        Person patient = user == null ? null : patient(caller, user.value());
        Optional<OnboardingFlow> flow = id != null
                ? Optional.of(onboarding.flow(caller.organizationId(), id.value())
                        .orElseThrow(() -> new NotFoundException(FLOW_NOT_FOUND)))
                : flowOf(patient);
        return flow.map(found -> view(found, patient == null ? null : patient.id()));
    }

    @Override
    public OnboardingFlowView createFlow(Caller caller, FlowChanges changes) {
        Editors.require(caller);
        Inputs inputs = new Inputs();
        String name = inputs.required("name", changes.name());
        List<Long> groups = groups(caller, inputs, changes.groups());
        inputs.check();
        OnboardingFlow flow = OnboardingFlow.create(caller.organizationId(), name, clock.instant());
        onboarding.add(flow);
        groups.forEach(group -> onboarding.attach(caller.organizationId(), group, flow.id()));
        audit.record(caller, "onboarding_flow.created", FLOW, flow.id().toString());
        return view(flow, null);
    }

    @Override
    public OnboardingFlowView updateFlow(Caller caller, FlowChanges changes) {
        Editors.require(caller);
        OnboardingFlow flow = lock(caller, changes.id());
        Inputs inputs = new Inputs();
        String name = changes.name() == null ? null : inputs.required("name", changes.name());
        List<Long> groups = groups(caller, inputs, changes.groups());
        inputs.check();
        Instant now = clock.instant();
        if (name != null) {
            flow.rename(name, now);
        }
        if (changes.groups() != null) {
            onboarding.groupsOf(flow.id()).stream().filter(group -> !groups.contains(group))
                    .forEach(group -> onboarding.detach(caller.organizationId(), group));
            groups.forEach(group -> onboarding.attach(caller.organizationId(), group, flow.id()));
            flow.touch(now);
        }
        audit.record(caller, "onboarding_flow.updated", FLOW, flow.id().toString());
        return view(flow, null);
    }

    @Override
    public OnboardingFlowView deleteFlow(Caller caller, OnboardingFlowId id, OnboardingFlowId receiver) {
        Editors.require(caller);
        if (id == null) {
            throw new InvalidInputException("id", "can't be blank");
        }
        Map<Long, OnboardingFlow> locked = lockInOrder(caller, id.value(),
                receiver == null ? id.value() : receiver.value());
        OnboardingFlow flow = Optional.ofNullable(locked.get(id.value()))
                .orElseThrow(() -> new NotFoundException(FLOW_NOT_FOUND));
        OnboardingFlow heir = receiver == null ? null : locked.get(receiver.value());
        if (receiver != null && (heir == null || heir == flow)) {
            throw new InvalidInputException("flow_to_receive_groups", "Onboarding flow not found");
        }
        OnboardingFlowView deleted = view(flow, null);
        if (heir != null) {
            onboarding.moveGroups(flow.id(), heir.id());
            heir.touch(clock.instant());
        }
        onboarding.remove(flow);
        audit.record(caller, "onboarding_flow.deleted", FLOW, id.value() + "");
        return deleted;
    }

    @Override
    public OnboardingItemView item(Caller caller, OnboardingItemId id) {
        OnboardingItem item = onboarding.item(id.value())
                .filter(found -> !caller.isAuthenticated() || found.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException(ITEM_NOT_FOUND));
        return itemViews(List.of(item), Map.of()).get(0);
    }

    @Override
    public List<OnboardingItemView> createItems(Caller caller, ItemChanges changes) {
        Editors.require(caller);
        if (changes.flowId() == null) {
            throw new InvalidInputException("onboarding_flow_id", "can't be blank");
        }
        OnboardingFlow flow = lock(caller, changes.flowId());
        Inputs inputs = new Inputs();
        if (changes.choices().isEmpty()) {
            inputs.problem("item_type", "can't be blank");
        }
        if (changes.choices().size() > MAX_ITEMS) {
            inputs.problem("item_type", "may name at most " + MAX_ITEMS + " items");
        }
        if (changes.skippable() == null) {
            inputs.problem("is_skippable", "can't be blank");
        }
        List<FormTemplate> forms = new ArrayList<>();
        for (ItemChoice choice : changes.choices()) {
            forms.add(form(caller, inputs, choice, null));
        }
        inputs.check();
        Instant now = clock.instant();
        FlowOrder order = new FlowOrder(onboarding.items(flow.id()));
        if (order.size() + forms.size() > MAX_ITEMS) {
            throw new InvalidInputException("item_type", "A flow holds at most " + MAX_ITEMS + " items");
        }
        List<OnboardingItem> created = new ArrayList<>();
        for (FormTemplate form : forms) {
            OnboardingItem item = OnboardingItem.create(flow, ItemType.MODULE_FORM, form.id(), changes.skippable(),
                    order.next(), now);
            onboarding.add(item);
            order.append(item);
            audit.record(caller, "onboarding_item.created", ITEM, item.id().toString());
            created.add(item);
        }
        flow.touch(now);
        return itemViews(created, Map.of());
    }

    @Override
    public OnboardingItemView updateItem(Caller caller, ItemChanges changes) {
        Editors.require(caller);
        OnboardingItem item = itemOf(caller, changes.id());
        long targetId = changes.flowId() == null ? item.flowId() : changes.flowId().value();
        Map<Long, OnboardingFlow> locked = lockInOrder(caller, item.flowId(), targetId);
        OnboardingFlow flow = Optional.ofNullable(locked.get(item.flowId()))
                .orElseThrow(() -> new NotFoundException(ITEM_NOT_FOUND));
        OnboardingFlow target = locked.get(targetId);
        Inputs inputs = new Inputs();
        if (target == null) {
            inputs.problem("onboarding_flow_id", "Onboarding flow not found");
        }
        if (changes.choices().size() > 1) {
            inputs.problem("item_type", "names one item when changing an item");
        }
        FormTemplate form = changes.choices().isEmpty() ? null
                : form(caller, inputs, changes.choices().get(0), item);
        inputs.check();
        Instant now = clock.instant();
        if (form != null) {
            item.askFor(ItemType.MODULE_FORM, form.id());
        }
        if (changes.skippable() != null) {
            item.makeSkippable(changes.skippable());
        }
        if (target != flow) {
            FlowOrder left = new FlowOrder(onboarding.items(flow.id()));
            left.remove(item);
            FlowOrder joined = new FlowOrder(onboarding.items(target.id()));
            item.moveTo(target);
            joined.append(item);
            target.touch(now);
        }
        if (changes.rowOrder() != null
                && !new FlowOrder(onboarding.items(target.id())).move(item, changes.rowOrder())) {
            throw new InvalidInputException("row_order", "must be a place in the flow, from 0");
        }
        flow.touch(now);
        audit.record(caller, "onboarding_item.updated", ITEM, item.id().toString());
        return itemViews(List.of(item), Map.of()).get(0);
    }

    @Override
    public OnboardingItemView deleteItem(Caller caller, OnboardingItemId id) {
        Editors.require(caller);
        OnboardingItem item = itemOf(caller, id);
        OnboardingFlow flow = lockInOrder(caller, item.flowId(), item.flowId()).get(item.flowId());
        OnboardingItemView deleted = itemViews(List.of(item), Map.of()).get(0);
        new FlowOrder(onboarding.items(item.flowId())).remove(item);
        onboarding.remove(item);
        flow.touch(clock.instant());
        audit.record(caller, "onboarding_item.deleted", ITEM, id.value() + "");
        return deleted;
    }

    @Override
    public List<ItemTypeOption> availableItemTypes(Caller caller, OnboardingFlowId flowId) {
        Access.requireMember(caller);
        Set<Long> taken = flowId == null ? Set.of() : onboarding.items(onboarding.flow(caller.organizationId(),
                        flowId.value()).orElseThrow(() -> new NotFoundException(FLOW_NOT_FOUND)).id()).stream()
                .map(OnboardingItem::formTemplateId).collect(Collectors.toSet());
        List<FormTemplate> active = Pages.withinUnpagedLimit(templates.search(caller.organizationId(), false, null,
                null, TemplateOrder.NAME_ASC, 0, Pages.unpagedQueryLimit()), "onboarding_flow_id", "form templates");
        return active.stream().filter(form -> !taken.contains(form.id()))
                .map(form -> new ItemTypeOption(ItemType.MODULE_FORM.wireName(), form.id(), form.name())).toList();
    }

    @Override
    public CompletedOnboardingItemView completeItem(Caller caller, OnboardingItemId itemId, UserId user,
                                                    Boolean skipped) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        if (itemId == null) {
            inputs.problem("onboarding_item_id", "can't be blank");
        }
        if (skipped == null) {
            inputs.problem("skipped", "can't be blank");
        }
        if (user == null && caller.isMember()) {
            inputs.problem("user_id", "can't be blank");
        }
        inputs.check();
        Person patient = patientNamed(caller, user);
        OnboardingItem item = onboarding.item(itemId.value())
                .filter(found -> found.organizationId() == caller.organizationId())
                .orElseThrow(() -> new InvalidInputException("onboarding_item_id", "Onboarding item not found"));
        if (flowOf(patient).filter(flow -> flow.id() == item.flowId()).isEmpty()) {
            throw new InvalidInputException("onboarding_item_id", "is not part of the patient's onboarding flow");
        }
        if (skipped && !item.skippable()) {
            throw new InvalidInputException("skipped", "This onboarding item can't be skipped");
        }
        Instant now = clock.instant();
        Optional<CompletedOnboardingItem> earlier = onboarding.completion(patient.id(), item.id());
        if (earlier.isPresent()) {
            CompletedOnboardingItem record = earlier.get();
            if (!record.recordAgain(skipped, now)) {
                throw new InvalidInputException("onboarding_item_id", record.skipped()
                        ? "has already been skipped" : "has already been completed");
            }
            events.publish(caller, new CompletedOnboardingItemEvent(CompletedOnboardingItemEvent.Action.UPDATED,
                    record.id(), List.of("skipped")));
            return OnboardingViews.of(record);
        }
        CompletedOnboardingItem record = item.completedBy(patient.id(), skipped, now);
        try {
            onboarding.add(record);
        } catch (OnboardingRepository.AlreadyRecorded raced) {
            throw new InvalidInputException("onboarding_item_id", "has already been completed");
        }
        events.publish(caller, CompletedOnboardingItemEvent.of(CompletedOnboardingItemEvent.Action.CREATED,
                record.id()));
        return OnboardingViews.of(record);
    }

    @Override
    public List<CompletedOnboardingItemView> unassociatedCompletedItems(Caller caller, UserId user) {
        Access.requireAuthenticated(caller);
        long userId = user == null ? caller.userId() : user.value();
        if (caller.isPatient() && userId != caller.userId()) {
            throw new NotFoundException(USER_NOT_FOUND);
        }
        if (userId == caller.userId() && caller.isMember()) {
            return List.of();
        }
        Person patient = patient(caller, userId);
        Set<Long> current = flowOf(patient).map(flow -> onboarding.items(flow.id()).stream().map(OnboardingItem::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        return onboarding.completions(caller.organizationId(), patient.id()).stream()
                .filter(record -> record.onboardingItemId() == null || !current.contains(record.onboardingItemId()))
                .map(OnboardingViews::of).toList();
    }

    /** The patient a completion is for: the calling patient, or the member's patient named by {@code user}. */
    private Person patientNamed(Caller caller, UserId user) {
        long userId = caller.isPatient() || user == null ? caller.userId() : user.value();
        if (caller.isPatient() && user != null && user.value() != userId) {
            throw new InvalidInputException("user_id", "User not found");
        }
        return patientOf(caller, userId).orElseThrow(() -> new InvalidInputException("user_id", "User not found"));
    }

    /** The organization's patient with this id. */
    @Override
    public void remindOfIntake(Caller caller, UserId user) {
        Access.requireMember(caller);
        Person patient = patientOf(caller, user.value()).filter(Person::active)
                .orElseThrow(() -> new NotFoundException(USER_NOT_FOUND));
        if (patient.email() == null || patient.email().isBlank()) {
            throw new InvalidInputException("id", "The client has no email address to write to");
        }
        if (intakes.outstanding(patient).isEmpty()) {
            throw new InvalidInputException("is_intake_item", "The client has no intake forms left to complete");
        }
        events.publish(caller, IntakeReminderEvent.of(patient.id()));
    }

    private Person patient(Caller caller, long userId) {
        return patientOf(caller, userId).orElseThrow(() -> new NotFoundException(USER_NOT_FOUND));
    }

    private Optional<Person> patientOf(Caller caller, long userId) {
        return people.person(userId)
                .filter(person -> person.isPatient() && person.organizationId() == caller.organizationId());
    }

    /** The flow of the patient's group, if their group uses one. */
    private Optional<OnboardingFlow> flowOf(Person patient) {
        if (patient == null || patient.userGroupId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(onboarding.flowsOf(patient.organizationId(), List.of(patient.userGroupId()))
                .get(patient.userGroupId())).flatMap(flow -> onboarding.flow(patient.organizationId(), flow));
    }

    /** The groups named, each once, after checking that each is the organization's. */
    private List<Long> groups(Caller caller, Inputs inputs, List<UserGroupId> named) {
        if (named == null) {
            return List.of();
        }
        if (named.size() > Pages.UNPAGED_LIMIT) {
            inputs.problem(GROUPS, "may name at most " + Pages.UNPAGED_LIMIT + " groups");
            return List.of();
        }
        Set<Long> groups = new LinkedHashSet<>();
        for (UserGroupId group : named) {
            if (!people.hasGroup(caller.organizationId(), group.value())) {
                inputs.problem(GROUPS, "User group not found");
                return List.of();
            }
            groups.add(group.value());
        }
        return List.copyOf(groups);
    }

    /** The form template a choice names: a {@code Module Form} of the organization. */
    private FormTemplate form(Caller caller, Inputs inputs, ItemChoice choice, OnboardingItem current) {
        String type = choice.type() == null && current != null ? current.type().wireName() : choice.type();
        if (ItemType.named(type).isEmpty()) {
            inputs.problem("item_type", "must be Module Form");
            return null;
        }
        Long id = choice.id() == null && current != null ? Long.valueOf(current.formTemplateId())
                : inputs.requiredId("item_id", choice.id());
        if (id == null) {
            return null;
        }
        Optional<FormTemplate> form = templates.find(caller.organizationId(), id);
        if (form.isEmpty()) {
            inputs.problem("item_id", "Form not found");
        }
        return form.orElse(null);
    }

    private OnboardingFlow lock(Caller caller, OnboardingFlowId id) {
        if (id == null) {
            throw new InvalidInputException("id", "can't be blank");
        }
        return onboarding.lock(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(FLOW_NOT_FOUND));
    }

    /** The organization's item. */
    private OnboardingItem itemOf(Caller caller, OnboardingItemId id) {
        if (id == null) {
            throw new InvalidInputException("id", "can't be blank");
        }
        return onboarding.item(id.value()).filter(found -> found.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException(ITEM_NOT_FOUND));
    }

    /**
     * The organization's flows with these ids that exist, by id, locked in the order of their ids: requests that lock
     * two flows (moving an item, handing a deleted flow's groups on) take turns instead of deadlocking.
     */
    private Map<Long, OnboardingFlow> lockInOrder(Caller caller, long first, long second) {
        Map<Long, OnboardingFlow> locked = new HashMap<>();
        for (long id : new TreeSet<>(List.of(first, second))) {
            onboarding.lock(caller.organizationId(), id).ifPresent(flow -> locked.put(id, flow));
        }
        return locked;
    }

    /** The flow with its items (and the patient's records of them) and its groups. */
    private OnboardingFlowView view(OnboardingFlow flow, Long userId) {
        Map<Long, CompletedOnboardingItemView> records = userId == null ? Map.of()
                : onboarding.completions(flow.organizationId(), userId).stream()
                .filter(record -> record.onboardingItemId() != null)
                .collect(Collectors.toMap(CompletedOnboardingItem::onboardingItemId, OnboardingViews::of));
        return new OnboardingFlowView(flow.id(), flow.organizationId(), flow.name(),
                itemViews(onboarding.items(flow.id()), records), onboarding.groupsOf(flow.id()), flow.createdAt(),
                flow.updatedAt(), userId);
    }

    private List<OnboardingItemView> itemViews(List<OnboardingItem> items,
                                               Map<Long, CompletedOnboardingItemView> records) {
        Map<Long, String> names = onboarding.templateNames(items.stream().map(OnboardingItem::formTemplateId)
                .collect(Collectors.toSet()));
        Function<OnboardingItem, OnboardingItemView> view = item -> OnboardingViews.of(item,
                names.getOrDefault(item.formTemplateId(), ""), records.get(item.id()));
        return items.stream().map(view).toList();
    }
}
