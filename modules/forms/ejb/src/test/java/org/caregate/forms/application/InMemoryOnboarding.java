package org.caregate.forms.application;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caregate.forms.domain.CompletedOnboardingItem;
import org.caregate.forms.domain.OnboardingFlow;
import org.caregate.forms.domain.OnboardingItem;
import org.caregate.forms.domain.OnboardingRepository;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;

/**
 * The onboarding facade over in-memory flows, items, groups and records, beside {@link InMemoryForms}' templates
 * and people; groups 100 and 101 are the organization's, 200 the other organization's.
 */
final class InMemoryOnboarding {

    final InMemoryForms forms = new InMemoryForms();
    final Map<Long, OnboardingFlow> flows = new TreeMap<>();
    final Map<Long, OnboardingItem> items = new TreeMap<>();
    final Map<Long, Long> groupFlows = new TreeMap<>();
    final Map<Long, CompletedOnboardingItem> records = new TreeMap<>();
    final Map<Long, Long> groups = Map.of(100L, InMemoryForms.ORG, 101L, InMemoryForms.ORG, 200L,
            InMemoryForms.OTHER_ORG);
    final List<String> events = new ArrayList<>();
    final OnboardingFacadeBean facade = new OnboardingFacadeBean();
    final GroupOnboardingBean port = new GroupOnboardingBean();

    InMemoryOnboarding() {
        Flows repository = new Flows();
        facade.onboarding = repository;
        facade.templates = forms.facade.templates;
        facade.people = new Directory(forms.facade.people);
        facade.audit = forms.facade.audit;
        facade.events = (caller, event) -> events.add(event.type() + " " + event.resourceId());
        facade.clock = Clock.fixed(InMemoryForms.NOW, ZoneOffset.UTC);
        facade.intakes = new Intakes();
        facade.intakes.onboarding = repository;
        port.onboarding = repository;
        port.clock = facade.clock;
    }

    /** Adds a patient of the organization. */
    void patient(long id, long organization) {
        forms.people.put(id, new Person(id, organization, true, "First" + id, "Last" + id, id + "@example.org", null,
                null, true, null, null));
    }

    /** Puts the person into a group (or none). */
    void placeInGroup(long userId, Long groupId) {
        Person p = forms.people.get(userId);
        forms.people.put(userId, new Person(p.id(), p.organizationId(), p.isPatient(), p.firstName(), p.lastName(),
                p.email(), p.phoneNumber(), p.timezone(), p.active(), groupId, p.externalId()));
    }

    private <T> T withId(T entity) {
        forms.setId(entity, entity.getClass());
        return entity;
    }

    final class Flows implements OnboardingRepository {

        @Override
        public void add(OnboardingFlow flow) {
            flows.put(withId(flow).id(), flow);
        }

        @Override
        public void remove(OnboardingFlow flow) {
            items.values().removeIf(item -> item.flowId() == flow.id());
            groupFlows.values().removeIf(id -> id.equals(flow.id()));
            flows.remove(flow.id());
        }

        @Override
        public Optional<OnboardingFlow> flow(long organizationId, long id) {
            return Optional.ofNullable(flows.get(id)).filter(f -> f.organizationId() == organizationId);
        }

        @Override
        public Optional<OnboardingFlow> lock(long organizationId, long id) {
            return flow(organizationId, id);
        }

        @Override
        public List<OnboardingFlow> search(long organizationId, String keywords, TemplateOrder order, int offset,
                                           int limit) {
            Comparator<OnboardingFlow> by = Comparator.comparing(f -> f.name().toLowerCase(Locale.ROOT));
            by = by.thenComparing(OnboardingFlow::id);
            return flows.values().stream().filter(f -> f.organizationId() == organizationId)
                    .filter(f -> keywords == null || f.name().toLowerCase(Locale.ROOT)
                            .contains(keywords.toLowerCase(Locale.ROOT)))
                    .sorted(order.descending() ? by.reversed() : by).skip(offset).limit(limit).toList();
        }

