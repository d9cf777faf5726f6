package org.caregate.web.nursing;

import java.util.List;
import org.caregate.nursing.api.AssistanceRequestView;
import org.caregate.nursing.api.AvSessionView;
import org.caregate.nursing.api.CareLocationView;
import org.caregate.nursing.api.DeviceView;
import org.caregate.nursing.api.FacilityLocationView;
import org.caregate.nursing.api.PlacedPatientView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Virtual nursing's GraphQL types, in Healthie's snake_case. */
final class NursingNodes {

    private NursingNodes() {
    }

    /** A building or a department. */
    @Name("NursingLocation")
    public record NursingLocationNode(@Id @Name("id") String id, @Name("kind") String kind,
                                      @Name("name") String name) {

        static NursingLocationNode of(FacilityLocationView location) {
            return new NursingLocationNode(Long.toString(location.id()), location.kind(), location.name());
        }
    }

    /** A care location's device; availability online|offline as it last reported. */
    @Name("NursingDevice")
    public record NursingDeviceNode(@Name("serial_number") String serialNumber, @Name("type") String type,
                                    @Name("client_id") String clientId,
                                    @Name("skip_activation") boolean skipActivation,
                                    @Name("availability") String availability) {

        static NursingDeviceNode of(DeviceView device) {
            return device == null ? null : new NursingDeviceNode(device.serialNumber(), device.type(),
                    device.clientId(), device.skipActivation(), device.availability());
        }
    }

    /** The patient placed at a care location. */
    @Name("NursingPatient")
    public record NursingPatientNode(@Id @Name("id") String id, @Name("first_name") String firstName,
                                     @Name("last_name") String lastName, @Name("dob") String dob,
                                     @Name("mrn") String mrn) {

        static NursingPatientNode of(PlacedPatientView patient) {
            return patient == null ? null : new NursingPatientNode(Long.toString(patient.id()), patient.firstName(),
                    patient.lastName(), patient.dob() == null ? null : patient.dob().toString(), patient.mrn());
        }
    }

    /** A room or bed of a building or department, with its device and placed patient. */
    @Name("CareLocation")
    public record CareLocationNode(@Id @Name("id") String id, @Name("name") String name,
                                   @Name("location") NursingLocationNode location, @Name("floor") String floor,
                                   @Name("room") String room, @Name("bed") String bed,
                                   @Name("device") NursingDeviceNode device,
                                   @Name("patient") NursingPatientNode patient) {

        static CareLocationNode of(CareLocationView location) {
            return new CareLocationNode(Long.toString(location.id()), location.name(),
                    NursingLocationNode.of(location.location()), location.floor(), location.room(), location.bed(),
                    NursingDeviceNode.of(location.device()), NursingPatientNode.of(location.patient()));
        }
    }

    /** An assistance request; status incomplete, assigned, completed or cancelled. */
    @Name("AssistanceRequest")
    public record AssistanceRequestNode(@Id @Name("id") String id, @Name("status") String status,
                                        @Name("care_location") CareLocationNode careLocation,
                                        @Name("patient") NursingPatientNode patient,
                                        @Name("assigned_to_id") String assignedToId,
                                        @Name("created_at") String createdAt,
                                        @Name("finished_at") String finishedAt,
                                        @Name("av_sessions") List<AvSessionNode> avSessions) {

        static AssistanceRequestNode of(AssistanceRequestView request) {
            return new AssistanceRequestNode(Long.toString(request.id()), request.status(),
                    CareLocationNode.of(request.careLocation()), NursingPatientNode.of(request.patient()),
                    request.assignedTo() == null ? null : request.assignedTo().toString(),
                    request.createdAt().toString(),
                    request.finishedAt() == null ? null : request.finishedAt().toString(),
                    request.avSessions().stream().map(AvSessionNode::of).toList());
        }
    }

    /**
     * Caregate addition: an audio/video session of an assistance request, a video visit. Both links open the visit
     * page {@code /visit/{token}}: the nurse's leads (and starts the call), the device's is the room's.
     */
    @Name("AssistanceSession")
    public record AvSessionNode(@Id @Name("id") String id, @Name("status") String status,
                                @Name("started_at") String startedAt, @Name("ended_at") String endedAt,
                                @Name("nurse_url") String nurseUrl, @Name("device_url") String deviceUrl) {

        static AvSessionNode of(AvSessionView session) {
            return new AvSessionNode(Long.toString(session.id()), session.status(), session.startedAt().toString(),
                    session.endedAt() == null ? null : session.endedAt().toString(), session.nurseUrl(),
                    session.deviceUrl());
        }
    }
}
