package org.caregate.web.visits;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.caregate.visits.api.NewPartnerVideoRoom;
import org.caregate.visits.api.PartnerVideoRoomFacade;
import org.caregate.visits.api.PartnerVideoRoomView;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * BetterPT's partner video rooms (seed 000): a room with a link for the patient and one for the provider, open
 * from five minutes before the start for sixty minutes; the provider starts the session, after which the room
 * can no longer be changed. Refusals end in {@code errors} (the operations return the room, not a payload).
 */
@GraphQLApi
@ApplicationScoped
public class PartnerVideoRoomGraphQlApi {

    @EJB
    PartnerVideoRoomFacade rooms;

    @Inject
    CurrentCaller caller;

    @Mutation("createPartnerVideoRoom")
    @Description("Creates a room at startTime (an ISO 8601 date-time with offset) in timeZone (IANA).")
    public PartnerVideoRoom createPartnerVideoRoom(@Name("input") CreatePartnerVideoRoomInput input) {
        CreatePartnerVideoRoomInput in = input != null ? input : new CreatePartnerVideoRoomInput();
        return GraphQlErrors.query(() -> PartnerVideoRoom.of(rooms.create(caller.get(), new NewPartnerVideoRoom(
                in.startTime, in.timeZone, in.displayName, in.partnerCustomerId, in.partnerProviderEmail,
                in.partnerPatientEmail, in.partnerPatientPhoneNumber, in.partnerClinicName))));
    }

    @Query("partnerVideoRoom")
    @Description("One room, with attendance and status.")
    public PartnerVideoRoom partnerVideoRoom(@NonNull @Id @Name("uid") String uid) {
        return GraphQlErrors.query(() -> PartnerVideoRoom.of(rooms.room(caller.get(), uid)));
    }

    @Mutation("cancelPartnerVideoRoom")
    @Description("Cancels a room whose session has not started.")
    public PartnerVideoRoom cancelPartnerVideoRoom(@NonNull @Id @Name("uid") String uid) {
        return GraphQlErrors.query(() -> PartnerVideoRoom.of(rooms.cancel(caller.get(), uid)));
    }

    @Mutation("reschedulePartnerVideoRoom")
    @Description("Moves a room whose session has not started; timeZone changes the zone it is shown in.")
    public PartnerVideoRoom reschedulePartnerVideoRoom(@NonNull @Name("input") ReschedulePartnerVideoRoomInput input) {
        return GraphQlErrors.query(() -> PartnerVideoRoom.of(rooms.reschedule(caller.get(), input.uid, input.startTime,
                input.timeZone)));
    }

    /** {@code createPartnerVideoRoom(input: CreatePartnerVideoRoomInput)}. */
    @Input("CreatePartnerVideoRoomInput")
    public static class CreatePartnerVideoRoomInput {
        @NonNull @Name("startTime") public OffsetDateTime startTime;
        @NonNull @Name("timeZone") public String timeZone;
        @Name("displayName") public String displayName;
        @Name("partnerCustomerId") public String partnerCustomerId;
        @Name("partnerProviderEmail") public String partnerProviderEmail;
        @Name("partnerPatientEmail") public String partnerPatientEmail;
        @Name("partnerPatientPhoneNumber") public String partnerPatientPhoneNumber;
        @Name("partnerClinicName") public String partnerClinicName;
    }

    /** {@code reschedulePartnerVideoRoom(input: ReschedulePartnerVideoRoomInput!)}. */
    @Input("ReschedulePartnerVideoRoomInput")
    public static class ReschedulePartnerVideoRoomInput {
        @NonNull @Id @Name("uid") public String uid;
        @NonNull @Name("startTime") public OffsetDateTime startTime;
        @Name("timeZone") public String timeZone;
    }

    /** What became of a room. */
    @Name("PartnerVideoRoomStatusEnum")
    public enum PartnerVideoRoomStatus {
        SCHEDULED, IN_PROGRESS, COMPLETED, MISSED, CANCELLED
    }

    /** BetterPT's {@code PartnerVideoRoom}. */
    @Name("PartnerVideoRoom")
    public record PartnerVideoRoom(
            @NonNull @Id @Name("uid") String uid,
            @NonNull @Name("startTime") OffsetDateTime startTime,
            @NonNull @Name("timeZone") String timeZone,
            @NonNull @Name("patientLink") String patientLink,
            @NonNull @Name("providerLink") String providerLink,
            @Name("displayName") String displayName,
            @Name("partnerCustomerId") String partnerCustomerId,
            @Name("partnerProviderEmail") String partnerProviderEmail,
            @Name("partnerPatientEmail") String partnerPatientEmail,
            @Name("patientDuration") Integer patientDuration,
            @Name("providerDuration") Integer providerDuration,
            @Name("didPatientAttend") Boolean didPatientAttend,
            @Name("didProviderAttend") Boolean didProviderAttend,
            @Name("status") PartnerVideoRoomStatus status) {

        static PartnerVideoRoom of(PartnerVideoRoomView room) {
            return new PartnerVideoRoom(room.uid(), room.startTime().atZone(ZoneId.of(room.timeZone())).toOffsetDateTime(),
                    room.timeZone(), room.patientLink(), room.providerLink(), room.displayName(),
                    room.partnerCustomerId(), room.partnerProviderEmail(), room.partnerPatientEmail(),
                    room.patientDuration(), room.providerDuration(), room.didPatientAttend(), room.didProviderAttend(),
                    PartnerVideoRoomStatus.valueOf(room.status()));
        }
    }
}
