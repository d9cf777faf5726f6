package org.caregate.scheduling.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Video visits with their links, stays and partner rooms. */
public interface VideoVisitRepository {

    void add(VideoVisit visit);

    Optional<VideoVisit> ofAppointment(long appointmentId);

    void addLink(VisitLink link);

    Optional<VisitLink> link(String token);

    List<VisitLink> links(long appointmentId);

    void addAttendance(Attendance attendance);

    Optional<Attendance> attendance(long id);

    List<Attendance> attendances(List<String> tokens);

    void addPartnerRoom(PartnerVideoRoom room);

    Optional<PartnerVideoRoom> partnerRoom(long organizationId, UUID uid);

    /** The organizations' context-linking secrets, by organization id. */
    java.util.Map<Long, String> linkingSecrets();

    /** Sets (or replaces) an organization's context-linking secret. */
    void saveLinkingSecret(long organizationId, String secret);

    /** Writes pending changes now (so that a racing second visit for one appointment fails here). */
    void flush();
}
