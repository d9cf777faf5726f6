package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.CompletedOnboardingItemView;
import org.caregate.forms.api.FlowChanges;
import org.caregate.forms.api.FlowSearch;
import org.caregate.forms.api.ItemChanges;
import org.caregate.forms.api.ItemChoice;
import org.caregate.forms.api.OnboardingFacade;
import org.caregate.forms.api.OnboardingFlowView;
import org.caregate.forms.api.OnboardingItemView;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.OnboardingItemId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Healthie's onboarding (seed 001 "Onboarding Flows", "Onboarding Items"): the flows new patients go through, their
 * items (form templates), and what patients completed or skipped of them.
 */
@GraphQLApi
@ApplicationScoped
public class OnboardingGraphQlApi {

    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    OnboardingFacade onboarding;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Inject
    OnboardingFlowsRead flowsRead;

    @Query("onboardingFlows")
    @Description("The organization's onboarding flows (members only): keywords in the name; sort_by name_asc "
            + "(default), name_desc, created_at_asc|desc, updated_at_asc|desc; pages of 10 with should_paginate.")
    public List<OnboardingFlowNode> onboardingFlows(@Name("offset") Integer offset,
                                                    @Name("keywords") String keywords,
                                                    @Name("sort_by") String sortBy,
                                                    @Name("should_paginate") Boolean shouldPaginate) {
        return GraphQlErrors.query(() -> onboarding.flows(caller.get(), new FlowSearch(keywords, sortBy, offset,
                Boolean.TRUE.equals(shouldPaginate))).stream().map(this::node).toList());
    }

    @Query("onboardingFlow")
    @Description("A flow by id, or the flow of a patient's group (user_id) with the patient's progress on each item "
            + "(completed_onboarding_item). A patient always gets their own flow; null when their group has none.")
    public OnboardingFlowNode onboardingFlow(@Id @Name("id") String id, @Id @Name("user_id") String userId) {
        return GraphQlErrors.query(() -> {
            Access.requireAuthenticated(caller.get());
            OnboardingFlowId flow = id == null || id.isBlank() ? null : OnboardingFlowId.parse("id", id);
            UserId user = userId == null || userId.isBlank() || caller.get().isPatient() ? null
                    : UserId.parse("user_id", userId);
            return onboarding.flow(caller.get(), flow, user).map(this::node).orElse(null);
        });
    }

    @Name("name")
    @Description("The flow's name.")
    public String name(@Source OnboardingFlowNode flow) {
        return GraphQlErrors.query(() -> read(flow).name());
    }

    @Name("is_multiple_providers")
    @Description("Always false: Caregate's flows are the organization's, not one provider's.")
    public boolean isMultipleProviders(@Source OnboardingFlowNode flow) {
        return false;
    }

    @Name("has_forms_after_welcome")
    @Description("Whether the flow has items (forms) to go through.")
    public boolean hasFormsAfterWelcome(@Source OnboardingFlowNode flow) {
        return GraphQlErrors.query(() -> !read(flow).items().isEmpty());
    }

    @Name("onboarding_items")
    @Description("The flow's items in their order; read for a patient, each with the patient's record "
            + "(completed_onboarding_item).")
    public List<OnboardingItemNode> onboardingItems(@Source OnboardingFlowNode flow) {
        return GraphQlErrors.query(() -> read(flow).items().stream().map(OnboardingItemNode::of).toList());
    }

    @Name("user_group_ids")
    @Description("Caregate addition: the patient groups that use the flow.")
    public List<String> userGroupIds(@Source OnboardingFlowNode flow) {
        return GraphQlErrors.query(() -> read(flow).groupIds().stream().map(String::valueOf).toList());
    }

    @Mutation("createOnboardingFlow")
    @Description("Creates a flow (can_edit_forms); groups_to_use_onboarding_flow (\"1,2,3\") are the patient groups "
            + "that use it from now on, leaving their previous flow.")
    public CreateOnboardingFlowPayload createOnboardingFlow(@Name("input") CreateOnboardingFlowInput input) {
        CreateOnboardingFlowInput in = input != null ? input : new CreateOnboardingFlowInput();
        return GraphQlErrors.mutation(() -> new CreateOnboardingFlowPayload(node(onboarding.createFlow(caller.get(),
                new FlowChanges(null, in.name, groups(in.groupsToUseOnboardingFlow)))), null),
                messages -> new CreateOnboardingFlowPayload(null, messages));
    }

