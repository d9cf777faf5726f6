package org.caregate.web.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.WaitingRoomChanges;
import org.caregate.scheduling.api.WaitingRoomFacade;
import org.caregate.scheduling.api.WaitingRoomView;
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
 * Caregate's own operations for Solo's waiting rooms (no seed defines them): EHRs list rooms and book into them
 * over {@code /qapi/v1}; practices set them up here.
 */
@GraphQLApi
@ApplicationScoped
public class WaitingRoomGraphQlApi {

    @EJB
    WaitingRoomFacade rooms;

    @Inject
    CurrentCaller caller;

    @Query("waitingRooms")
    @Description("The organization's waiting rooms by name.")
    public List<WaitingRoomNode> waitingRooms() {
        return GraphQlErrors.query(() -> rooms.waitingRooms(caller.get()).stream().map(WaitingRoomNode::of).toList());
    }

    @Mutation("createWaitingRoom")
    @Description("Opens a waiting room: a unique name, the service line and type Solo shows, the slot duration in "
            + "seconds (default 900) and the providers (provider_ids) who see its visits, in the order they are offered.")
    public WaitingRoomPayload createWaitingRoom(@Name("input") CreateWaitingRoomInput input) {
        CreateWaitingRoomInput in = input != null ? input : new CreateWaitingRoomInput();
        return GraphQlErrors.mutation(() -> WaitingRoomPayload.of(rooms.createWaitingRoom(caller.get(), in.changes(null))),
                messages -> new WaitingRoomPayload(null, messages));
    }

    @Mutation("updateWaitingRoom")
    @Description("Changes a waiting room; fields left out stay as they are.")
    public WaitingRoomPayload updateWaitingRoom(@Name("input") UpdateWaitingRoomInput input) {
        UpdateWaitingRoomInput in = input != null ? input : new UpdateWaitingRoomInput();
        return GraphQlErrors.mutation(() -> {
            // as the use case refuses: a patient hears that only staff may, before a malformed id
            Access.requireMember(caller.get());
            return WaitingRoomPayload.of(rooms.updateWaitingRoom(caller.get(),
                    in.changes(WaitingRoomId.parse("id", in.id))));
        },
                messages -> new WaitingRoomPayload(null, messages));
    }

    /** {@code createWaitingRoom(input: createWaitingRoomInput)}. */
    @Input("createWaitingRoomInput")
    public static class CreateWaitingRoomInput {
        @Name("name") public String name;
        @Name("service_line") public String serviceLine;
        @Name("service_type") public String serviceType;
        @Name("slot_duration") public Integer slotDuration;
        @Name("provider_ids") public List<String> providerIds;

        /** The room in scheduling's types, for the room {@code id} (none when opening one). */
        WaitingRoomChanges changes(WaitingRoomId id) {
            HealthieInputs read = new HealthieInputs();
            List<UserId> providers = read.userIdList("provider_ids", providerIds);
            return new WaitingRoomChanges(id, name, serviceLine, serviceType, slotDuration, providers, read.reading());
        }
    }

    /** {@code updateWaitingRoom(input: updateWaitingRoomInput)}. */
    @Input("updateWaitingRoomInput")
    public static class UpdateWaitingRoomInput extends CreateWaitingRoomInput {
        @Id @Name("id") public String id;
    }

    /** A waiting room. */
    @Name("WaitingRoom")
    public record WaitingRoomNode(@Id @Name("id") String id, @Name("name") String name,
                                  @Name("service_line") String serviceLine, @Name("service_type") String serviceType,
                                  @Name("slot_duration") Integer slotDuration,
                                  @Name("provider_ids") List<String> providerIds) {

        static WaitingRoomNode of(WaitingRoomView room) {
            return new WaitingRoomNode(room.id(), room.name(), room.serviceLine(), room.serviceType(), room.slotDuration(),
                    room.providerIds().stream().map(String::valueOf).toList());
        }
    }

    /** What {@code createWaitingRoom} and {@code updateWaitingRoom} return. */
    @Name("waitingRoomPayload")
    public record WaitingRoomPayload(@Name("waitingRoom") WaitingRoomNode waitingRoom,
                                     @Name("messages") List<FieldError> messages) {

        static WaitingRoomPayload of(WaitingRoomView room) {
            return new WaitingRoomPayload(WaitingRoomNode.of(room), null);
        }
    }
}
