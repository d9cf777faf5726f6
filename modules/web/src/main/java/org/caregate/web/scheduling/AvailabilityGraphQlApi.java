package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.kernel.id.AvailabilityId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AvailabilityChanges;
import org.caregate.scheduling.api.AvailabilityFacade;
import org.caregate.scheduling.api.AvailabilityQuery;
import org.caregate.scheduling.api.SlotQuery;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Healthie's Availability and the self-scheduling slot search (seed 001 "Availability", "Scheduling"). */
@GraphQLApi
@ApplicationScoped
public class AvailabilityGraphQlApi {

    @EJB
    AvailabilityFacade availability;

    @EJB
    IdentityFacade identity;

    @Inject
    CurrentCaller caller;

    @Query("availabilities")
    @Description("Open hours of the caller (or user_id, or with is_org of the organization's providers or "
            + "provider_ids). Either one_time or is_repeating must be given; startDate (inclusive) and endDate "
            + "(exclusive) limit one-time availabilities.")
    public List<AvailabilityNode> availabilities(@Name("show_availability") Boolean showAvailability,
                                                 @Name("day_of_week") Integer dayOfWeek,
                                                 @Name("one_time") Boolean oneTime,
                                                 @Name("is_repeating") Boolean isRepeating,
                                                 @Name("includeRepeating") Boolean includeRepeating,
                                                 @Name("startDate") String startDate,
                                                 @Name("endDate") String endDate,
                                                 @Name("is_org") Boolean isOrg,
                                                 @Name("provider_ids") List<String> providerIds,
                                                 @Name("user_id") String userId) {
        HealthieInputs read = new HealthieInputs();
        LocalDate from = read.date("startDate", startDate);
        LocalDate until = read.date("endDate", endDate);
        List<UserId> providers = read.userIdList("provider_ids", providerIds);
        UserId provider = read.userId("user_id", userId);
        AvailabilityQuery query = new AvailabilityQuery(showAvailability, dayOfWeek, oneTime, isRepeating,
                includeRepeating, from, until, isOrg, providers, provider, read.reading());
        return GraphQlErrors.query(() -> availability.availabilities(caller.get(), query)
                .stream().map(AvailabilityNode::of).toList());
    }

