package org.caregate.web.perfectanswer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.caregate.forms.api.WaitingRoomTemplates;
import org.caregate.identity.api.MrnPatient;
import org.caregate.identity.api.PatientRecordFacade;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.PerfectAnswerVisit;
import org.caregate.scheduling.api.PerfectAnswerVisits;

/**
 * The perfect answer's flow (seed 004): create or update the patient by MRN (identity), book the visit in the
 * waiting room of the location (scheduling, 24-hour rule), attach the room's template with the tagged answers
 * (forms). One transaction: the three facades join it, and a refusal from any of them rolls all of it back (ADR 9's
 * pattern, ADR 25), so no patient is left written without the visit.
 */
@ApplicationScoped
public class PerfectAnswer {

    /** The two ids the answer prints. */
    public record Answer(UUID patientId, UUID encounterId) {
    }

    @EJB
    PatientRecordFacade patients;

    @EJB
    PerfectAnswerVisits visits;

    @EJB
    WaitingRoomTemplates templates;

    @Transactional
    public Answer answer(Caller caller, PerfectAnswerRequest request) {
        Access.requireMember(caller);
        MrnPatient patient = patients.recordPatientByMrn(caller, request.patientRecord());
        PerfectAnswerVisit visit = visits.book(caller, patient.id(), request.geolocationId(), request.reason());
        templates.fillForVisit(caller, new WaitingRoomId(UUID.fromString(visit.waitingRoomId())), request.reason(),
                new AppointmentId(visit.appointment().id()), patient.id(), request.values());
        return new Answer(patient.publicId(), visit.encounterId());
    }
}
