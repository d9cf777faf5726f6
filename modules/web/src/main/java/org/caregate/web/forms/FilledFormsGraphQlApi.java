package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.caregate.forms.api.AnswerInput;
import org.caregate.forms.api.FilledFormChanges;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormSearch;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.api.FormTemplateFacade;
import org.caregate.forms.api.NewFilledForm;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.FormAnswerGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.web.forms.FormsGraphQlApi.CustomModuleFormNode;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.scheduling.AppointmentNode;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Healthie's filled-out forms and chart notes (seed 001 "Creating a Filled Out Form", "Querying Filled Out Forms":
 * {@code FormAnswerGroup}), with Caregate's additions in Healthie's style — update, lock, sign, delete — and the two
 * forms an {@code Appointment} carries ({@code form_answer_group}, {@code filled_embed_form}).
 */
@GraphQLApi
@ApplicationScoped
public class FilledFormsGraphQlApi {

    @EJB
    FilledFormFacade filledForms;

    @EJB
    FormTemplateFacade templates;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Mutation("createFormAnswerGroup")
    @Description("Fills out a form: custom_module_form_id (the template), user_id (the patient; a patient may leave "
            + "it out for themselves), finished (true puts it on the chart and in formAnswerGroups; every required "
            + "question must then be answered), form_answers (one per question, checked against its mod_type) and, "
            + "as in Healthie, appointment_id: a charting template's form becomes the appointment's "
            + "form_answer_group, any other its filled_embed_form.")
    public CreateFormAnswerGroupPayload createFormAnswerGroup(@Name("input") CreateFormAnswerGroupInput input) {
        CreateFormAnswerGroupInput in = input != null ? input : new CreateFormAnswerGroupInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireAuthenticated(caller.get());
            CustomModuleFormId template = CustomModuleFormId.parse("custom_module_form_id", in.customModuleFormId);
            UserId user = blank(in.userId) ? null : UserId.parse("user_id", in.userId);
            AppointmentId appointment = blank(in.appointmentId) ? null
                    : AppointmentId.parse("appointment_id", in.appointmentId);
            return new CreateFormAnswerGroupPayload(FormAnswerGroupNode.of(filledForms.create(caller.get(),
                    new NewFilledForm(template, user, Boolean.TRUE.equals(in.finished), appointment,
                            answers(in.formAnswers)))), null);
        }, messages -> new CreateFormAnswerGroupPayload(null, messages));
    }

    @Query("formAnswerGroups")
    @Description("Finished filled-out forms, newest first: user_id (the patient whose chart), filler_id (who "
            + "filled them), custom_module_form_id (the template), date (yyyy-mm-dd, the day they were filled in the "
            + "caller's time zone); pages of 10 from offset with should_paginate. Patients see their own, without "
            + "chart notes.")
    public List<FormAnswerGroupNode> formAnswerGroups(@Name("user_id") @Id String userId,
                                                      @Name("filler_id") @Id String fillerId,
                                                      @Name("custom_module_form_id") @Id String customModuleFormId,
                                                      @Name("date") String date, @Name("offset") Integer offset,
                                                      @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> {
            Access.requireAuthenticated(caller.get());
            FilledFormSearch search = new FilledFormSearch(blank(userId) ? null : UserId.parse("user_id", userId),
                    blank(fillerId) ? null : UserId.parse("filler_id", fillerId),
                    blank(customModuleFormId) ? null : CustomModuleFormId.parse("custom_module_form_id",
                            customModuleFormId), day(date), offset, Boolean.TRUE.equals(shouldPaginate));
            return filledForms.filledForms(caller.get(), search).stream().map(FormAnswerGroupNode::of).toList();
        });
    }

    @Query("formAnswerGroup")
    @Description("A filled-out form by id, finished or not.")
    public FormAnswerGroupNode formAnswerGroup(@Name("id") @Id String id) {
        return GraphQlErrors.query(() -> FormAnswerGroupNode.of(filledForms.filledForm(caller.get(),
                FormAnswerGroupId.parse("id", id))));
    }

    @Mutation("updateFormAnswerGroup")
    @Description("Caregate addition: new answers for the questions they name (the others keep theirs) and "
            + "finished: true to finish a draft. Not once locked; a patient changes only their own drafts.")
    public FormAnswerGroupPayload updateFormAnswerGroup(@Name("input") UpdateFormAnswerGroupInput input) {
        UpdateFormAnswerGroupInput in = input != null ? input : new UpdateFormAnswerGroupInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireAuthenticated(caller.get());
            return FormAnswerGroupPayload.of(filledForms.update(caller.get(), new FilledFormChanges(
                    FormAnswerGroupId.parse("id", in.id), in.finished, answers(in.formAnswers))));
        }, FormAnswerGroupPayload::refused);
    }

    @Mutation("lockFormAnswerGroup")
    @Description("Caregate addition: locks a finished form for good (providers and staff); fires "
            + "form_answer_group.locked.")
    public FormAnswerGroupPayload lockFormAnswerGroup(@Name("input") FormAnswerGroupIdInput input) {
        return change(input, filledForms::lock);
    }

    @Mutation("signFormAnswerGroup")
    @Description("Caregate addition: the provider signs a finished form, which locks it; fires "
            + "form_answer_group.locked (unless it was locked) and form_answer_group.signed.")
    public FormAnswerGroupPayload signFormAnswerGroup(@Name("input") FormAnswerGroupIdInput input) {
        return change(input, filledForms::sign);
    }

    @Mutation("deleteFormAnswerGroup")
    @Description("Caregate addition: deletes a form that is not locked (a patient only their own drafts); "
            + "answers with the form as it was; fires form_answer_group.deleted.")
    public FormAnswerGroupPayload deleteFormAnswerGroup(@Name("input") FormAnswerGroupIdInput input) {
        return change(input, filledForms::delete);
    }

    @Name("form_answer_group")
    @Description("The appointment's chart note, written during the visit (not shown to patients).")
    public List<FormAnswerGroupNode> formAnswerGroup(@Source List<AppointmentNode> appointments) {
        return onAppointments(appointments, "charting");
    }

    @Name("filled_embed_form")
    @Description("The form filled when the appointment was booked.")
    public List<FormAnswerGroupNode> filledEmbedForm(@Source List<AppointmentNode> appointments) {
        return onAppointments(appointments, "embed");
    }

    @Name("user")
    @Description("The patient whose chart the form is on.")
    public List<UserNode> user(@Source List<FormAnswerGroupNode> forms) {
        return people(forms, FormAnswerGroupNode::patientId);
    }

    @Name("filler")
    @Description("Who filled out the form.")
    public List<UserNode> filler(@Source List<FormAnswerGroupNode> forms) {
        return people(forms, FormAnswerGroupNode::fillerId);
    }

    @Name("locked_by")
    @Description("Who locked the form, or null while it is not locked.")
    public List<UserNode> lockedBy(@Source List<FormAnswerGroupNode> forms) {
        return people(forms, FormAnswerGroupNode::lockedById);
    }

    @Name("signed_by")
    @Description("The provider who signed the form, or null while it is not signed.")
    public List<UserNode> signedBy(@Source List<FormAnswerGroupNode> forms) {
        return people(forms, FormAnswerGroupNode::signedById);
    }

    @Name("custom_module_form")
    @Description("The template the form completes, or null once that template was deleted.")
    public List<CustomModuleFormNode> customModuleForm(@Source List<FormAnswerGroupNode> forms) {
        return GraphQlErrors.query(() -> {
            Map<Long, CustomModuleFormNode> found = new HashMap<>();
            for (Long id : new LinkedHashSet<>(forms.stream().map(FormAnswerGroupNode::templateId)
                    .filter(Objects::nonNull).toList())) {
                try {
                    found.put(id, CustomModuleFormNode.of(templates.template(caller.get(), new CustomModuleFormId(id))));
                } catch (NotFoundException deleted) {
                    // a template deleted meanwhile: the form keeps its name, the field answers null
                }
            }
            return forms.stream().map(form -> form.templateId() == null ? null : found.get(form.templateId()))
                    .toList();
        });
    }

    private List<FormAnswerGroupNode> onAppointments(List<AppointmentNode> appointments, String role) {
        return GraphQlErrors.query(() -> {
            List<Long> ids = appointments.stream().filter(a -> !a.confirmationOnly())
                    .map(a -> Long.parseLong(a.id())).toList();
            Map<Long, FormAnswerGroupNode> byAppointment = new HashMap<>();
            for (FilledFormView form : filledForms.forAppointments(caller.get(), ids)) {
                if (role.equals(form.appointmentRole())) {
                    byAppointment.put(form.appointmentId(), FormAnswerGroupNode.of(form));
                }
            }
            return appointments.stream().map(a -> byAppointment.get(Long.parseLong(a.id()))).toList();
        });
    }

    private List<UserNode> people(List<FormAnswerGroupNode> forms, Function<FormAnswerGroupNode, Long> person) {
        return GraphQlErrors.query(() -> people.of(forms, person));
    }

    private FormAnswerGroupPayload change(FormAnswerGroupIdInput input,
                                          BiFunction<Caller, FormAnswerGroupId, FilledFormView> change) {
        FormAnswerGroupIdInput in = input != null ? input : new FormAnswerGroupIdInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireAuthenticated(caller.get());
            return FormAnswerGroupPayload.of(change.apply(caller.get(), FormAnswerGroupId.parse("id", in.id)));
        }, FormAnswerGroupPayload::refused);
    }

    private static List<AnswerInput> answers(List<FormAnswerInput> sent) {
        return sent == null ? List.of() : sent.stream().filter(Objects::nonNull)
                .map(answer -> new AnswerInput(answer.customModuleId, answer.answer, answer.userId)).toList();
    }

    private static LocalDate day(String date) {
        if (blank(date)) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "is not a date (yyyy-mm-dd)");
        }
        Inputs inputs = new Inputs();
        LocalDate checked = inputs.calendarDate("date", day);
        inputs.check();
        return checked;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Healthie's {@code FormAnswerInput}: one answer of a filled-out form. As an element of a list it is bound by
     * JSON-B, hence the {@code @JsonbProperty} names beside the GraphQL ones.
     */
    @Input("FormAnswerInput")
    public static class FormAnswerInput {
        @Id @Name("custom_module_id") @JsonbProperty("custom_module_id") public String customModuleId;
        @Name("answer") @JsonbProperty("answer") public String answer;
        @Id @Name("user_id") @JsonbProperty("user_id") public String userId;
    }

    /** {@code createFormAnswerGroup(input: createFormAnswerGroupInput)}. */
    @Input("createFormAnswerGroupInput")
    public static class CreateFormAnswerGroupInput {
        @Name("finished") public Boolean finished;
        @Name("custom_module_form_id") public String customModuleFormId;
        @Name("user_id") public String userId;
        @Name("appointment_id") public String appointmentId;
        @Name("form_answers") @NonNull public List<@NonNull FormAnswerInput> formAnswers;
    }

    /** {@code updateFormAnswerGroup(input: updateFormAnswerGroupInput)}. */
    @Input("updateFormAnswerGroupInput")
    public static class UpdateFormAnswerGroupInput {
        @Name("id") @Id public String id;
        @Name("finished") public Boolean finished;
        @Name("form_answers") public List<@NonNull FormAnswerInput> formAnswers;
    }

    /** The input of the lock, sign and delete mutations: the form's id. */
    @Input("formAnswerGroupIdInput")
    public static class FormAnswerGroupIdInput {
        @Name("id") @Id public String id;
    }

    /** What {@code createFormAnswerGroup} returns. */
    @Name("createFormAnswerGroupPayload")
    public record CreateFormAnswerGroupPayload(@Name("form_answer_group") FormAnswerGroupNode formAnswerGroup,
                                               @Name("messages") List<FieldError> messages) {
    }

    /** What the update, lock, sign and delete mutations return: the form as it now is (or was). */
    @Name("formAnswerGroupPayload")
    public record FormAnswerGroupPayload(@Name("form_answer_group") FormAnswerGroupNode formAnswerGroup,
                                         @Name("messages") List<FieldError> messages) {

        static FormAnswerGroupPayload of(FilledFormView form) {
            return new FormAnswerGroupPayload(FormAnswerGroupNode.of(form), null);
        }

        static FormAnswerGroupPayload refused(List<FieldError> messages) {
            return new FormAnswerGroupPayload(null, messages);
        }
    }
}