        @Override
        public void add(OnboardingItem item) {
            items.put(withId(item).id(), item);
        }

        @Override
        public void remove(OnboardingItem item) {
            items.remove(item.id());
            records.values().stream().filter(r -> item.id().equals(r.onboardingItemId())).forEach(r -> {
                try {
                    Field field = CompletedOnboardingItem.class.getDeclaredField("onboardingItemId");
                    field.setAccessible(true);
                    field.set(r, null);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public Optional<OnboardingItem> item(long id) {
            return Optional.ofNullable(items.get(id));
        }

        @Override
        public List<OnboardingItem> items(long flowId) {
            return items.values().stream().filter(i -> i.flowId() == flowId)
                    .sorted(Comparator.comparing(OnboardingItem::position)).toList();
        }

        @Override
        public Map<Long, String> templateNames(Collection<Long> templateIds) {
            Map<Long, String> names = new HashMap<>();
            templateIds.forEach(id -> Optional.ofNullable(forms.templates.get(id))
                    .ifPresent(t -> names.put(id, t.name())));
            return names;
        }

        @Override
        public List<Long> groupsOf(long flowId) {
            return groupFlows.entrySet().stream().filter(e -> e.getValue() == flowId).map(Map.Entry::getKey).toList();
        }

        @Override
        public Map<Long, Long> flowsOf(long organizationId, Collection<Long> groupIds) {
            Map<Long, Long> found = new HashMap<>();
            groupIds.stream().filter(groupFlows::containsKey)
                    .filter(id -> groups.get(id) == organizationId).forEach(id -> found.put(id, groupFlows.get(id)));
            return found;
        }

        @Override
        public void attach(long organizationId, long groupId, long flowId) {
            groupFlows.put(groupId, flowId);
        }

        @Override
        public void detach(long organizationId, long groupId) {
            groupFlows.remove(groupId);
        }

        @Override
        public void moveGroups(long from, long to) {
            groupFlows.replaceAll((group, flow) -> flow == from ? to : flow);
        }

        @Override
        public void add(CompletedOnboardingItem completed) {
            if (completion(completed.userId(), completed.onboardingItemId()).isPresent()) {
                throw new AlreadyRecorded();
            }
            records.put(withId(completed).id(), completed);
        }

        @Override
        public Optional<CompletedOnboardingItem> completion(long userId, long itemId) {
            return records.values().stream().filter(r -> r.userId() == userId
                    && Long.valueOf(itemId).equals(r.onboardingItemId())).findFirst();
        }

        @Override
        public List<CompletedOnboardingItem> completions(long organizationId, long userId) {
            return records.values().stream().filter(r -> r.organizationId() == organizationId
                    && r.userId() == userId).toList();
        }
    }

    /** The forms' people, with the groups above. */
    private final class Directory implements PeopleDirectory {

        private final PeopleDirectory people;

        Directory(PeopleDirectory people) {
            this.people = people;
        }

        @Override
        public Optional<Person> person(long userId) {
            return people.person(userId);
        }

        @Override
        public List<Person> people(Collection<Long> userIds) {
            return people.people(userIds);
        }

        @Override
        public Optional<Person> byExternalId(long organizationId, String externalId) {
            return people.byExternalId(organizationId, externalId);
        }

        @Override
        public List<Person> membersOf(long organizationId) {
            return people.membersOf(organizationId);
        }

        @Override
        public boolean hasGroup(long organizationId, long groupId) {
            return Long.valueOf(organizationId).equals(groups.get(groupId));
        }

        @Override
        public void placeInGroup(Caller caller, long organizationId, long patientId, long groupId) {
            people.placeInGroup(caller, organizationId, patientId, groupId);
        }

        @Override
        public Person patientForBooking(Caller caller, long organizationId, BookingPatient patient,
                                        Long groupOfNewPatient) {
            return people.patientForBooking(caller, organizationId, patient, groupOfNewPatient);
        }
    }
}
