package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentTypeChanges;
import org.caregate.scheduling.api.AppointmentTypeFacade;
import org.caregate.scheduling.api.AppointmentTypeQuery;
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

/** Healthie's Appointment Types and Appointment Settings (seed 001). */
@GraphQLApi
@ApplicationScoped
public class AppointmentTypeGraphQlApi {

    @EJB
    AppointmentTypeFacade types;

    @Inject
    CurrentCaller caller;

    @Query("appointmentType")
    @Description("One appointment type.")
    public AppointmentTypeNode appointmentType(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> AppointmentTypeNode.of(types.appointmentType(caller.get(),
                AppointmentTypeId.parse("id", id))));
    }

    @Query("appointmentTypes")
    @Description("The organization's appointment types by name; patients and callers without an account (who must "
            + "send provider_id) see only those clients can book. Paginated (page_size, default 10) unless "
            + "should_paginate is false.")
    public List<AppointmentTypeNode> appointmentTypes(@Name("offset") Integer offset,
                                                      @Name("should_paginate") Boolean shouldPaginate,
                                                      @Name("page_size") Integer pageSize,
                                                      @Name("keywords") String keywords,
                                                      @Name("show_group") Boolean showGroup,
                                                      @Name("provider_id") String providerId,
                                                      @Name("clients_can_book") Boolean clientsCanBook,
                                                      @Name("appointment_type_ids") String appointmentTypeIds,
                                                      @Name("with_deleted_appt_types") Boolean withDeletedApptTypes) {
        return GraphQlErrors.query(() -> types.appointmentTypes(caller.get(), new AppointmentTypeQuery(offset,
                        shouldPaginate, pageSize, keywords, showGroup, providerId, clientsCanBook, appointmentTypeIds,
                        withDeletedApptTypes)).stream().map(AppointmentTypeNode::of).toList());
    }

    @Mutation("createAppointmentType")
    @Description("Offers a new appointment type (providers and staff).")
    public CreateAppointmentTypePayload createAppointmentType(@Name("input") AppointmentTypeInput input) {
        AppointmentTypeInput in = input != null ? input : new AppointmentTypeInput();
        return GraphQlErrors.mutation(() -> new CreateAppointmentTypePayload(
                AppointmentTypeNode.of(types.createAppointmentType(caller.get(), in.changes(null))), null),
                messages -> new CreateAppointmentTypePayload(null, messages));
    }

    @Mutation("updateAppointmentType")
    @Description("Changes an appointment type; fields left out stay as they are.")
    public UpdateAppointmentTypePayload updateAppointmentType(@Name("input") UpdateAppointmentTypeInput input) {
        UpdateAppointmentTypeInput in = input != null ? input : new UpdateAppointmentTypeInput();
        return GraphQlErrors.mutation(() -> new UpdateAppointmentTypePayload(
                AppointmentTypeNode.of(types.updateAppointmentType(caller.get(), in.changes(in.id))), null),
                messages -> new UpdateAppointmentTypePayload(null, messages));
    }

    @Mutation("deleteAppointmentType")
    @Description("Retires an appointment type (soft delete): no longer bookable; booked appointments keep it.")
    public DeleteAppointmentTypePayload deleteAppointmentType(@Name("input") DeleteAppointmentTypeInput input) {
        DeleteAppointmentTypeInput in = input != null ? input : new DeleteAppointmentTypeInput();
        return GraphQlErrors.mutation(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return new DeleteAppointmentTypePayload(AppointmentTypeNode.of(types.deleteAppointmentType(caller.get(),
                    AppointmentTypeId.parse("id", in.id))), null);
        },
                messages -> new DeleteAppointmentTypePayload(null, messages));
    }

    @Query("appointmentSetting")
    @Description("Booking rules by id, or a provider's (the caller's when both are left out).")
    public AppointmentSettingNode appointmentSetting(@Id @Name("id") String id, @Id @Name("provider_id") String providerId) {
        return GraphQlErrors.query(() -> {
            // as the use case refuses: a caller without a key hears that first, then both ids at once
            Access.requireAuthenticated(caller.get());
            HealthieInputs read = new HealthieInputs();
            AppointmentSettingId setting = read.appointmentSettingId("id", id);
            UserId provider = read.userId("provider_id", providerId);
            read.check();
            return AppointmentSettingNode.of(types.appointmentSetting(caller.get(), setting, provider));
        });
    }

    @Mutation("createAppointmentSetting")
    @Description("Sets the booking rules of the caller's calendar (or provider_id's); defaults for what is left out.")
    public CreateAppointmentSettingPayload createAppointmentSetting(@Name("input") AppointmentSettingInput.Create input) {
        AppointmentSettingInput.Create in = input != null ? input : new AppointmentSettingInput.Create();
        return GraphQlErrors.mutation(() -> new CreateAppointmentSettingPayload(AppointmentSettingNode.of(
                types.createAppointmentSetting(caller.get(), in.changes(null, in.providerId))), null),
                messages -> new CreateAppointmentSettingPayload(null, messages));
    }

    @Mutation("updateAppointmentSetting")
    @Description("Changes booking rules; fields left out stay as they are.")
    public UpdateAppointmentSettingPayload updateAppointmentSetting(@Name("input") AppointmentSettingInput.Update input) {
        AppointmentSettingInput.Update in = input != null ? input : new AppointmentSettingInput.Update();
        return GraphQlErrors.mutation(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return new UpdateAppointmentSettingPayload(AppointmentSettingNode.of(types.updateAppointmentSetting(
                    caller.get(), in.changes(AppointmentSettingId.parse("id", in.id), null))), null);
        },
                messages -> new UpdateAppointmentSettingPayload(null, messages));
    }

    /** {@code createAppointmentType(input: createAppointmentTypeInput)}. */
    @Input("createAppointmentTypeInput")
    public static class AppointmentTypeInput {
        @Name("name") public String name;
        @Name("length") public Integer length;
        @Name("clients_can_book") public Boolean clientsCanBook;
        @Name("is_group") public Boolean isGroup;
        @Name("bookable_without_group") public Boolean bookableWithoutGroup;
        @Name("is_waitlist_enabled") public Boolean isWaitlistEnabled;
        @Name("user_group_id") public String userGroupId;
        @Name("specific_groups") public Boolean specificGroups;
        @Name("bookable_group_ids") public String bookableGroupIds;
        @Name("contact_type_overrides") public List<String> contactTypeOverrides;
        @Name("appointment_setting") public AppointmentSettingInput.ForAppointmentType appointmentSetting;

        /** The type in scheduling's types, with the {@code id} the client sent to name the one to change. */
        AppointmentTypeChanges changes(String id) {
            HealthieInputs read = new HealthieInputs();
            AppointmentTypeId type = read.appointmentTypeId("id", id);
            UserGroupId group = read.userGroupId("user_group_id", userGroupId);
            return new AppointmentTypeChanges(type, name, length, clientsCanBook, isGroup, bookableWithoutGroup,
                    isWaitlistEnabled, group, specificGroups, bookableGroupIds, contactTypeOverrides,
                    appointmentSetting == null ? null : appointmentSetting.changes(null, null), read.reading());
        }
    }

    /** {@code updateAppointmentType(input: updateAppointmentTypeInput)}. */
    @Input("updateAppointmentTypeInput")
    public static class UpdateAppointmentTypeInput extends AppointmentTypeInput {
        @Id @Name("id") public String id;
    }

    /** {@code deleteAppointmentType(input: deleteAppointmentTypeInput)}. */
    @Input("deleteAppointmentTypeInput")
    public static class DeleteAppointmentTypeInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createAppointmentType} returns. */
    @Name("createAppointmentTypePayload")
    public record CreateAppointmentTypePayload(@Name("appointmentType") AppointmentTypeNode appointmentType,
                                               @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateAppointmentType} returns. */
    @Name("updateAppointmentTypePayload")
    public record UpdateAppointmentTypePayload(@Name("appointmentType") AppointmentTypeNode appointmentType,
                                               @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteAppointmentType} returns. */
    @Name("deleteAppointmentTypePayload")
    public record DeleteAppointmentTypePayload(@Name("appointmentType") AppointmentTypeNode appointmentType,
                                               @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createAppointmentSetting} returns. */
    @Name("createAppointmentSettingPayload")
    public record CreateAppointmentSettingPayload(@Name("appointmentSetting") AppointmentSettingNode appointmentSetting,
                                                  @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateAppointmentSetting} returns. */
    @Name("updateAppointmentSettingPayload")
    public record UpdateAppointmentSettingPayload(@Name("appointmentSetting") AppointmentSettingNode appointmentSetting,
                                                  @Name("messages") List<FieldError> messages) {
    }
}
