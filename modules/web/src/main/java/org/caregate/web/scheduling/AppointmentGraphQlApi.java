package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.billing.api.CheckoutFacade;
import org.caregate.billing.api.CheckoutOutcome;
import org.caregate.billing.api.CheckoutPaymentRequest;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.scheduling.api.AppointmentChanges;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentQuery;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.NewAppointment;
import org.caregate.scheduling.api.StartTime;
import org.caregate.scheduling.api.WarningQuery;
import org.caregate.web.graphql.Cursors;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** Healthie's Appointments and self-scheduling (seed 001 "Appointments", "Scheduling"). */
@GraphQLApi
@ApplicationScoped
public class AppointmentGraphQlApi {

    @EJB
    AppointmentFacade appointments;

    @EJB
    CheckoutFacade checkouts;

    @Inject
    CurrentCaller caller;

    @Mutation("createAppointment")
    @Description("Staff book an appointment for a patient (user_id) or a group (attendee_ids), with other_party_id "
            + "(default: the caller) and extra providers, at datetime; availability is not enforced and booking over "
            + "another appointment is allowed on purpose.")
    public CreateAppointmentPayload createAppointment(@Name("input") CreateAppointmentInput input) {
        CreateAppointmentInput in = input != null ? input : new CreateAppointmentInput();
        return GraphQlErrors.mutation(() -> new CreateAppointmentPayload(AppointmentNode.of(appointments
                        .createAppointment(caller.get(), in.appointment())), null),
                messages -> new CreateAppointmentPayload(null, messages));
    }

    @Mutation("completeCheckout")
    @Description("A patient books an open slot (date from availableSlotsForRange). Without an account, first_name, "
            + "last_name and email name the patient of that email and name in the provider's organization, whose "
            + "record stays as it is, or register one; such a caller reads back the booking's confirmation only "
            + "(id, times, contact type, appointment type, provider's name). A slot taken meanwhile is reported in "
            + "messages. Paid at checkout (Caregate's contract, ADR 0032): offering_id buys that package — its first "
            + "payment charged to stripe_customer_detail_id (a signed-in patient's own card) or to token (a Stripe "
            + "token, saved as the patient's card), its credits granted, one used by the booking; "
            + "stripe_idempotency_key makes a retry answer the first checkout. A decline books nothing; a booking "
            + "refused after the charge is answered in messages and the charge refunded.")
    public CompleteCheckoutPayload completeCheckout(@Name("input") CompleteCheckoutInput input) {
        CompleteCheckoutInput in = input != null ? input : new CompleteCheckoutInput();
        return GraphQlErrors.mutation(() -> {
            CheckoutOutcome outcome = checkouts.checkOut(caller.get(), in.checkout(), in.payment());
            if (outcome.appointment() == null) {
                return new CompleteCheckoutPayload(null, FieldError.of(outcome.messages()));
            }
            AppointmentView booked = outcome.appointment();
            return new CompleteCheckoutPayload(caller.get().isAuthenticated() ? AppointmentNode.of(booked)
                    : AppointmentNode.confirmation(booked), null);
        }, messages -> new CompleteCheckoutPayload(null, messages));
    }

    @Query("appointment")
    @Description("One appointment the caller may see; deleted ones too with include_deleted (providers and staff).")
    public AppointmentNode appointment(@Id @Name("id") String id, @Name("include_deleted") Boolean includeDeleted) {
        return GraphQlErrors.query(() -> AppointmentNode.of(appointments.appointment(caller.get(),
                AppointmentId.parse("id", id), Boolean.TRUE.equals(includeDeleted))));
    }

    @Query("appointments")
    @Description("The caller's appointments (or user_id's, or with is_org the organization's). filter: future "
            + "(default), upcoming, past, ended, didnt-occur, all; is_active leaves out cancelled, re-scheduled and "
            + "no-show; with_all_statuses shows every status (by default cancelled ones are left out). order_by: "
            + "DATE_ASC, DATE_DESC, CREATED_AT_ASC, CREATED_AT_DESC. should_paginate (page_size, default 10) or "
            + "the cursor of the last appointment seen in after.")
    public List<AppointmentNode> appointments(@Id @Name("user_id") String userId, @Name("filter") String filter,
                                              @Name("order_by") String orderBy,
                                              @Name("should_paginate") Boolean shouldPaginate,
                                              @Name("offset") Integer offset, @Name("page_size") Integer pageSize,
                                              @Name("is_active") Boolean isActive,
                                              @Name("with_all_statuses") Boolean withAllStatuses,
                                              @Name("is_org") Boolean isOrg, @Name("after") String after) {
        HealthieInputs read = new HealthieInputs();
        AppointmentQuery query = new AppointmentQuery(read.userId("user_id", userId), filter, orderBy, shouldPaginate,
                offset, pageSize, isActive, withAllStatuses, isOrg, read.appointmentId("after", Cursors.decode(after)),
                read.reading());
        return GraphQlErrors.query(() -> appointments.appointments(caller.get(), query)
                .stream().map(AppointmentNode::of).toList());
    }

