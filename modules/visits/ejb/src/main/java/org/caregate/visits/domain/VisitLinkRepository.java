package org.caregate.visits.domain;

import java.util.List;
import java.util.Optional;

/** The links into video visits, found by their token or by the appointment their visit is for. */
public interface VisitLinkRepository {

    void add(VisitLink link);

    Optional<VisitLink> find(String token);

    /** The links of one appointment's visit, by role. */
    List<VisitLink> ofAppointment(long appointmentId);

    /** Removes the links of one appointment's visit (a visit nobody entered, about to be opened again). */
    void removeOfAppointment(long appointmentId);
}
