package org.caregate.web.perfectanswer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.WaitingRoomTemplateView;
import org.caregate.forms.api.WaitingRoomTemplates;
import org.caregate.forms.api.WaitingRoomTemplates.QuestionTag;
import org.caregate.forms.api.WaitingRoomTemplates.TemplateLink;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.PerfectAnswerVisits;
import org.caregate.scheduling.api.WaitingRoomLocation;
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
 * Caregate's operations that configure Solo's perfect answer (no seed defines them; ADR 25): a waiting room's
 * location (geolocation id) and templates, and the tags of questions. Rooms' locations and templates are set by
 * owners and admins, tags by members who may edit forms; every member reads them.
 */
@GraphQLApi
@ApplicationScoped
public class PerfectAnswerGraphQlApi {

    @EJB
    PerfectAnswerVisits visits;

    @EJB
    WaitingRoomTemplates templates;

    @Inject
    CurrentCaller caller;

    @Query("waitingRoomLocations")
    @Description("The organization's waiting rooms with the location each is mapped to (geolocation_id, location_name; "
            + "null when none).")
    public List<WaitingRoomLocationNode> waitingRoomLocations() {
        return GraphQlErrors.query(() -> visits.waitingRoomLocations(caller.get()).stream()
                .map(WaitingRoomLocationNode::of).toList());
    }

