package org.caregate.visits.domain;

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

    /** Removes a visit and its links (a visit nobody entered). */
    void removeVisit(long appointmentId);

    void addTeleconsultation(Teleconsultation teleconsultation);

    Optional<Teleconsultation> teleconsultation(long organizationId, UUID id);

    /** A teleconsultation whoever asks (its participants are checked by the caller of this). */
    Optional<Teleconsultation> teleconsultation(UUID id);

    /** The organizations' context-linking secrets, by organization id. */
    java.util.Map<Long, String> linkingSecrets();

    /** Sets (or replaces) an organization's context-linking secret. */
    void saveLinkingSecret(long organizationId, String secret);

    /** Writes pending changes now (so that a racing second visit for one appointment fails here). */
    void flush();
}