    @Query("appointmentsCount")
    @Description("How many appointments appointments would list with the same arguments, without paging.")
    public Integer appointmentsCount(@Id @Name("user_id") String userId, @Name("filter") String filter,
                                     @Name("is_org") Boolean isOrg, @Name("is_active") Boolean isActive,
                                     @Name("with_all_statuses") Boolean withAllStatuses) {
        HealthieInputs read = new HealthieInputs();
        AppointmentQuery query = new AppointmentQuery(read.userId("user_id", userId), filter, null, false, null, null,
                isActive, withAllStatuses, isOrg, null, read.reading());
        return GraphQlErrors.query(() -> (int) appointments.appointmentsCount(caller.get(), query));
    }

    @Mutation("updateAppointment")
    @Description("Moves (datetime), re-assigns or marks an appointment (pm_status: Occurred, No-Show, Re-Scheduled, "
            + "Cancelled). A patient (client_updating: true) may move their own appointment only into an open slot "
            + "and only as the provider's settings allow; a slot taken meanwhile is reported in messages.")
    public UpdateAppointmentPayload updateAppointment(@Name("input") UpdateAppointmentInput input) {
        UpdateAppointmentInput in = input != null ? input : new UpdateAppointmentInput();
        return GraphQlErrors.mutation(() -> new UpdateAppointmentPayload(AppointmentNode.of(appointments
                        .updateAppointment(caller.get(), in.changes())), null),
                messages -> new UpdateAppointmentPayload(null, messages));
    }

    @Mutation("deleteAppointment")
    @Description("Providers and staff delete an appointment (soft); a patient cancels their own (pm_status "
            + "Cancelled, still visible). Caregate has no recurring series, so deleteRecurring changes nothing more.")
    public DeleteAppointmentPayload deleteAppointment(@Name("input") DeleteAppointmentInput input) {
        DeleteAppointmentInput in = input != null ? input : new DeleteAppointmentInput();
        return GraphQlErrors.mutation(() -> new DeleteAppointmentPayload(AppointmentNode.of(appointments
                        .deleteAppointment(caller.get(), AppointmentId.parse("id", in.id), in.deleteRecurring)), null),
                messages -> new DeleteAppointmentPayload(null, messages));
    }

    @Query("appointmentBookingWarnings")
    @Description("Event Conflicts (appointments of provider_id and additional_provider_ids overlapping date + time "
            + "for the appointment type's length or length_in_minutes, repeated when is_repeating) and Credit "
            + "Deficits (attendee_ids without a credit left for the appointment type).")
    public List<BookingWarningNode> appointmentBookingWarnings(
            @Id @Name("appointment_type_id") String appointmentTypeId, @Id @Name("provider_id") String providerId,
            @Name("date") String date, @Name("time") String time, @Name("timezone") String timezone,
            @Name("length_in_minutes") Integer lengthInMinutes, @Name("attendee_ids") String attendeeIds,
            @Name("additional_provider_ids") String additionalProviderIds,
            @Id @Name("recurring_appt_id") String recurringApptId, @Id @Name("current_appt_id") String currentApptId,
            @Name("is_repeating") Boolean isRepeating, @Name("repeat_interval") String repeatInterval,
            @Name("repeat_times") Integer repeatTimes) {
        HealthieInputs read = new HealthieInputs();
        // recurring_appt_id is read only to be refused when malformed: Caregate has no recurring series
        read.appointmentId("recurring_appt_id", recurringApptId);
        WarningQuery query = new WarningQuery(read.appointmentTypeId("appointment_type_id", appointmentTypeId),
                read.userId("provider_id", providerId), read.start("date", null, date, time),
                read.timezone("timezone", timezone), lengthInMinutes, read.userIds("attendee_ids", attendeeIds),
                read.userIds("additional_provider_ids", additionalProviderIds),
                read.appointmentId("current_appt_id", currentApptId), isRepeating, repeatInterval, repeatTimes,
                read.reading());
        return GraphQlErrors.query(() -> appointments.appointmentBookingWarnings(caller.get(), query)
                .stream().map(BookingWarningNode::of).toList());
    }

    /** {@code createAppointment(input: createAppointmentInput)}. */
    @Input("createAppointmentInput")
    public static class CreateAppointmentInput {
        @Name("user_id") public String userId;
        @Name("appointment_type_id") public String appointmentTypeId;
        @Name("contact_type") public String contactType;
        @Name("other_party_id") public String otherPartyId;
        @Name("datetime") public String datetime;
        @Name("date") public String date;
        @Name("time") public String time;
        @Name("timezone") public String timezone;
        @Name("attendee_ids") public String attendeeIds;
        @Name("providers") public String providers;
        @Name("location") public String location;
        @Name("notes") public String notes;

