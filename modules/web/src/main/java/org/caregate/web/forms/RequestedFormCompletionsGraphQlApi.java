package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.NewRequest;
import org.caregate.forms.api.RequestSearch;
import org.caregate.forms.api.RequestedCompletionView;
import org.caregate.forms.api.RequestedFormCompletionFacade;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.FormAnswerGroupId;
import org.caregate.kernel.id.RecurringFormId;
import org.caregate.kernel.id.RequestedFormCompletionId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.web.forms.FormsGraphQlApi.CustomModuleFormNode;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Healthie's form completion requests (seed 001 "Form Completion Requests": {@code RequestedFormCompletion}): a
 * clinic sends one of its form templates to its patients, once or on a recurrence, lists and deletes the requests.
 */
@GraphQLApi
@ApplicationScoped
public class RequestedFormCompletionsGraphQlApi {

    @EJB
    RequestedFormCompletionFacade requests;

    @Inject
    UserNodes people;

    @EJB
    FilledFormFacade filledForms;

    @Inject
    CurrentCaller caller;

    @Query("requestedFormCompletions")
    @Description("The organization's form completion requests (providers and staff), newest first: of the patient "
            + "user_id, whose form's name contains keywords, status Open or Incomplete (not yet completed) or "
            + "Completed (Caregate addition); pages of 10 with should_paginate (Caregate addition), else at most "
            + "1,000.")
    public List<RequestedFormCompletionNode> requestedFormCompletions(@Id @Name("user_id") String userId,
                                                                      @Name("keywords") String keywords,
                                                                      @Name("status") String status,
                                                                      @Name("offset") Integer offset,
                                                                      @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> {
            Access.requireMember(caller.get());
            UserId recipient = userId == null || userId.isBlank() ? null : UserId.parse("user_id", userId);
            return requests.requests(caller.get(), new RequestSearch(recipient, keywords, status, offset,
                    Boolean.TRUE.equals(shouldPaginate))).stream().map(RequestedFormCompletionNode::of).toList();
        });
    }

    @Mutation("createRequestedFormCompletion")
    @Description("Sends the form (a template id) to each of recipient_ids (\"1,2,3\": patients of the organization), "
            + "one request each. With is_recurring, sends it again at hour:minute period (12-hour clock, the patient's "
            + "time zone) every day (frequency Daily), every weekday (Weekly) or every monthday (\"27th\"; Monthly), "
            + "until ends_on (YYYY-MM-DD) when recurrence_ends. requestedFormCompletion is the first request sent; "
            + "requestedFormCompletions (Caregate addition) lists them all.")
    public CreateRequestedFormPayload createRequestedFormCompletion(
            @Name("input") CreateRequestedFormCompletionInput input) {
        CreateRequestedFormCompletionInput in = input != null ? input : new CreateRequestedFormCompletionInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            NewRequest request = in.request();
            List<RequestedFormCompletionNode> sent = requests.request(caller.get(), request).stream()
                    .map(RequestedFormCompletionNode::of).toList();
            return new CreateRequestedFormPayload(sent.get(0), sent, null);
        }, messages -> new CreateRequestedFormPayload(null, null, messages));
    }

    @Mutation("deleteRequestedFormCompletion")
    @Description("Deletes a form completion request; with recurringFormId, also ends that recurring form, so no "
            + "further requests are sent. Answers with the request as it was.")
    public DeleteRequestedFormPayload deleteRequestedFormCompletion(
            @Name("input") DeleteRequestedFormCompletionInput input) {
        DeleteRequestedFormCompletionInput in = input != null ? input : new DeleteRequestedFormCompletionInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            RequestedFormCompletionId id = RequestedFormCompletionId.parse("id", in.id);
            RecurringFormId recurring = in.recurringFormId == null || in.recurringFormId.isBlank() ? null
                    : RecurringFormId.parse("recurringFormId", in.recurringFormId);
            return new DeleteRequestedFormPayload(RequestedFormCompletionNode.of(requests.delete(caller.get(), id,
                    recurring)), null);
        }, messages -> new DeleteRequestedFormPayload(null, messages));
    }

    @Name("form_answer_group")
    @Description("The filled form that completed the request, or null while it is open.")
    public List<FormAnswerGroupNode> formAnswerGroup(@Source List<RequestedFormCompletionNode> list) {
        return GraphQlErrors.query(() -> list.stream().map(node -> {
            if (node.formAnswerGroupId() == null) {
                return null;
            }
            try {
                return FormAnswerGroupNode.of(filledForms.filledForm(caller.get(),
                        FormAnswerGroupId.parse("form_answer_group_id", node.formAnswerGroupId())));
            } catch (NotFoundException deleted) {
                return null;
            }
        }).toList());
    }

    @Name("recipient")
    @Description("The patient asked to fill in the form.")
    public List<UserNode> recipient(@Source List<RequestedFormCompletionNode> list) {
        return people(list, RequestedFormCompletionNode::recipientId);
    }

    @Name("sender")
    @Description("The member who sent the request (or set up the recurrence that sent it).")
    public List<UserNode> sender(@Source List<RequestedFormCompletionNode> list) {
        return people(list, RequestedFormCompletionNode::senderId);
    }

    private List<UserNode> people(List<RequestedFormCompletionNode> list,
                                  Function<RequestedFormCompletionNode, Long> person) {
        return GraphQlErrors.query(() -> people.of(list, person));
    }

    /** {@code createRequestedFormCompletion(input: createRequestedFormCompletionInput)}, as the seed prints it. */
    @Input("createRequestedFormCompletionInput")
    public static class CreateRequestedFormCompletionInput {
        @Name("recipient_ids") public String recipientIds;
        @Name("form") public String form;
        @Name("is_recurring") public Boolean isRecurring;
        @Name("frequency") public String frequency;
        @Name("period") public String period;
        @Name("minute") public String minute;
        @Name("hour") public String hour;
        @Name("weekday") public String weekday;
        @Name("monthday") public String monthday;
        @Name("recurrence_ends") public Boolean recurrenceEnds;
        @Name("ends_on") public String endsOn;

        /** The request, its ids read: every unreadable one refused together. */
        NewRequest request() {
            Inputs read = new Inputs();
            List<UserId> recipients = new ArrayList<>();
            for (String entry : recipientIds == null ? new String[0] : recipientIds.split(",", -1)) {
                if (!entry.isBlank()) {
                    Long id = read.id("recipient_ids", entry.strip());
                    if (id != null) {
                        recipients.add(new UserId(id));
                    }
                }
            }
            Long formId = read.id("form", form);
            read.check();
            return new NewRequest(recipients, formId == null ? null : new CustomModuleFormId(formId), isRecurring,
                    frequency, period, minute, hour, weekday, monthday, recurrenceEnds, endsOn);
        }
    }

    /** {@code deleteRequestedFormCompletion(input: deleteRequestedFormCompletionInput)}. */
    @Input("deleteRequestedFormCompletionInput")
    public static class DeleteRequestedFormCompletionInput {
        @Id @Name("id") public String id;
        @Id @Name("recurringFormId") public String recurringFormId;
    }

    /**
     * A form completion request. {@code item_type} is always {@code cmf} (a form template); {@code recurring_form_id},
     * {@code form_answer_group_id}, {@code created_at} and {@code completed_at} are Caregate additions.
     */
    @Name("RequestedFormCompletion")
    public record RequestedFormCompletionNode(@Id @Name("id") String id, @Name("item_type") String itemType,
                                              @Name("custom_module_form") CustomModuleFormNode customModuleForm,
                                              @Name("status") String status,
                                              @Id @Name("recurring_form_id") String recurringFormId,
                                              @Id @Name("form_answer_group_id") String formAnswerGroupId,
                                              @Name("created_at") String createdAt,
                                              @Name("completed_at") String completedAt,
                                              @Ignore Long recipientId,
                                              @Ignore Long senderId) {

        static RequestedFormCompletionNode of(RequestedCompletionView request) {
            return new RequestedFormCompletionNode(Long.toString(request.id()), "cmf",
                    CustomModuleFormNode.of(request.form()), request.status(), text(request.recurringFormId()),
                    text(request.formAnswerGroupId()), request.createdAt().toString(),
                    request.completedAt() == null ? null : request.completedAt().toString(), request.recipientId(),
                    request.senderId());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** What {@code createRequestedFormCompletion} returns (the seed: {@code createRequestedFormPayload}). */
    @Name("createRequestedFormPayload")
    public record CreateRequestedFormPayload(
            @Name("requestedFormCompletion") RequestedFormCompletionNode requestedFormCompletion,
            @Name("requestedFormCompletions") List<RequestedFormCompletionNode> requestedFormCompletions,
            @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteRequestedFormCompletion} returns (the seed: {@code deleteRequestedFormPayload}). */
    @Name("deleteRequestedFormPayload")
    public record DeleteRequestedFormPayload(
            @Name("requestedFormCompletion") RequestedFormCompletionNode requestedFormCompletion,
            @Name("messages") List<FieldError> messages) {
    }
}