    @Mutation("updateOnboardingFlow")
    @Description("Renames a flow (can_edit_forms); groups_to_use_onboarding_flow, when sent, are exactly the groups "
            + "that use it (\"\" for none): the groups named move to it, the others leave it.")
    public UpdateOnboardingFlowPayload updateOnboardingFlow(@Name("input") UpdateOnboardingFlowInput input) {
        UpdateOnboardingFlowInput in = input != null ? input : new UpdateOnboardingFlowInput();
        return GraphQlErrors.mutation(() -> new UpdateOnboardingFlowPayload(node(onboarding.updateFlow(caller.get(),
                new FlowChanges(flowId("id", in.id), in.name, groups(in.groupsToUseOnboardingFlow)))), null),
                messages -> new UpdateOnboardingFlowPayload(null, messages));
    }

    @Mutation("deleteOnboardingFlow")
    @Description("Deletes a flow and its items (can_edit_forms); its groups move to flow_to_receive_groups, or use "
            + "no flow. Answers with the flow as it was.")
    public DeleteOnboardingFlowPayload deleteOnboardingFlow(@Name("input") DeleteOnboardingFlowInput input) {
        DeleteOnboardingFlowInput in = input != null ? input : new DeleteOnboardingFlowInput();
        return GraphQlErrors.mutation(() -> {
            OnboardingFlowId id = flowId("id", in.id);
            OnboardingFlowId receiver = in.flowToReceiveGroups == null || in.flowToReceiveGroups.isBlank() ? null
                    : OnboardingFlowId.parse("flow_to_receive_groups", in.flowToReceiveGroups);
            return new DeleteOnboardingFlowPayload(node(onboarding.deleteFlow(caller.get(), id, receiver)), null);
        }, messages -> new DeleteOnboardingFlowPayload(null, messages));
    }

