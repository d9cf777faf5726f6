package org.caregate.episodes.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.caregate.episodes.api.EpisodeChanges;
import org.caregate.episodes.api.EpisodeTypeView;
import org.caregate.episodes.api.EpisodeView;
import org.caregate.episodes.api.event.EpisodeEvent;
import org.caregate.episodes.domain.Episode;
import org.caregate.episodes.domain.EpisodeRepository;
import org.caregate.episodes.domain.EpisodeType;
import org.caregate.episodes.domain.EpisodeTypeRepository;
import org.caregate.episodes.domain.EpisodeTypeTakenException;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.Role;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.IntegrationEvent;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.EpisodeTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;
import org.junit.jupiter.api.Test;

class EpisodeFacadeBeanTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 29);
    private static final Reading READ = new Reading(Set.of("from"), List.of());
    private static final Caller MEMBER = new Caller(7L, 1L, Role.PROVIDER, Privileges.NONE, "test", "127.0.0.1");
    private static final Caller OTHER_MEMBER = new Caller(9L, 2L, Role.PROVIDER, Privileges.NONE, "test", "127.0.0.1");
    private static final UserId PATIENT = new UserId(20);

    private final Map<UUID, Episode> stored = new LinkedHashMap<>();
    private final List<IntegrationEvent> raised = new ArrayList<>();
    private final EpisodeFacadeBean facade = new EpisodeFacadeBean();
    private final EpisodeCheckBean check = new EpisodeCheckBean();
    private final EpisodeTypeFacadeBean catalogue = new EpisodeTypeFacadeBean();
    private final List<EpisodeType> types = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    EpisodeFacadeBeanTest() {
        Map<Long, Person> people = Map.of(
                20L, new Person(20, 1, true, "Pat", "Ient", null, null, null, true, null, "05ade251"),
                21L, new Person(21, 2, true, "Other", "Org", null, null, null, true, null, null),
                7L, new Person(7, 1, false, "Pro", "Vider", null, null, null, true, null, null));
        facade.episodes = new Episodes();
        facade.types = new Types();
        catalogue.types = facade.types;
        catalogue.audit = (caller, action, type, target) -> audited.add(action + " " + target);
        catalogue.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        check.episodes = facade.episodes;
        facade.people = (PeopleDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PeopleDirectory.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("person")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.ofNullable(people.get((Long) args[0]));
                });
        facade.events = (caller, event) -> raised.add(event);
        facade.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void opensReadsAndListsThePatientsEpisodes() {
        EpisodeView created = facade.create(MEMBER, PATIENT, changes("ACTIVE", MARCH, MARCH.plusDays(30), null));
        facade.create(MEMBER, PATIENT, changes("planning", MARCH.minusDays(5), null, null));

        assertThat(created.status()).isEqualTo("active");
        assertThat(created.patientExternalId()).isEqualTo("05ade251");
        assertThat(facade.episode(MEMBER, EpisodeId.read(created.id()).orElseThrow())).isEqualTo(created);
        assertThat(facade.ofPatient(MEMBER, PATIENT)).extracting(EpisodeView::status)
                .containsExactly("planning", "active");
        assertThat(raised).containsExactly(new EpisodeEvent(EpisodeEvent.Action.CREATED, created.id(), List.of()),
                new EpisodeEvent(EpisodeEvent.Action.CREATED, facade.ofPatient(MEMBER, PATIENT).get(0).id(),
                        List.of()));
        assertThat(check.patientOf(1, EpisodeId.read(created.id()).orElseThrow())).contains(20L);
        assertThat(check.patientOf(2, EpisodeId.read(created.id()).orElseThrow())).isEmpty();
    }

    @Test
    void anotherOrganizationsEpisodeOrPatientIsNotFoundAndPatientsMayNotManageEpisodes() {
        EpisodeId id = EpisodeId.read(facade.create(MEMBER, PATIENT, changes("ACTIVE", MARCH, null, null)).id())
                .orElseThrow();
        assertThatThrownBy(() -> facade.episode(OTHER_MEMBER, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.update(OTHER_MEMBER, id, changes("FINISHED", MARCH, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.ofPatient(OTHER_MEMBER, PATIENT)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.create(MEMBER, new UserId(21), changes("ACTIVE", MARCH, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.create(MEMBER, new UserId(7), changes("ACTIVE", MARCH, null, null)))
                .as("a member is no patient").isInstanceOf(NotFoundException.class);
        Caller patient = new Caller(20L, 1L, Role.PATIENT, Privileges.NONE, "test", "127.0.0.1");
        assertThatThrownBy(() -> facade.episode(patient, id)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void refusesEveryProblemAtOnceInTheBodysOrder() {
        EpisodeChanges bad = new EpisodeChanges(" ", null, null, MARCH, "DONE", "x".repeat(256), "unknown",
                new Reading(Set.of(), List.of()));
        assertThatThrownBy(() -> facade.create(MEMBER, PATIENT, bad)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldMessage::field)
                        .containsExactly("name", "type", "from", "status", "objective"));
        EpisodeChanges backwards = changes("ACTIVE", MARCH, MARCH.minusDays(1), "unknown");
        assertThatThrownBy(() -> facade.create(MEMBER, PATIENT, backwards)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("to", "must not be before from"),
                        new FieldMessage("reasonIncomplete", "only applies to an episode that is ONHOLD or CANCELED")));
        EpisodeChanges unreadable = new EpisodeChanges("a", "b", null, null, "ACTIVE", null, null, new Reading(
                Set.of("from"), List.of(new FieldMessage("from", "This value is not a valid date (YYYY-MM-DD)"))));
        assertThatThrownBy(() -> facade.create(MEMBER, PATIENT, unreadable)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("from", "This value is not a valid date (YYYY-MM-DD)")));
        EpisodeChanges ancient = changes("ACTIVE", LocalDate.of(1999, 12, 31), null, null);
        assertThatThrownBy(() -> facade.create(MEMBER, PATIENT, ancient)).isInstanceOf(InvalidInputException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void revisesAlongTheTransitionsAndAClosedEpisodeNoLongerChanges() {
        EpisodeId id = EpisodeId.read(facade.create(MEMBER, PATIENT, changes("ACTIVE", MARCH, null, null)).id())
                .orElseThrow();
        raised.clear();
        assertThatThrownBy(() -> facade.update(MEMBER, id, changes("PLANNING", MARCH, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("status", "An episode active cannot become planning")));
        EpisodeView held = facade.update(MEMBER, id, changes("ONHOLD", MARCH, null, "patient travelling"));
        assertThat(held.reasonIncomplete()).isEqualTo("patient travelling");
        facade.update(MEMBER, id, changes("ONHOLD", MARCH, null, "patient travelling"));
        facade.update(MEMBER, id, changes("FINISHED", MARCH, MARCH.plusDays(3), null));
        assertThat(raised).containsExactly(
                new EpisodeEvent(EpisodeEvent.Action.UPDATED, id.toString(), List.of("status", "reason_incomplete")),
                new EpisodeEvent(EpisodeEvent.Action.UPDATED, id.toString(), List.of("to", "status",
                        "reason_incomplete")));
        assertThatThrownBy(() -> facade.update(MEMBER, id, changes("FINISHED", MARCH, MARCH.plusDays(4), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("status", "The episode is finished and can no longer change")));
        assertThat(facade.update(MEMBER, id, changes("FINISHED", MARCH, MARCH.plusDays(3), null)).status())
                .as("sending it as it is changes nothing and is no refusal").isEqualTo("finished");
    }

    @Test
    void onceTheOrganizationHasACatalogueOfTypesAnEpisodeIsOfOneOfThem() {
        assertThat(facade.create(MEMBER, PATIENT, typed("anything")).type()).as("no catalogue: free text")
                .isEqualTo("anything");
        Caller admin = new Caller(7L, 1L, Role.PROVIDER, new Privileges(false, true, false, false, false, false),
                "test", "127.0.0.1");
        assertThatThrownBy(() -> catalogue.createType(MEMBER, "Covid")).isInstanceOf(ForbiddenException.class);
        EpisodeTypeView covid = catalogue.createType(admin, " Covid ");
        assertThat(covid.name()).isEqualTo("Covid");
        assertThatThrownBy(() -> catalogue.createType(admin, "COVID")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldMessage("name", "has already been taken")));
        catalogue.createType(admin, "Maternity");
        assertThat(catalogue.types(MEMBER)).extracting(EpisodeTypeView::name).containsExactly("Covid", "Maternity");

        assertThat(facade.create(MEMBER, PATIENT, typed("covid")).type()).as("the catalogue's spelling")
                .isEqualTo("Covid");
        assertThatThrownBy(() -> facade.create(MEMBER, PATIENT, typed("anything"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(new FieldMessage("type",
                        "must be one of the organization's episode types: Covid, Maternity")));
        assertThat(catalogue.deleteType(admin, new EpisodeTypeId(covid.id())).name()).isEqualTo("Covid");
        assertThatThrownBy(() -> catalogue.deleteType(admin, new EpisodeTypeId(covid.id())))
                .isInstanceOf(NotFoundException.class);
        Caller otherAdmin = new Caller(9L, 2L, Role.PROVIDER, new Privileges(true, false, false, false, false, false),
                "test", "127.0.0.1");
        assertThat(catalogue.types(otherAdmin)).isEmpty();
        assertThat(audited).hasSize(3).first().asString().startsWith("episode_type.created ");
    }

    private static EpisodeChanges typed(String type) {
        return new EpisodeChanges("care", type, MARCH, null, "ACTIVE", null, null, READ);
    }

    private static EpisodeChanges changes(String status, LocalDate from, LocalDate to, String reasonIncomplete) {
        return new EpisodeChanges("covid care", "covid", from, to, status, "recover", reasonIncomplete, READ);
    }

    private final class Types implements EpisodeTypeRepository {
        private long nextId = 1;

        @Override
        public void add(EpisodeType type) {
            if (of(type.organizationId()).stream().anyMatch(t -> t.name().equalsIgnoreCase(type.name()))) {
                throw new EpisodeTypeTakenException();
            }
            try {
                java.lang.reflect.Field id = EpisodeType.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(type, nextId++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            types.add(type);
        }

        @Override
        public List<EpisodeType> of(long organizationId) {
            return types.stream().filter(t -> t.organizationId() == organizationId)
                    .sorted(Comparator.comparing((EpisodeType t) -> t.name().toLowerCase())).toList();
        }

        @Override
        public Optional<EpisodeType> find(long organizationId, long id) {
            return types.stream().filter(t -> t.organizationId() == organizationId && t.id() == id).findFirst();
        }

        @Override
        public void remove(EpisodeType type) {
            types.remove(type);
        }
    }

    private final class Episodes implements EpisodeRepository {

        @Override
        public void add(Episode episode) {
            stored.put(episode.id(), episode);
        }

        @Override
        public Optional<Episode> find(long organizationId, UUID id) {
            return Optional.ofNullable(stored.get(id)).filter(e -> e.organizationId() == organizationId);
        }

        @Override
        public Optional<Episode> lock(long organizationId, UUID id) {
            return find(organizationId, id);
        }

        @Override
        public List<Episode> ofPatient(long organizationId, long patientId, int limit) {
            return stored.values().stream().filter(e -> e.organizationId() == organizationId
                    && e.patientId() == patientId).sorted(Comparator.comparing((Episode e) -> e.details().from()))
                    .limit(limit).toList();
        }

        @Override
        public void flush() {
        }
    }
}
