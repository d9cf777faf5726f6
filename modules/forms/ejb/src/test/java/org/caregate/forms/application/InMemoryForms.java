package org.caregate.forms.application;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caregate.forms.domain.FormTemplate;
import org.caregate.forms.domain.FormTemplateRepository;
import org.caregate.forms.domain.Question;
import org.caregate.forms.domain.TemplateCategory;
import org.caregate.forms.domain.TemplateOrder;
import org.caregate.identity.api.BookingPatient;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.event.EventPublisher;

/** The forms facade over in-memory templates and people, with what it audited. */
final class InMemoryForms {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final long ORG = 1;
    static final long OTHER_ORG = 2;

    final Map<Long, FormTemplate> templates = new TreeMap<>();
    final Map<Long, Person> people = new TreeMap<>();
    final List<String> audit = new ArrayList<>();
    /** The events published, as {@code type resourceId by userId}. */
    final List<String> events = new ArrayList<>();
    final FormTemplateFacadeBean facade = new FormTemplateFacadeBean();
    final InMemoryRequests requests = new InMemoryRequests(id -> templates.get(id).name());
    final RequestedFormCompletionFacadeBean requestFacade = new RequestedFormCompletionFacadeBean();
    final RequestedCompletions completions = new RequestedCompletions();
    /** The time the request facade and the recurrences see; tests move it. */
    Instant now = NOW;
    private long nextId = 1;

    InMemoryForms() {
        facade.templates = new Templates();
        facade.people = new Directory();
        facade.audit = (caller, action, type, target) -> audit.add(action + " " + target);
        facade.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        EventPublisher publisher = (caller, event) -> {
            audit.add(event.type().name() + " " + event.resourceId());
            events.add(event.type().name() + " " + event.resourceId() + " by " + caller.userId());
        };
        facade.events = publisher;
        requestFacade.requests = requests;
        requestFacade.templates = facade.templates;
        requestFacade.people = facade.people;
        requestFacade.events = publisher;
        requestFacade.audit = facade.audit;
        requestFacade.clock = moving;
        completions.requests = requests;
        completions.people = facade.people;
        completions.events = publisher;
        completions.clock = moving;
        person(7, ORG, false, null);
        person(8, ORG, false, null);
        person(9, OTHER_ORG, false, null);
        person(20, ORG, true, null);
        person(21, ORG, true, "America/New_York");
        person(22, OTHER_ORG, true, null);
    }

    void person(long id, long organization, boolean patient, String timezone) {
        people.put(id, new Person(id, organization, patient, "First" + id, "Last" + id, id + "@example.org", null,
                timezone, true, null, null));
    }

    static Caller member(long user, long organization, boolean canEditForms) {
        return new Caller(user, organization, Role.PROVIDER, new Privileges(false, false, false, false, false,
                canEditForms), "test", "127.0.0.1");
    }

    static Caller superAdmin(long user, long organization) {
        return new Caller(user, organization, Role.PROVIDER, new Privileges(true, true, true, true, true, true),
                "test", "127.0.0.1");
    }

    static Caller patient(long user, long organization) {
        return new Caller(user, organization, Role.PATIENT, Privileges.NONE, "test", "127.0.0.1");
    }

    static Caller anonymous() {
        return Caller.anonymous("test", "127.0.0.1");
    }

    void assignIds(FormTemplate template) {
        setId(template, FormTemplate.class);
        template.questions().forEach(question -> setId(question, Question.class));
    }

    void setId(Object entity, Class<?> type) {
        try {
            Field id = type.getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    final class Templates implements FormTemplateRepository {

        @Override
        public void add(FormTemplate template) {
            assignIds(template);
            templates.put(template.id(), template);
        }

        @Override
        public void flush() {
            templates.values().forEach(InMemoryForms.this::assignIds);
        }

        @Override
        public void remove(FormTemplate template) {
            templates.remove(template.id());
        }

        @Override
        public Optional<FormTemplate> find(long organizationId, long id) {
            return find(id).filter(t -> t.organizationId() == organizationId);
        }

        @Override
        public Optional<FormTemplate> lock(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public Optional<FormTemplate> share(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public Optional<FormTemplate> find(long id) {
            return Optional.ofNullable(templates.get(id));
        }

        @Override
        public Optional<FormTemplate> holding(long organizationId, long questionId) {
            return templates.values().stream().filter(t -> t.organizationId() == organizationId)
                    .filter(t -> t.question(questionId).isPresent()).findFirst();
        }

        @Override
        public List<FormTemplate> named(long organizationId, String name) {
            return templates.values().stream().filter(t -> t.organizationId() == organizationId)
                    .filter(t -> t.name().equals(name) && !t.archived() && t.useForCharting()).toList();
        }

        @Override
        public List<FormTemplate> search(long organizationId, boolean archived, TemplateCategory category,
                                         String keywords, TemplateOrder order, int offset, int limit) {
            Comparator<FormTemplate> by = switch (order.property()) {
                case "name" -> Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT));
                case "createdAt" -> Comparator.comparing(FormTemplate::createdAt);
                default -> Comparator.comparing(FormTemplate::updatedAt);
            };
            by = by.thenComparing(FormTemplate::id);
            return templates.values().stream().filter(t -> t.organizationId() == organizationId)
                    .filter(t -> t.archived() == archived)
                    .filter(t -> category == null || (category == TemplateCategory.CHARTING ? t.useForCharting()
                            : t.useForProgram()))
                    .filter(t -> keywords == null || t.name().toLowerCase(Locale.ROOT)
                            .contains(keywords.toLowerCase(Locale.ROOT)))
                    .sorted(order.descending() ? by.reversed() : by).skip(offset).limit(limit).toList();
        }
    }

    final class Directory implements PeopleDirectory {

        @Override
        public Optional<Person> person(long userId) {
            return Optional.ofNullable(people.get(userId));
        }

        @Override
        public List<Person> people(Collection<Long> userIds) {
            return userIds.stream().map(people::get).filter(p -> p != null).toList();
        }

        @Override
        public Optional<Person> byExternalId(long organizationId, String externalId) {
            return Optional.empty();
        }

        @Override
        public List<Person> membersOf(long organizationId) {
            return people.values().stream().filter(p -> p.organizationId() == organizationId && !p.isPatient()).toList();
        }

        @Override
        public boolean hasGroup(long organizationId, long groupId) {
            return false;
        }

        @Override
        public void placeInGroup(Caller caller, long organizationId, long patientId, long groupId) {
            throw new UnsupportedOperationException("forms places nobody in a group");
        }

        @Override
        public Person patientForBooking(Caller caller, long organizationId, BookingPatient patient,
                                        Long groupOfNewPatient) {
            throw new UnsupportedOperationException("forms books nothing");
        }
    }
}