    @Query("onboardingItem")
    @Description("An onboarding item by id: public (no key needed); a signed-in caller sees only their "
            + "organization's.")
    public OnboardingItemNode onboardingItem(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> OnboardingItemNode.of(onboarding.item(caller.get(),
                OnboardingItemId.parse("id", id))));
    }

    @Mutation("createOnboardingItem")
    @Description("Adds items at the end of a flow (can_edit_forms): item_type is a JSON array of "
            + "{\"type\":\"Module Form\",\"id\":\"<form template id>\"}, one item each; onboardingItem is the first.")
    public CreateOnboardingItemPayload createOnboardingItem(@Name("input") CreateOnboardingItemInput input) {
        CreateOnboardingItemInput in = input != null ? input : new CreateOnboardingItemInput();
        return GraphQlErrors.mutation(() -> {
            OnboardingFlowId flow = flowId("onboarding_flow_id", in.onboardingFlowId);
            List<OnboardingItemView> created = onboarding.createItems(caller.get(), new ItemChanges(null, flow,
                    choices(in.itemType), in.isSkippable, null));
            return new CreateOnboardingItemPayload(OnboardingItemNode.of(created.get(0)), null);
        }, messages -> new CreateOnboardingItemPayload(null, messages));
    }

    @Mutation("updateOnboardingItem")
    @Description("Changes an item (can_edit_forms): item_type (Module Form, or a one-object JSON array) and item_id "
            + "(the form template), is_skippable, row_order (its place from 0), onboarding_flow_id (moves it to the "
            + "end of that flow). Fields left out stay.")
    public UpdateOnboardingItemPayload updateOnboardingItem(@Name("input") UpdateOnboardingItemInput input) {
        UpdateOnboardingItemInput in = input != null ? input : new UpdateOnboardingItemInput();
        return GraphQlErrors.mutation(() -> {
            OnboardingItemId id = itemId(in.id);
            OnboardingFlowId flow = in.onboardingFlowId == null || in.onboardingFlowId.isBlank() ? null
                    : OnboardingFlowId.parse("onboarding_flow_id", in.onboardingFlowId);
            List<ItemChoice> choices = in.itemType != null && in.itemType.strip().startsWith("[")
                    ? choices(in.itemType)
                    : in.itemType == null && in.itemId == null ? List.of() : List.of(new ItemChoice(in.itemType,
                    in.itemId));
            return new UpdateOnboardingItemPayload(OnboardingItemNode.of(onboarding.updateItem(caller.get(),
                    new ItemChanges(id, flow, choices, in.isSkippable, in.rowOrder))), null);
        }, messages -> new UpdateOnboardingItemPayload(null, messages));
    }

    @Mutation("deleteOnboardingItem")
    @Description("Deletes an item (can_edit_forms); those after it move up; patients' records of it become "
            + "unassociated.")
    public DeleteOnboardingItemPayload deleteOnboardingItem(@Name("input") DeleteOnboardingItemInput input) {
        DeleteOnboardingItemInput in = input != null ? input : new DeleteOnboardingItemInput();
        return GraphQlErrors.mutation(() -> new DeleteOnboardingItemPayload(OnboardingItemNode.of(
                onboarding.deleteItem(caller.get(), itemId(in.id))), null),
                messages -> new DeleteOnboardingItemPayload(null, messages));
    }

    @Query("availableItemTypes")
    @Description("A JSON string: what may be added to the flow (or to any flow), each {\"id\", \"name\", \"type\"} — "
            + "the organization's active form templates not yet in the flow, of type Module Form.")
    public String availableItemTypes(@Name("onboarding_flow_id") String onboardingFlowId) {
        return GraphQlErrors.query(() -> {
            Access.requireMember(caller.get());
            OnboardingFlowId flow = onboardingFlowId == null || onboardingFlowId.isBlank() ? null
                    : OnboardingFlowId.parse("onboarding_flow_id", onboardingFlowId);
            var types = JSON.createArrayBuilder();
            onboarding.availableItemTypes(caller.get(), flow).forEach(option -> types.add(JSON.createObjectBuilder()
                    .add("id", String.valueOf(option.id())).add("name", option.name()).add("type", option.type())));
            return types.build().toString();
        });
    }

    @Mutation("createCompletedOnboardingItem")
    @Description("Records that a patient completed an item of their flow, or skipped it (skippable items only; a "
            + "skipped item may be completed later). A patient records their own; a member names the patient "
            + "(user_id).")
    public CompletedOnboardingItemPayload createCompletedOnboardingItem(
            @Name("input") CreateCompletedOnboardingItemInput input) {
        CreateCompletedOnboardingItemInput in = input != null ? input : new CreateCompletedOnboardingItemInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireAuthenticated(caller.get());
            Inputs read = new Inputs();
            Long item = read.id("onboarding_item_id", in.onboardingItemId);
            Long user = read.id("user_id", in.userId);
            read.check();
            return new CompletedOnboardingItemPayload(CompletedOnboardingItemNode.of(onboarding.completeItem(
                    caller.get(), item == null ? null : new OnboardingItemId(item),
                    user == null ? null : new UserId(user), in.skipped)), null);
        }, messages -> new CompletedOnboardingItemPayload(null, messages));
    }

    @Query("unassociatedCompletedOnboardingItems")
    @Description("The patient's completed (or skipped) items that are not part of their current flow: items since "
            + "deleted, or of a flow they have left. A patient reads their own.")
    public List<CompletedOnboardingItemNode> unassociatedCompletedOnboardingItems(
            @Name("user_id") String userId) {
        return GraphQlErrors.query(() -> {
            Access.requireAuthenticated(caller.get());
            UserId user = userId == null || userId.isBlank() ? null : UserId.parse("user_id", userId);
            return onboarding.unassociatedCompletedItems(caller.get(), user).stream()
                    .map(CompletedOnboardingItemNode::of).toList();
        });
    }

    @Name("user")
    @Description("The patient the record is of.")
    public List<UserNode> user(@Source List<CompletedOnboardingItemNode> records) {
        return GraphQlErrors.query(() -> people.of(records, record -> Long.valueOf(record.userId())));
    }

    private OnboardingFlowNode node(OnboardingFlowView flow) {
        flowsRead.remember(flow);
        return new OnboardingFlowNode(Long.toString(flow.id()));
    }

    /** The flow behind a node: as read by this request, or read now (by id, so within the caller's rights). */
    private OnboardingFlowView read(OnboardingFlowNode flow) {
        long id = Long.parseLong(flow.id());
        return flowsRead.find(id).orElseGet(() -> {
            OnboardingFlowView view = onboarding.flow(caller.get(), new OnboardingFlowId(id), null).orElseThrow();
            flowsRead.remember(view);
            return view;
        });
    }

    /** A flow id in {@code field}, read once the caller is known to be staff, as the use case would refuse first. */
    private OnboardingFlowId flowId(String field, String raw) {
        Access.requireMember(caller.get());
        return OnboardingFlowId.parse(field, raw);
    }

    private OnboardingItemId itemId(String raw) {
        Access.requireMember(caller.get());
        return OnboardingItemId.parse("id", raw);
    }

    /** {@code groups_to_use_onboarding_flow}: "1,2,3" ({@code null} when not sent, empty for ""). */
    private List<UserGroupId> groups(String raw) {
        Access.requireMember(caller.get());
        if (raw == null) {
            return null;
        }
        Inputs read = new Inputs();
        List<UserGroupId> groups = new ArrayList<>();
        for (String entry : raw.split(",", 1002)) {
            Long id = entry.isBlank() ? null : read.id("groups_to_use_onboarding_flow", entry);
            if (id != null) {
                groups.add(new UserGroupId(id));
            }
        }
        read.check();
        return groups;
    }

    /**
     * {@code item_type}: a JSON array of {@code {"type": …, "id": …}} objects (ids as strings or numbers). The server
     * bounds every string at 10,000 characters; nesting deeper than an array of objects is refused before parsing.
     */
    private static List<ItemChoice> choices(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        if (nesting(raw) > 2) {
            throw new InvalidInputException("item_type", ITEM_TYPE_SHAPE);
        }
        List<ItemChoice> choices = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(raw))) {
            JsonValue parsed = reader.readValue();
            JsonArray entries = parsed.getValueType() == JsonValue.ValueType.ARRAY ? parsed.asJsonArray()
                    : JSON.createArrayBuilder().add(parsed).build();
            for (JsonValue entry : entries) {
                if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new InvalidInputException("item_type", ITEM_TYPE_SHAPE);
                }
                JsonObject object = entry.asJsonObject();
                choices.add(new ItemChoice(text(object.get("type")), text(object.get("id"))));
            }
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("item_type", ITEM_TYPE_SHAPE);
        }
        return choices;
    }

    /** How deeply brackets and braces nest outside strings: an array of objects is 2; the parser never sees more. */
    private static int nesting(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static final String ITEM_TYPE_SHAPE = "must be a JSON array of {\"type\":\"Module Form\",\"id\":\"1\"} "
            + "objects";

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return value.toString();
        }
        throw new InvalidInputException("item_type", ITEM_TYPE_SHAPE);
    }

    /** {@code createOnboardingFlow(input: createOnboardingFlowInput)}. */
    @Input("createOnboardingFlowInput")
    public static class CreateOnboardingFlowInput {
        @Name("name") public String name;
        @Name("groups_to_use_onboarding_flow") public String groupsToUseOnboardingFlow;
    }

    /** {@code updateOnboardingFlow(input: updateOnboardingFlowInput)}. */
    @Input("updateOnboardingFlowInput")
    public static class UpdateOnboardingFlowInput extends CreateOnboardingFlowInput {
        @Id @Name("id") public String id;
    }

    /** {@code deleteOnboardingFlow(input: deleteOnboardingFlowInput)}. */
    @Input("deleteOnboardingFlowInput")
    public static class DeleteOnboardingFlowInput {
        @Id @Name("id") public String id;
        @Id @Name("flow_to_receive_groups") public String flowToReceiveGroups;
    }

    /** {@code createOnboardingItem(input: createOnboardingItemInput)}. */
    @Input("createOnboardingItemInput")
    public static class CreateOnboardingItemInput {
        @Name("onboarding_flow_id") public String onboardingFlowId;
        @Name("item_type") public String itemType;
        @Name("is_skippable") public Boolean isSkippable;
    }

    /** {@code updateOnboardingItem(input: updateOnboardingItemInput)}. */
    @Input("updateOnboardingItemInput")
    public static class UpdateOnboardingItemInput extends CreateOnboardingItemInput {
        @Id @Name("id") public String id;
        @Name("item_id") public String itemId;
        @Name("row_order") public Integer rowOrder;
    }

    /** {@code deleteOnboardingItem(input: deleteOnboardingItemInput)}. */
    @Input("deleteOnboardingItemInput")
    public static class DeleteOnboardingItemInput {
        @Id @Name("id") public String id;
    }

    /** {@code createCompletedOnboardingItem(input: createCompletedOnboardingItemInput)}. */
    @Input("createCompletedOnboardingItemInput")
    public static class CreateCompletedOnboardingItemInput {
        @Id @Name("onboarding_item_id") public String onboardingItemId;
        @Id @Name("user_id") public String userId;
        @Name("skipped") public Boolean skipped;
    }

    /**
     * An onboarding flow, by id; its other fields are read when asked for, within the caller's rights (an item is
     * public, the flow it names is not).
     */
    @Name("OnboardingFlow")
    public record OnboardingFlowNode(@Id @Name("id") String id) {
    }

    /** An item of a flow: a form template ({@code item_id}) named by {@code display_name}. */
    @Name("OnboardingItem")
    public record OnboardingItemNode(@Id @Name("id") String id, @Name("item_type") String itemType,
                                     @Id @Name("item_id") String itemId, @Name("display_name") String displayName,
                                     @Name("is_skippable") boolean isSkippable, @Name("row_order") int rowOrder,
                                     @Name("onboarding_flow") OnboardingFlowNode onboardingFlow,
                                     @Name("completed_onboarding_item") CompletedOnboardingItemNode completed) {

        static OnboardingItemNode of(OnboardingItemView item) {
            return new OnboardingItemNode(Long.toString(item.id()), item.itemType(), Long.toString(item.itemId()),
                    item.displayName(), item.skippable(), item.rowOrder(),
                    new OnboardingFlowNode(Long.toString(item.flowId())),
                    item.completed() == null ? null : CompletedOnboardingItemNode.of(item.completed()));
        }
    }

    /** A patient's record of an item: completed, or {@code skipped}. */
    @Name("CompletedOnboardingItem")
    public record CompletedOnboardingItemNode(@Id @Name("id") String id, @Name("item_type") String itemType,
                                              @Id @Name("item_id") String itemId,
                                              @Id @Name("onboarding_item_id") String onboardingItemId,
                                              @Name("skipped") boolean skipped,
                                              @Id @Name("user_id") String userId) {

        static CompletedOnboardingItemNode of(CompletedOnboardingItemView record) {
            return new CompletedOnboardingItemNode(Long.toString(record.id()), record.itemType(),
                    record.itemId() == null ? null : record.itemId().toString(),
                    record.onboardingItemId() == null ? null : record.onboardingItemId().toString(), record.skipped(),
                    Long.toString(record.userId()));
        }
    }

    /** What {@code createOnboardingFlow} returns: the flow created. */
    @Name("createOnboardingFlowPayload")
    public record CreateOnboardingFlowPayload(@Name("onboardingFlow") OnboardingFlowNode onboardingFlow,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateOnboardingFlow} returns: the flow changed. */
    @Name("updateOnboardingFlowPayload")
    public record UpdateOnboardingFlowPayload(@Name("onboardingFlow") OnboardingFlowNode onboardingFlow,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteOnboardingFlow} returns: the flow deleted (as it was). */
    @Name("deleteOnboardingFlowPayload")
    public record DeleteOnboardingFlowPayload(@Name("onboardingFlow") OnboardingFlowNode onboardingFlow,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createOnboardingItem} returns: the item first created. */
    @Name("createOnboardingItemPayload")
    public record CreateOnboardingItemPayload(@Name("onboardingItem") OnboardingItemNode onboardingItem,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateOnboardingItem} returns: the item changed. */
    @Name("updateOnboardingItemPayload")
    public record UpdateOnboardingItemPayload(@Name("onboardingItem") OnboardingItemNode onboardingItem,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteOnboardingItem} returns: the item deleted (as it was). */
    @Name("deleteOnboardingItemPayload")
    public record DeleteOnboardingItemPayload(@Name("onboardingItem") OnboardingItemNode onboardingItem,
                                          @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createCompletedOnboardingItem} returns. */
    @Name("createCompletedOnboardingItemPayload")
    public record CompletedOnboardingItemPayload(
            @Name("completed_onboarding_item") CompletedOnboardingItemNode completedOnboardingItem,
            @Name("messages") List<FieldError> messages) {
    }
}
