package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caregate.forms.api.FormTemplateFacade;
import org.caregate.forms.api.FormTemplateView;
import org.caregate.forms.api.QuestionChanges;
import org.caregate.forms.api.QuestionView;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.forms.api.TemplateSearch;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
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

/**
 * Healthie's form templates (seed 001 "Form Templates": {@code CustomModuleForm}) and, as Caregate additions in
 * Healthie's style, the operations on their questions ({@code CustomModule}), which the seed does not print.
 */
@GraphQLApi
@ApplicationScoped
public class FormsGraphQlApi {

    @EJB
    FormTemplateFacade forms;

    @Inject
    CurrentCaller caller;

    @Query("customModuleForms")
    @Description("The organization's form templates (members only): active ones, or archived ones with "
            + "active_status: true; category charting or program; keywords in the name; sort_by name_asc (default), "
            + "name_desc, created_at_asc|desc, updated_at_asc|desc; pages of 10 with should_paginate. Caregate has no "
            + "Healthie-team templates, so include_default_templates adds none.")
    public List<CustomModuleFormNode> customModuleForms(
            @Name("include_default_templates") Boolean includeDefaultTemplates,
            @Name("active_status") Boolean activeStatus, @Name("should_paginate") Boolean shouldPaginate,
            @Name("category") String category, @Name("keywords") String keywords, @Name("offset") Integer offset,
            @Name("sort_by") String sortBy) {
        return GraphQlErrors.query(() -> forms.templates(caller.get(), new TemplateSearch(Boolean.TRUE.equals(activeStatus),
                        category, keywords, sortBy, offset, Boolean.TRUE.equals(shouldPaginate))).stream()
                .map(CustomModuleFormNode::of).toList());
    }

