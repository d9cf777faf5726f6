package org.caregate.web.nursing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AssistanceRequestId;
import org.caregate.kernel.id.CareLocationId;
import org.caregate.kernel.id.NursingLocationId;
import org.caregate.nursing.api.AssistanceRequestFacade;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.CareLocationChanges;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.NursingFacilityFacade;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.nursing.NursingNodes.AssistanceRequestNode;
import org.caregate.web.nursing.NursingNodes.CareLocationNode;
import org.caregate.web.nursing.NursingNodes.NursingLocationNode;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * Caregate's additions for virtual nursing, in Healthie's style (seed 004 prints only the REST calls a device or an
 * EHR makes): the facility structure — buildings, departments, care locations with devices, placed patients — and
 * the nurses' queue of assistance requests. Members only; owners and admins change the structure.
 */
@GraphQLApi
@ApplicationScoped
public class NursingGraphQlApi {

    @EJB
    NursingFacilityFacade facility;

    @EJB
    AssistanceRequestFacade requests;

    @Inject
    CurrentCaller caller;

    @Query("nursingLocations")
    @Description("Caregate addition: the organization's buildings and departments, by name (members).")
    public List<NursingLocationNode> nursingLocations() {
        return GraphQlErrors.query(() -> facility.locations(caller.get()).stream().map(NursingLocationNode::of)
                .toList());
    }

    @Query("careLocations")
    @Description("Caregate addition: the care locations of a building or department (all, without "
            + "nursing_location_id), by name, with their devices and placed patients (members).")
    public List<CareLocationNode> careLocations(@Id @Name("nursing_location_id") String nursingLocationId) {
        return GraphQlErrors.query(() -> facility.careLocations(caller.get(), optionalLocation(nursingLocationId))
                .stream().map(CareLocationNode::of).toList());
    }

