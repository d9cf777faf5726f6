package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentTypeFacade;
import org.caregate.scheduling.api.CreditView;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * Fields resolved on request, for a whole list at once: the people on an {@code Appointment}, and the
 * scheduling fields of a {@code User}. A caller without an account reads only a booking's confirmation, whose one
 * person is its provider, by name.
 */
@GraphQLApi
@ApplicationScoped
public class SchedulingFieldsGraphQlApi {

    @EJB
    IdentityFacade identity;

    @EJB
    PeopleDirectory directory;

    @EJB
    AppointmentFacade appointments;

    @EJB
    AppointmentTypeFacade types;

    @Inject
    CurrentCaller caller;

    @Name("provider")
    @Description("The provider the appointment is with.")
    public List<UserNode> provider(@Source List<AppointmentNode> list) {
        return GraphQlErrors.query(() -> {
            Map<Long, UserNode> people = people(list, a -> nullable(a.providerId()));
            return list.stream().map(a -> a.providerId() == null ? null : people.get(a.providerId())).toList();
        });
    }

    @Name("user")
    @Description("The patient of a 1:1 appointment.")
    public List<UserNode> user(@Source List<AppointmentNode> list) {
        return GraphQlErrors.query(() -> {
            Map<Long, UserNode> people = people(list, a -> nullable(a.patientId()));
            return list.stream().map(a -> a.patientId() == null ? null : people.get(a.patientId())).toList();
        });
    }

    @Name("attendees")
    @Description("Everyone attending as a patient: the 1:1 patient or the group's attendees.")
    public List<List<UserNode>> attendees(@Source List<AppointmentNode> list) {
        return GraphQlErrors.query(() -> {
            Map<Long, UserNode> people = people(list, SchedulingFieldsGraphQlApi::attendeeIds);
            return list.stream().map(a -> attendeeIds(a).stream().map(people::get).filter(p -> p != null).toList())
                    .toList();
        });
    }

    @Name("providers")
    @Description("The appointment's providers: the primary one first, then any additional ones.")
    public List<List<UserNode>> providers(@Source List<AppointmentNode> list) {
        return GraphQlErrors.query(() -> {
            Map<Long, UserNode> people = people(list, SchedulingFieldsGraphQlApi::providerIds);
            return list.stream().map(a -> providerIds(a).stream().map(people::get).filter(p -> p != null).toList())
                    .toList();
        });
    }

    @Name("next_appt_date")
    @Description("The date of the user's next active appointment, e.g. \"2020-05-08 21:00:00 UTC\".")
    public List<String> nextApptDate(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> appointments.nextAppointmentDates(caller.get(), ids(users)));
    }

    @Name("appointment_type_credits")
    @Description("The appointment type credits the user holds, with what is left after active appointments.")
    public List<List<AppointmentTypeCreditNode>> appointmentTypeCredits(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> {
            List<Long> ids = ids(users);
            Map<Long, List<AppointmentTypeCreditNode>> byUser = new HashMap<>();
            for (CreditView credit : types.credits(caller.get(), ids)) {
                byUser.computeIfAbsent(credit.userId(), id -> new ArrayList<>()).add(AppointmentTypeCreditNode.of(credit));
            }
            return ids.stream().map(id -> byUser.getOrDefault(id, List.of())).toList();
        });
    }

    private Map<Long, UserNode> people(List<AppointmentNode> list, Function<AppointmentNode, Collection<Long>> ids) {
        Set<Long> wanted = new LinkedHashSet<>();
        list.forEach(a -> wanted.addAll(ids.apply(a)));
        Map<Long, UserNode> found = new HashMap<>();
        if (!caller.get().isAuthenticated()) {
            directory.people(wanted).stream().filter(person -> !person.isPatient()).forEach(provider -> found.put(
                    provider.id(), UserNode.providerCard(provider.id(), provider.firstName(), provider.lastName())));
            return found;
        }
        identity.usersWithIds(caller.get(), List.copyOf(wanted))
                .forEach(user -> found.put(user.id(), UserNode.of(user)));
        return found;
    }

    private static List<Long> attendeeIds(AppointmentNode appointment) {
        List<Long> ids = new ArrayList<>();
        if (appointment.patientId() != null) {
            ids.add(appointment.patientId());
        }
        ids.addAll(appointment.attendeeIds());
        return ids;
    }

    private static List<Long> providerIds(AppointmentNode appointment) {
        List<Long> ids = new ArrayList<>();
        if (appointment.providerId() != null) {
            ids.add(appointment.providerId());
        }
        ids.addAll(appointment.additionalProviderIds());
        return ids;
    }

    private static List<Long> nullable(Long id) {
        return id == null ? List.of() : List.of(id);
    }

    private static List<Long> ids(List<UserNode> users) {
        return users.stream().map(user -> Long.parseLong(user.id())).toList();
    }
}