    @Query("availability")
    @Description("One availability.")
    public AvailabilityNode availability(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return AvailabilityNode.of(availability.availability(caller.get(), AvailabilityId.parse("id", id)));
        });
    }

    @Mutation("createAvailability")
    @Description("Opens a provider's calendar: range_start \"August 16, 2022\", time and end_time \"07 30\" in the "
            + "provider's time zone (or timezone); weekly on day_of_week (0 = Sunday) when is_repeating.")
    public CreateAvailabilityPayload createAvailability(@Name("input") CreateAvailabilityInput input) {
        CreateAvailabilityInput in = input != null ? input : new CreateAvailabilityInput();
        return GraphQlErrors.mutation(() -> new CreateAvailabilityPayload(AvailabilityNode.of(
                availability.createAvailability(caller.get(), in.changes(null))), null),
                messages -> new CreateAvailabilityPayload(null, messages));
    }

    @Mutation("editAvailability")
    @Description("Changes an availability; range_start, time and end_time are required as on creation.")
    public EditAvailabilityPayload editAvailability(@Name("input") EditAvailabilityInput input) {
        EditAvailabilityInput in = input != null ? input : new EditAvailabilityInput();
        return GraphQlErrors.mutation(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return new EditAvailabilityPayload(AvailabilityNode.of(availability.editAvailability(caller.get(),
                    in.changes(AvailabilityId.parse("id", in.id)))), null);
        },
                messages -> new EditAvailabilityPayload(null, messages));
    }

    @Mutation("deleteAvailability")
    @Description("Removes an availability; booked appointments stay.")
    public DeleteAvailabilityPayload deleteAvailability(@Name("input") DeleteAvailabilityInput input) {
        DeleteAvailabilityInput in = input != null ? input : new DeleteAvailabilityInput();
        return GraphQlErrors.mutation(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return new DeleteAvailabilityPayload(AvailabilityNode.of(availability.deleteAvailability(caller.get(),
                    AvailabilityId.parse("id", in.id))), null);
        },
                messages -> new DeleteAvailabilityPayload(null, messages));
    }

    @Query("daysAvailableForRange")
    @Description("Dates (YYYY-MM-DD) with an open slot in the month of date_from_month, for appt_type_id with "
            + "provider_id (or, with org_level, the organization's providers or provider_ids), in timezone.")
    public List<String> daysAvailableForRange(@Name("provider_id") String providerId,
                                              @Name("date_from_month") String dateFromMonth,
                                              @Name("org_level") Boolean orgLevel,
                                              @Name("timezone") String timezone,
                                              @Name("provider_ids") List<String> providerIds,
                                              @Name("appt_type_id") String apptTypeId,
                                              @Id @Name("appointment_to_reschedule_id") String appointmentToRescheduleId,
                                              @Name("contact_type") String contactType) {
        HealthieInputs read = new HealthieInputs();
        SlotQuery query = new SlotQuery(read.userId("provider_id", providerId), orgLevel,
                read.userIdList("provider_ids", providerIds), read.appointmentTypeId("appt_type_id", apptTypeId),
                read.timezone("timezone", timezone), read.dayOfMonth("date_from_month", dateFromMonth), null, null,
                null, null, read.appointmentId("appointment_to_reschedule_id", appointmentToRescheduleId),
                contactType, read.reading());
        return GraphQlErrors.query(() -> availability.daysAvailableForRange(caller.get(), query));
    }

    @Query("availableSlotsForRange")
    @Description("Open slots from start_date 00:00:00 to end_date 23:59:59 in timezone, limited by the date "
            + "boundaries; date as \"2021-10-10 10:00:00 EDT -04:00\", user_id the provider.")
    public List<PotentialAppointmentSlotNode> availableSlotsForRange(
            @Name("provider_id") String providerId,
            @Name("start_date") String startDate,
            @Name("end_date") String endDate,
            @Name("timezone") String timezone,
            @Name("org_level") Boolean orgLevel,
            @Name("provider_ids") List<String> providerIds,
            @Name("appt_type_id") String apptTypeId,
            @Id @Name("appointment_to_reschedule_id") String appointmentToRescheduleId,
            @Name("start_date_boundary") String startDateBoundary,
            @Name("end_date_boundary") String endDateBoundary,
            @Name("contact_type") String contactType) {
        HealthieInputs read = new HealthieInputs();
        SlotQuery query = new SlotQuery(read.userId("provider_id", providerId), orgLevel,
                read.userIdList("provider_ids", providerIds), read.appointmentTypeId("appt_type_id", apptTypeId),
                read.timezone("timezone", timezone), null, read.requiredDate("start_date", startDate),
                read.requiredDate("end_date", endDate), read.date("start_date_boundary", startDateBoundary),
                read.date("end_date_boundary", endDateBoundary),
                read.appointmentId("appointment_to_reschedule_id", appointmentToRescheduleId), contactType,
                read.reading());
        return GraphQlErrors.query(() -> availability.availableSlotsForRange(caller.get(), query)
                .stream().map(PotentialAppointmentSlotNode::of).toList());
    }

    @Name("user")
    @Description("The provider whose open hours these are.")
    public UserNode user(@Source AvailabilityNode node) {
        return GraphQlErrors.query(() -> identity.usersWithIds(caller.get(), List.of(node.providerId())).stream()
                .map(UserNode::of).findFirst().orElse(null));
    }

    /** {@code createAvailability(input: createAvailabilityInput)}. */
    @Input("createAvailabilityInput")
    public static class CreateAvailabilityInput {
        @Name("day_of_week") public Integer dayOfWeek;
        @Name("is_repeating") public Boolean isRepeating;
        @Name("range_start") public String rangeStart;
        @Name("time") public String time;
        @Name("end_time") public String endTime;
        @Name("user_id") public String userId;
        @Name("timezone") public String timezone;

        /** The open hours in scheduling's types, for the availability {@code id} (none when opening one). */
        AvailabilityChanges changes(AvailabilityId id) {
            HealthieInputs read = new HealthieInputs();
            UserId provider = read.userId("user_id", userId);
            LocalDate firstDay = read.requiredDate("range_start", rangeStart);
            LocalTime start = read.timeOfDay("time", time);
            LocalTime end = read.timeOfDay("end_time", endTime);
            return new AvailabilityChanges(id, dayOfWeek, isRepeating, firstDay, start, end, provider,
                    read.timezone("timezone", timezone), read.reading());
        }
    }

    /** {@code editAvailability(input: editAvailabilityInput)}; the seed sends its id as a String. */
    @Input("editAvailabilityInput")
    public static class EditAvailabilityInput extends CreateAvailabilityInput {
        @Name("id") public String id;
    }

    /** {@code deleteAvailability(input: deleteAvailabilityInput)}. */
    @Input("deleteAvailabilityInput")
    public static class DeleteAvailabilityInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createAvailability} returns. */
    @Name("createAvailabilityPayload")
    public record CreateAvailabilityPayload(@Name("availability") AvailabilityNode availability,
                                            @Name("messages") List<FieldError> messages) {
    }

    /** What {@code editAvailability} returns. */
    @Name("editAvailabilityPayload")
    public record EditAvailabilityPayload(@Name("availability") AvailabilityNode availability,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteAvailability} returns. */
    @Name("deleteAvailabilityPayload")
    public record DeleteAvailabilityPayload(@Name("availability") AvailabilityNode availability,
                                            @Name("messages") List<FieldError> messages) {
    }
}