    @Query("careLocation")
    @Description("Caregate addition: a care location by id (members).")
    public CareLocationNode careLocation(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> CareLocationNode.of(facility.careLocation(caller.get(),
                CareLocationId.parse("id", id))));
    }

    @Query("assistanceRequests")
    @Description("Caregate addition: the nurses' queue — open assistance requests (incomplete, assigned or in_progress) of a "
            + "building or department (all, without nursing_location_id), oldest first, at most 500 (members).")
    public List<AssistanceRequestNode> assistanceRequests(@Id @Name("nursing_location_id") String nursingLocationId) {
        return GraphQlErrors.query(() -> requests.queue(caller.get(), optionalLocation(nursingLocationId)).stream()
                .map(AssistanceRequestNode::of).toList());
    }

    @Query("assistanceRequest")
    @Description("Caregate addition: an assistance request by id, open or closed (members).")
    public AssistanceRequestNode assistanceRequest(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> AssistanceRequestNode.of(requests.request(caller.get(),
                AssistanceRequestId.parse("id", id))));
    }

    @Mutation("createNursingLocation")
    @Description("Caregate addition: adds a building or a department (kind building|department; owners and admins).")
    public NursingLocationPayload createNursingLocation(@Name("input") CreateNursingLocationInput input) {
        CreateNursingLocationInput in = input != null ? input : new CreateNursingLocationInput();
        return GraphQlErrors.mutation(() -> new NursingLocationPayload(NursingLocationNode.of(
                facility.createLocation(caller.get(), in.kind, in.name)), null),
                messages -> new NursingLocationPayload(null, messages));
    }

    @Mutation("createCareLocation")
    @Description("Caregate addition: adds a care location to a building (floor and room required) or a department "
            + "(room required, no floor), bed optional, unique within it; a device with serial number and type "
            + "(robot|cart|tablet) together, optionally its client id and skip_activation (owners and admins).")
    public CareLocationPayload createCareLocation(@Name("input") CareLocationInput input) {
        CareLocationInput in = input != null ? input : new CareLocationInput();
        return GraphQlErrors.mutation(() -> CareLocationPayload.of(facility.createCareLocation(caller.get(),
                in.changes(null, optionalLocation(in.nursingLocationId)))), CareLocationPayload::refused);
    }

    @Mutation("updateCareLocation")
    @Description("Caregate addition: renames or re-addresses a care location, or installs another device; fields "
            + "left out stay as they are (owners and admins).")
    public CareLocationPayload updateCareLocation(@Name("input") UpdateCareLocationInput input) {
        UpdateCareLocationInput in = input != null ? input : new UpdateCareLocationInput();
        return GraphQlErrors.mutation(() -> CareLocationPayload.of(facility.updateCareLocation(caller.get(),
                in.changes(CareLocationId.parse("id", in.id), null))), CareLocationPayload::refused);
    }

    @Mutation("reportDevicePresence")
    @Description("Caregate addition: what a device reports of itself, availability online|offline (members).")
    public CareLocationPayload reportDevicePresence(@Name("input") ReportDevicePresenceInput input) {
        ReportDevicePresenceInput in = input != null ? input : new ReportDevicePresenceInput();
        return GraphQlErrors.mutation(() -> CareLocationPayload.of(facility.reportPresence(caller.get(),
                in.deviceSerialNumber, in.availability)), CareLocationPayload::refused);
    }

    @Mutation("placeNursingPatient")
    @Description("Caregate addition: places the organization's patient with this MRN at the care location (moving "
            + "them from any other), so a call by patientMrn finds it; a blank mrn leaves the place empty (members).")
    public CareLocationPayload placeNursingPatient(@Name("input") PlaceNursingPatientInput input) {
        PlaceNursingPatientInput in = input != null ? input : new PlaceNursingPatientInput();
        return GraphQlErrors.mutation(() -> CareLocationPayload.of(facility.placePatient(caller.get(),
                CareLocationId.parse("care_location_id", in.careLocationId), in.mrn)), CareLocationPayload::refused);
    }

    @Mutation("acceptAssistanceRequest")
    @Description("Caregate addition: the caller takes a waiting (incomplete) request on: assigned, assigned_to the "
            + "caller (members).")
    public AssistanceRequestPayload acceptAssistanceRequest(@Name("input") AssistanceRequestInput input) {
        return change(input, requests::accept);
    }

    @Mutation("startAssistanceSession")
    @Description("Caregate addition: the nurse who accepted the request starts an audio/video session (a video visit) "
            + "with its care location: in_progress; av_sessions carries the nurse's and the device's visit links.")
    public AssistanceRequestPayload startAssistanceSession(@Name("input") AssistanceRequestInput input) {
        return change(input, requests::startSession);
    }

    @Mutation("finishAssistanceRequest")
    @Description("Caregate addition: the nurse who accepted the request (or an admin) completes it: completed, "
            + "finished_at set, its session ended.")
    public AssistanceRequestPayload finishAssistanceRequest(@Name("input") AssistanceRequestInput input) {
        return change(input, requests::finish);
    }

    @Mutation("cancelAssistanceRequest")
    @Description("Caregate addition: cancels an open request: cancelled, finished_at set, its session ended "
            + "(members).")
    public AssistanceRequestPayload cancelAssistanceRequest(@Name("input") AssistanceRequestInput input) {
        return change(input, requests::cancel);
    }

    private AssistanceRequestPayload change(AssistanceRequestInput input, RequestChange change) {
        AssistanceRequestInput in = input != null ? input : new AssistanceRequestInput();
        return GraphQlErrors.mutation(() -> new AssistanceRequestPayload(AssistanceRequestNode.of(
                change.apply(caller.get(), AssistanceRequestId.parse("id", in.id))), null),
                messages -> new AssistanceRequestPayload(null, messages));
    }

    private static NursingLocationId optionalLocation(String raw) {
        return raw == null || raw.isBlank() ? null : NursingLocationId.parse("nursing_location_id", raw);
    }

    /** One of the queue's changes to a request. */
    @FunctionalInterface
    interface RequestChange {
        AssistanceRequestView apply(Caller caller, AssistanceRequestId id);
    }

    /** {@code createNursingLocation(input: createNursingLocationInput)}. */
    @Input("createNursingLocationInput")
    public static class CreateNursingLocationInput {
        @Name("kind") public String kind;
        @Name("name") public String name;
    }

    /** {@code createCareLocation(input: createCareLocationInput)}. */
    @Input("createCareLocationInput")
    public static class CareLocationInput {
        @Id @Name("nursing_location_id") public String nursingLocationId;
        @Name("name") public String name;
        @Name("floor") public String floor;
        @Name("room") public String room;
        @Name("bed") public String bed;
        @Name("device_serial_number") public String deviceSerialNumber;
        @Name("device_type") public String deviceType;
        @Name("device_client_id") public String deviceClientId;
        @Name("skip_activation") public Boolean skipActivation;

        CareLocationChanges changes(CareLocationId id, NursingLocationId location) {
            return new CareLocationChanges(id, location, name, floor, room, bed, deviceSerialNumber, deviceType,
                    deviceClientId, skipActivation);
        }
    }

    /** {@code updateCareLocation(input: updateCareLocationInput)}. */
    @Input("updateCareLocationInput")
    public static class UpdateCareLocationInput extends CareLocationInput {
        @Id @Name("id") public String id;
    }

    /** {@code reportDevicePresence(input: reportDevicePresenceInput)}. */
    @Input("reportDevicePresenceInput")
    public static class ReportDevicePresenceInput {
        @Name("device_serial_number") public String deviceSerialNumber;
        @Name("availability") public String availability;
    }

    /** {@code placeNursingPatient(input: placeNursingPatientInput)}. */
    @Input("placeNursingPatientInput")
    public static class PlaceNursingPatientInput {
        @Id @Name("care_location_id") public String careLocationId;
        @Name("mrn") public String mrn;
    }

    /** The input of the queue's mutations: the request's id. */
    @Input("assistanceRequestInput")
    public static class AssistanceRequestInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createNursingLocation} returns. */
    @Name("nursingLocationPayload")
    public record NursingLocationPayload(@Name("nursingLocation") NursingLocationNode nursingLocation,
                                         @Name("messages") List<FieldError> messages) {
    }

    /** What the care location mutations return: the care location as it is now. */
    @Name("careLocationPayload")
    public record CareLocationPayload(@Name("careLocation") CareLocationNode careLocation,
                                      @Name("messages") List<FieldError> messages) {

        static CareLocationPayload of(CareLocationView location) {
            return new CareLocationPayload(CareLocationNode.of(location), null);
        }

        static CareLocationPayload refused(List<FieldError> messages) {
            return new CareLocationPayload(null, messages);
        }
    }

    /** What the queue's mutations return: the request as it is now. */
    @Name("assistanceRequestPayload")
    public record AssistanceRequestPayload(@Name("assistanceRequest") AssistanceRequestNode assistanceRequest,
                                           @Name("messages") List<FieldError> messages) {
    }
}