    @Mutation("setWaitingRoomLocation")
    @Description("Maps the waiting room to the EHR's location with this geolocation id (a UUID; null or blank takes "
            + "the room off its location) and names the location. One room per geolocation id. Owners and admins.")
    public WaitingRoomLocationPayload setWaitingRoomLocation(@Name("input") SetWaitingRoomLocationInput input) {
        SetWaitingRoomLocationInput in = input != null ? input : new SetWaitingRoomLocationInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new WaitingRoomLocationPayload(WaitingRoomLocationNode.of(visits.locateWaitingRoom(caller.get(),
                    WaitingRoomId.parse("waiting_room_id", in.waitingRoomId), in.geolocationId, in.locationName)), null);
        }, messages -> new WaitingRoomLocationPayload(null, messages));
    }

    @Query("waitingRoomTemplates")
    @Description("The waiting room's templates in order, each for one perfect-answer reason or (reason null) any.")
    public List<WaitingRoomTemplateNode> waitingRoomTemplates(@Name("waiting_room_id") @Id String waitingRoomId) {
        return GraphQlErrors.query(() -> {
            Access.requireMember(caller.get());
            return templates.templatesOf(caller.get(), WaitingRoomId.parse("waiting_room_id", waitingRoomId)).stream()
                    .map(WaitingRoomTemplateNode::of).toList();
        });
    }

    @Mutation("setWaitingRoomTemplates")
    @Description("Replaces the waiting room's templates by these, in this order (at most 20; an empty list unlinks "
            + "all). A perfect answer attaches the first kept for its reason, else the first kept for any reason. "
            + "Owners and admins.")
    public WaitingRoomTemplatesPayload setWaitingRoomTemplates(@Name("input") SetWaitingRoomTemplatesInput input) {
        SetWaitingRoomTemplatesInput in = input != null ? input : new SetWaitingRoomTemplatesInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            WaitingRoomId room = WaitingRoomId.parse("waiting_room_id", in.waitingRoomId);
            List<TemplateLink> links = new ArrayList<>();
            if (in.templates != null) {
                for (WaitingRoomTemplateInput t : in.templates) {
                    links.add(t == null ? null : new TemplateLink(t.customModuleFormId, t.reason));
                }
            }
            return new WaitingRoomTemplatesPayload(templates.linkTemplates(caller.get(), room, links).stream()
                    .map(WaitingRoomTemplateNode::of).toList(), null);
        }, messages -> new WaitingRoomTemplatesPayload(null, messages));
    }

    @Mutation("tagCustomModule")
    @Description("Tags a question with the name of the perfect-answer field that answers it (firstName, lastName, "
            + "dob, mrn, locationId, physicianCallbackNumber, requestingProvider, callCenterNotified, physicianNotified, "
            + "patientLocation, consultType, reason, caller); null or blank untags it. One question per tag in a "
            + "form. Members who may edit forms.")
    public CustomModuleTagPayload tagCustomModule(@Name("input") TagCustomModuleInput input) {
        TagCustomModuleInput in = input != null ? input : new TagCustomModuleInput();
        return GraphQlErrors.mutation(() -> {
            Access.requireMember(caller.get());
            return new CustomModuleTagPayload(CustomModuleTagNode.of(templates.tagQuestion(caller.get(),
                    CustomModuleId.parse("custom_module_id", in.customModuleId), in.tag)), null);
        }, messages -> new CustomModuleTagPayload(null, messages));
    }

    @Query("customModuleTags")
    @Description("The form's tagged questions and their tags.")
    public List<CustomModuleTagNode> customModuleTags(@Name("custom_module_form_id") @Id String customModuleFormId) {
        return GraphQlErrors.query(() -> {
            Access.requireMember(caller.get());
            return templates.questionTags(caller.get(), CustomModuleFormId.parse("custom_module_form_id",
                    customModuleFormId)).stream().map(CustomModuleTagNode::of).toList();
        });
    }

    /** {@code setWaitingRoomLocation(input: setWaitingRoomLocationInput)}. */
    @Input("setWaitingRoomLocationInput")
    public static class SetWaitingRoomLocationInput {
        @Id @Name("waiting_room_id") public String waitingRoomId;
        @Name("geolocation_id") public String geolocationId;
        @Name("location_name") public String locationName;
    }

    /** {@code setWaitingRoomTemplates(input: setWaitingRoomTemplatesInput)}. */
    @Input("setWaitingRoomTemplatesInput")
    public static class SetWaitingRoomTemplatesInput {
        @Id @Name("waiting_room_id") public String waitingRoomId;
        @Name("templates") public List<WaitingRoomTemplateInput> templates;
    }

    /** One template of a room, for one reason or (none) any. */
    @Input("waitingRoomTemplateInput")
    public static class WaitingRoomTemplateInput {
        @Id @Name("custom_module_form_id") @JsonbProperty("custom_module_form_id") public String customModuleFormId;
        @Name("reason") @JsonbProperty("reason") public String reason;
    }

    /** {@code tagCustomModule(input: tagCustomModuleInput)}. */
    @Input("tagCustomModuleInput")
    public static class TagCustomModuleInput {
        @Id @Name("custom_module_id") public String customModuleId;
        @Name("tag") public String tag;
    }

    /** A waiting room and its location. */
    @Name("WaitingRoomLocation")
    public record WaitingRoomLocationNode(@Id @Name("waiting_room_id") String waitingRoomId,
                                          @Name("waiting_room_name") String waitingRoomName,
                                          @Name("geolocation_id") String geolocationId,
                                          @Name("location_name") String locationName) {

        static WaitingRoomLocationNode of(WaitingRoomLocation location) {
            return new WaitingRoomLocationNode(location.waitingRoomId(), location.waitingRoomName(),
                    location.geolocationId(), location.locationName());
        }
    }

    /** A template of a waiting room. */
    @Name("WaitingRoomTemplate")
    public record WaitingRoomTemplateNode(@Id @Name("waiting_room_id") String waitingRoomId,
                                          @Id @Name("custom_module_form_id") String customModuleFormId,
                                          @Name("name") String name, @Name("reason") String reason,
                                          @Name("position") int position) {

        static WaitingRoomTemplateNode of(WaitingRoomTemplateView view) {
            return new WaitingRoomTemplateNode(view.waitingRoomId(), Long.toString(view.templateId()),
                    view.templateName(), view.reason(), view.position());
        }
    }

    /** A tagged question. */
    @Name("CustomModuleTag")
    public record CustomModuleTagNode(@Id @Name("custom_module_id") String customModuleId,
                                      @Id @Name("custom_module_form_id") String customModuleFormId,
                                      @Name("tag") String tag) {

        static CustomModuleTagNode of(QuestionTag tag) {
            return new CustomModuleTagNode(Long.toString(tag.questionId()), Long.toString(tag.templateId()), tag.tag());
        }
    }

    /** What {@code setWaitingRoomLocation} returns. */
    @Name("setWaitingRoomLocationPayload")
    public record WaitingRoomLocationPayload(@Name("waitingRoomLocation") WaitingRoomLocationNode waitingRoomLocation,
                                             @Name("messages") List<FieldError> messages) {
    }

    /** What {@code setWaitingRoomTemplates} returns. */
    @Name("setWaitingRoomTemplatesPayload")
    public record WaitingRoomTemplatesPayload(@Name("waitingRoomTemplates") List<WaitingRoomTemplateNode> templates,
                                              @Name("messages") List<FieldError> messages) {
    }

    /** What {@code tagCustomModule} returns. */
    @Name("tagCustomModulePayload")
    public record CustomModuleTagPayload(@Name("customModuleTag") CustomModuleTagNode customModuleTag,
                                         @Name("messages") List<FieldError> messages) {
    }
}