    @Query("customModuleForm")
    @Description("A form template by id: public (no key needed); a signed-in caller sees only their organization's.")
    public CustomModuleFormNode customModuleForm(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> CustomModuleFormNode.of(forms.template(caller.get(),
                CustomModuleFormId.parse("id", id))));
    }

    @Mutation("createCustomModuleForm")
    @Description("Creates an empty form template owned by the caller (can_edit_forms).")
    public CreateCustomModuleFormPayload createCustomModuleForm(@Name("input") CreateCustomModuleFormInput input) {
        CreateCustomModuleFormInput in = input != null ? input : new CreateCustomModuleFormInput();
        return GraphQlErrors.mutation(() -> new CreateCustomModuleFormPayload(CustomModuleFormNode.of(
                forms.createTemplate(caller.get(), new TemplateChanges(null, in.name, in.useForCharting,
                        in.useForProgram, null))), null), messages -> new CreateCustomModuleFormPayload(null, messages));
    }

    @Mutation("updateCustomModuleForm")
    @Description("Renames, archives (is_archived) or re-purposes a form template; fields left out stay as they are.")
    public UpdateCustomModuleFormPayload updateCustomModuleForm(@Name("input") UpdateCustomModuleFormInput input) {
        UpdateCustomModuleFormInput in = input != null ? input : new UpdateCustomModuleFormInput();
        return GraphQlErrors.mutation(() -> UpdateCustomModuleFormPayload.of(forms.updateTemplate(caller.get(),
                new TemplateChanges(formId("id", in.id), in.name, in.useForCharting, in.useForProgram,
                        in.isArchived))), UpdateCustomModuleFormPayload::refused);
    }

    @Mutation("deleteCustomModuleForm")
    @Description("Deletes a form template and its questions; answers with the template as it was.")
    public UpdateCustomModuleFormPayload deleteCustomModuleForm(@Name("input") DeleteCustomModuleFormInput input) {
        DeleteCustomModuleFormInput in = input != null ? input : new DeleteCustomModuleFormInput();
        return GraphQlErrors.mutation(() -> UpdateCustomModuleFormPayload.of(forms.deleteTemplate(caller.get(),
                formId("id", in.id))), UpdateCustomModuleFormPayload::refused);
    }

    @Mutation("copyCustomModuleForm")
    @Description("Copies the template id, or each of id_list (\"1,2,3\"), questions and all. The copies are the "
            + "caller's, or user_id's (super admins only). customModuleForm is the first copy; customModuleForms "
            + "(Caregate addition) lists them all.")
    public CopyCustomModuleFormPayload copyCustomModuleForm(@Name("input") CopyCustomModuleFormInput input) {
        CopyCustomModuleFormInput in = input != null ? input : new CopyCustomModuleFormInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            List<CustomModuleFormNode> copies = forms.copyTemplates(caller.get(), in.ids(),
                    in.userId == null || in.userId.isBlank() ? null : UserId.parse("user_id", in.userId)).stream()
                    .map(CustomModuleFormNode::of).toList();
            return new CopyCustomModuleFormPayload(copies.isEmpty() ? null : copies.get(0), copies, null);
        }, messages -> new CopyCustomModuleFormPayload(null, null, messages));
    }

    @Mutation("createCustomModule")
    @Description("Caregate addition: adds a question at the end of a form template. mod_type from the catalogue "
            + "(docs/forms.md); options one choice a line for radio, horizontal_radio, dropdown and checkbox, JSON "
            + "for matrix; the label of label and read_only questions is HTML, cleaned.")
    public CustomModulePayload createCustomModule(@Name("input") CreateCustomModuleInput input) {
        CreateCustomModuleInput in = input != null ? input : new CreateCustomModuleInput();
        return GraphQlErrors.mutation(() -> CustomModulePayload.of(forms.createQuestion(caller.get(),
                in.changes(null, formId("custom_module_form_id", in.customModuleFormId)))), CustomModulePayload::refused);
    }

    @Mutation("updateCustomModule")
    @Description("Caregate addition: changes a question; fields left out stay as they are.")
    public CustomModulePayload updateCustomModule(@Name("input") UpdateCustomModuleInput input) {
        UpdateCustomModuleInput in = input != null ? input : new UpdateCustomModuleInput();
        return GraphQlErrors.mutation(() -> CustomModulePayload.of(forms.updateQuestion(caller.get(),
                in.changes(questionId(in.id), null))), CustomModulePayload::refused);
    }

    @Mutation("deleteCustomModule")
    @Description("Caregate addition: removes a question; those after it move up.")
    public CustomModulePayload deleteCustomModule(@Name("input") DeleteCustomModuleInput input) {
        DeleteCustomModuleInput in = input != null ? input : new DeleteCustomModuleInput();
        return GraphQlErrors.mutation(() -> CustomModulePayload.of(forms.deleteQuestion(caller.get(),
                questionId(in.id))), CustomModulePayload::refused);
    }

    @Mutation("reorderCustomModules")
    @Description("Caregate addition: puts a template's questions in the order of custom_module_ids, which names "
            + "every question of the template once.")
    public ReorderCustomModulesPayload reorderCustomModules(@Name("input") ReorderCustomModulesInput input) {
        ReorderCustomModulesInput in = input != null ? input : new ReorderCustomModulesInput();
        return GraphQlErrors.mutation(() -> {
            CustomModuleFormId form = formId("custom_module_form_id", in.customModuleFormId);
            Inputs read = new Inputs();
            List<CustomModuleId> order = new ArrayList<>();
            for (String raw : in.customModuleIds == null ? List.<String>of() : in.customModuleIds) {
                Long id = read.id("custom_module_ids", raw);
                if (id != null) {
                    order.add(new CustomModuleId(id));
                }
            }
            read.check();
            return new ReorderCustomModulesPayload(CustomModuleFormNode.of(forms.reorderQuestions(caller.get(), form,
                    order)), null);
        }, messages -> new ReorderCustomModulesPayload(null, messages));
    }

    /**
     * The template id in {@code field}, read once the caller is known to be staff: as the use case refuses, a
     * patient hears that only providers and staff may, before anything about the id.
     */
    private CustomModuleFormId formId(String field, String raw) {
        Access.requireMember(caller.get());
        return CustomModuleFormId.parse(field, raw);
    }

    private CustomModuleId questionId(String raw) {
        Access.requireMember(caller.get());
        return CustomModuleId.parse("id", raw);
    }

    /** {@code createCustomModuleForm(input: createCustomModuleFormInput)}. */
    @Input("createCustomModuleFormInput")
    public static class CreateCustomModuleFormInput {
        @Name("name") public String name;
        @Name("use_for_charting") public Boolean useForCharting;
        @Name("use_for_program") public Boolean useForProgram;
    }

    /** {@code updateCustomModuleForm(input: updateCustomModuleFormInput)}. */
    @Input("updateCustomModuleFormInput")
    public static class UpdateCustomModuleFormInput extends CreateCustomModuleFormInput {
        @Id @Name("id") public String id;
        @Name("is_archived") public Boolean isArchived;
    }

    /** {@code deleteCustomModuleForm(input: deleteCustomModuleFormInput)}. */
    @Input("deleteCustomModuleFormInput")
    public static class DeleteCustomModuleFormInput {
        @Id @Name("id") public String id;
    }

    /** {@code copyCustomModuleForm(input: copyCustomModuleFormInput)}. */
    @Input("copyCustomModuleFormInput")
    public static class CopyCustomModuleFormInput {
        @Id @Name("id") public String id;
        @Name("id_list") public String idList;
        @Name("user_id") public String userId;

        /** {@code id}, then each of {@code id_list}, each once; every unreadable one refused together. */
        List<CustomModuleFormId> ids() {
            Inputs read = new Inputs();
            Set<CustomModuleFormId> ids = new LinkedHashSet<>();
            if (id != null && !id.isBlank()) {
                add(ids, read.id("id", id));
            }
            if (idList != null) {
                for (String entry : idList.split(",")) {
                    if (!entry.isBlank()) {
                        add(ids, read.id("id_list", entry.strip()));
                    }
                }
            }
            read.check();
            return List.copyOf(ids);
        }

        private static void add(Set<CustomModuleFormId> ids, Long id) {
            if (id != null) {
                ids.add(new CustomModuleFormId(id));
            }
        }
    }

    /** {@code updateCustomModule(input: updateCustomModuleInput)}: a question's definition. */
    @Input("updateCustomModuleInput")
    public static class UpdateCustomModuleInput {
        @Id @Name("id") public String id;
        @Name("mod_type") public String modType;
        @Name("label") public String label;
        @Name("options") public String options;
        @Name("required") public Boolean required;
        @Name("hipaa_name") public String hipaaName;

        QuestionChanges changes(CustomModuleId question, CustomModuleFormId form) {
            return new QuestionChanges(question, form, modType, label, options, required, hipaaName);
        }
    }

    /** {@code createCustomModule(input: createCustomModuleInput)}. */
    @Input("createCustomModuleInput")
    public static class CreateCustomModuleInput extends UpdateCustomModuleInput {
        @Name("custom_module_form_id") public String customModuleFormId;
    }

    /** {@code deleteCustomModule(input: deleteCustomModuleInput)}. */
    @Input("deleteCustomModuleInput")
    public static class DeleteCustomModuleInput {
        @Id @Name("id") public String id;
    }

    /** {@code reorderCustomModules(input: reorderCustomModulesInput)}. */
    @Input("reorderCustomModulesInput")
    public static class ReorderCustomModulesInput {
        @Name("custom_module_form_id") public String customModuleFormId;
        @Name("custom_module_ids") public List<String> customModuleIds;
    }

    /** A question of a template; {@code uuid} (Caregate) is what Solo's visit notes name it by. */
    @Name("CustomModule")
    public record CustomModuleNode(@Id @Name("id") String id, @Name("uuid") String uuid,
                                   @Name("mod_type") String modType,
                                   @Name("label") String label, @Name("options") String options,
                                   @Name("required") boolean required, @Name("hipaa_name") String hipaaName,
                                   @Name("position") int position, @Name("is_read_only") boolean readOnly,
                                   @Name("custom_module_form_id") String customModuleFormId) {

        static CustomModuleNode of(QuestionView question) {
            return new CustomModuleNode(Long.toString(question.id()), question.uuid(), question.modType(),
                    question.label(),
                    question.options(), question.required(), question.hipaaName(), question.position(),
                    question.readOnly(), Long.toString(question.formId()));
        }
    }

    /** A form template. {@code prefill}, {@code is_video} and {@code uploaded_by_healthie_team} are always false. */
    @Name("CustomModuleForm")
    public record CustomModuleFormNode(@Id @Name("id") String id, @Name("uuid") String uuid,
                                       @Name("name") String name,
                                       @Name("has_matrix_field") boolean hasMatrixField,
                                       @Name("prefill") boolean prefill, @Name("is_video") boolean isVideo,
                                       @Name("use_for_charting") boolean useForCharting,
                                       @Name("use_for_program") boolean useForProgram,
                                       @Name("has_non_readonly_modules") boolean hasNonReadonlyModules,
                                       @Name("uploaded_by_healthie_team") boolean uploadedByHealthieTeam,
                                       @Name("is_archived") boolean isArchived,
                                       @Name("custom_modules") List<CustomModuleNode> customModules) {

        static CustomModuleFormNode of(FormTemplateView form) {
            return new CustomModuleFormNode(Long.toString(form.id()), form.uuid(), form.name(), form.hasMatrixField(),
                    false, false,
                    form.useForCharting(), form.useForProgram(), form.hasNonReadonlyModules(), false, form.archived(),
                    form.questions().stream().map(CustomModuleNode::of).toList());
        }
    }

    /** What {@code createCustomModuleForm} returns. */
    @Name("createCustomModuleFormPayload")
    public record CreateCustomModuleFormPayload(@Name("customModuleForm") CustomModuleFormNode customModuleForm,
                                                @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateCustomModuleForm} and {@code deleteCustomModuleForm} return. */
    @Name("updateCustomModuleFormPayload")
    public record UpdateCustomModuleFormPayload(@Name("customModuleForm") CustomModuleFormNode customModuleForm,
                                                @Name("messages") List<FieldError> messages) {

        static UpdateCustomModuleFormPayload of(FormTemplateView form) {
            return new UpdateCustomModuleFormPayload(CustomModuleFormNode.of(form), null);
        }

        static UpdateCustomModuleFormPayload refused(List<FieldError> messages) {
            return new UpdateCustomModuleFormPayload(null, messages);
        }
    }

    /** What {@code copyCustomModuleForm} returns. */
    @Name("copyCustomModuleFormPayload")
    public record CopyCustomModuleFormPayload(@Name("customModuleForm") CustomModuleFormNode customModuleForm,
                                              @Name("customModuleForms") List<CustomModuleFormNode> customModuleForms,
                                              @Name("messages") List<FieldError> messages) {
    }

    /** What the question mutations return: the question created, changed or deleted. */
    @Name("customModulePayload")
    public record CustomModulePayload(@Name("customModule") CustomModuleNode customModule,
                                      @Name("messages") List<FieldError> messages) {

        static CustomModulePayload of(QuestionView question) {
            return new CustomModulePayload(CustomModuleNode.of(question), null);
        }

        static CustomModulePayload refused(List<FieldError> messages) {
            return new CustomModulePayload(null, messages);
        }
    }

    /** What {@code reorderCustomModules} returns: the template in its new order. */
    @Name("reorderCustomModulesPayload")
    public record ReorderCustomModulesPayload(@Name("customModuleForm") CustomModuleFormNode customModuleForm,
                                              @Name("messages") List<FieldError> messages) {
    }
}