        /** The booking in scheduling's types; what cannot be read goes along in its reading. */
        NewAppointment appointment() {
            HealthieInputs read = new HealthieInputs();
            return new NewAppointment(read.userId("user_id", userId),
                    read.appointmentTypeId("appointment_type_id", appointmentTypeId), contactType,
                    read.userId("other_party_id", otherPartyId), read.userIds("attendee_ids", attendeeIds),
                    read.userIds("providers", providers), read.timezone("timezone", timezone),
                    read.start("datetime", datetime, date, time), location, notes, read.reading());
        }
    }

    /** {@code completeCheckout(input: completeCheckoutInput)}. */
    @Input("completeCheckoutInput")
    public static class CompleteCheckoutInput {
        @Name("appointment_type_id") public String appointmentTypeId;
        @Name("contact_type") public String contactType;
        @Name("date") public String date;
        @Name("timezone") public String timezone;
        @Name("first_name") public String firstName;
        @Name("last_name") public String lastName;
        @Name("email") public String email;
        @Name("phone_number") public String phoneNumber;
        @Name("provider_id") public String providerId;
        @Id @Name("offering_id") public String offeringId;
        @Id @Name("stripe_customer_detail_id") public String stripeCustomerDetailId;
        @Name("token") public String token;
        @Name("stripe_idempotency_key") public String stripeIdempotencyKey;

        /** How the checkout is paid for (nothing sent: it is not). */
        CheckoutPaymentRequest payment() {
            return new CheckoutPaymentRequest(offeringId, stripeCustomerDetailId, token, stripeIdempotencyKey);
        }

        /** The checkout in scheduling's types: {@code date} is the slot's start, as availableSlotsForRange gave it. */
        CheckoutRequest checkout() {
            HealthieInputs read = new HealthieInputs();
            return new CheckoutRequest(read.appointmentTypeId("appointment_type_id", appointmentTypeId), contactType,
                    read.start("date", date, null, null), read.timezone("timezone", timezone), firstName, lastName,
                    email, phoneNumber, read.userId("provider_id", providerId), read.reading());
        }
    }

    /** {@code updateAppointment(input: updateAppointmentInput)}. */
    @Input("updateAppointmentInput")
    public static class UpdateAppointmentInput {
        @Id @Name("id") public String id;
        @Name("pm_status") public String pmStatus;
        @Name("datetime") public String datetime;
        @Name("date") public String date;
        @Name("time") public String time;
        @Name("timezone") public String timezone;
        @Name("client_updating") public Boolean clientUpdating;
        @Name("other_party_id") public String otherPartyId;
        @Name("appointment_type_id") public String appointmentTypeId;
        @Name("contact_type") public String contactType;
        @Name("location") public String location;
        @Name("notes") public String notes;

        /**
         * The changes in scheduling's types; the start is read only when the client sends one. The client's
         * {@code client_updating} changes nothing: whether a patient is updating is who calls.
         */
        AppointmentChanges changes() {
            HealthieInputs read = new HealthieInputs();
            AppointmentId appointment = AppointmentId.parse("id", id);
            StartTime start = datetime != null || date != null ? read.start("datetime", datetime, date, time) : null;
            return new AppointmentChanges(appointment, pmStatus, read.timezone("timezone", timezone), start,
                    read.userId("other_party_id", otherPartyId),
                    read.appointmentTypeId("appointment_type_id", appointmentTypeId), contactType, location, notes,
                    read.reading());
        }
    }

    /** {@code deleteAppointment(input: deleteAppointmentInput)}. */
    @Input("deleteAppointmentInput")
    public static class DeleteAppointmentInput {
        @Id @Name("id") public String id;
        @Name("deleteRecurring") public Boolean deleteRecurring;
    }

    /** What {@code createAppointment} returns. */
    @Name("createAppointmentPayload")
    public record CreateAppointmentPayload(@Name("appointment") AppointmentNode appointment,
                                           @Name("messages") List<FieldError> messages) {
    }

    /** What {@code completeCheckout} returns. */
    @Name("completeCheckoutPayload")
    public record CompleteCheckoutPayload(@Name("appointment") AppointmentNode appointment,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateAppointment} returns. */
    @Name("updateAppointmentPayload")
    public record UpdateAppointmentPayload(@Name("appointment") AppointmentNode appointment,
                                           @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteAppointment} returns. */
    @Name("deleteAppointmentPayload")
    public record DeleteAppointmentPayload(@Name("appointment") AppointmentNode appointment,
                                           @Name("messages") List<FieldError> messages) {
    }
}
