package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.forms.api.FormTemplateFacade;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.input.Access;
import org.caregate.web.forms.FormsGraphQlApi.CustomModuleFormNode;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;

/** Seed 001's "Sharing a Form": a member of the organization receives their own copy of a template, and an email. */
@GraphQLApi
@ApplicationScoped
public class FormSharingGraphQlApi {

    @EJB
    FormTemplateFacade forms;

    @Inject
    CurrentCaller caller;

    @Mutation("shareCustomModuleForm")
    @Description("Gives the member whose email address is form_share_recipient (a member of the organization) an "
            + "independent copy of the template, questions and all, and emails them about it (can_edit_forms). "
            + "customModuleForm is the copy.")
    public ShareCustomModuleFormPayload shareCustomModuleForm(@Name("input") ShareCustomModuleFormInput input) {
        ShareCustomModuleFormInput in = input != null ? input : new ShareCustomModuleFormInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new ShareCustomModuleFormPayload(CustomModuleFormNode.of(forms.shareTemplate(caller.get(),
                    CustomModuleFormId.parse("id", in.id), in.formShareRecipient)), null);
        }, messages -> new ShareCustomModuleFormPayload(null, messages));
    }

    /** {@code shareCustomModuleForm(input: shareCustomModuleFormInput)}, as the seed prints it. */
    @Input("shareCustomModuleFormInput")
    public static class ShareCustomModuleFormInput {
        @Id @Name("id") public String id;
        @Name("form_share_recipient") public String formShareRecipient;
    }

    /** What {@code shareCustomModuleForm} returns (the seed: {@code shareCustomModuleFormPayload}). */
    @Name("shareCustomModuleFormPayload")
    public record ShareCustomModuleFormPayload(@Name("customModuleForm") CustomModuleFormNode customModuleForm,
                                               @Name("messages") List<FieldError> messages) {
    }
}
