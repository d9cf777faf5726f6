package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.ExpiredException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.visits.api.ContextLinkingFacade;
import org.caregate.visits.domain.ContextLink;
import org.caregate.visits.domain.LinkingSecretRepository;
import org.caregate.visits.domain.VisitLink;
import org.caregate.visits.domain.VisitLinkRepository;
import org.caregate.visits.domain.VisitRole;
import org.jboss.logging.Logger;

/**
 * Opens context-aware links: tries each organization's secret (a wrong secret fails the padding or the JSON),
 * checks the content against Solo's schema, finds the visit and its patient, and hands back that participant's
 * visit link. A medical assistant gets a link of their own as a participant.
 */
@Stateless
public class ContextLinkingFacadeBean implements ContextLinkingFacade {

    private static final int MINIMUM_SECRET = 16;
    private static final Duration UNLIMITED_VALIDITY = Duration.ofHours(24);
    static final String UNREADABLE = "The link could not be read: it was not made with this organization's secret, "
            + "it was changed, it does not follow the context-linking format, or its date is too far from now";
    private static final Logger LOG = Logger.getLogger(ContextLinkingFacadeBean.class);

    @Inject
    LinkingSecretRepository secrets;

    @Inject
    VisitLinkRepository links;

    @EJB
    VideoAppointments appointments;

    @Inject
    Visits visitRooms;

    @Inject
    VisitSettings settings;

    @EJB
    PeopleDirectory people;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public void setSecret(Caller caller, String secret) {
        Access.requireAdministrator(caller, "Only the organization's owner and admins set the linking secret");
        if (secret == null || secret.strip().length() < MINIMUM_SECRET) {
            throw new InvalidInputException("secret", "must be at least " + MINIMUM_SECRET + " characters");
        }
        secrets.save(caller.organizationId(), secret.strip());
        audit.record(caller, "context_linking.secret_set", "organization", caller.organizationId().toString());
    }

    @Override
    public String resolve(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new InvalidInputException("arg", "is required");
        }
        Instant now = clock.instant();
        Optional<Map.Entry<Long, String>> opened = Optional.empty();
        for (Map.Entry<Long, String> secret : secrets.all().entrySet()) {
            // every secret is tried, whichever opens the link: the answer takes as long for every link
            Optional<String> json = ContextLinkFormat.decrypt(argument.strip(), secret.getValue());
            if (json.isPresent() && opened.isEmpty()) {
                opened = Optional.of(Map.entry(secret.getKey(), json.get()));
            }
        }
        ContextLinkFormat.Checked checked = opened.map(o -> ContextLinkFormat.parse(o.getValue())).orElse(null);
        if (checked == null || !checked.problems().isEmpty() || !fresh(checked.link(), now)) {
            if (checked != null) {
                LOG.debugf("A context-aware link of organization %d was refused: %s", opened.get().getKey(),
                        checked.problems().isEmpty() ? "its date is outside the window" : checked.problems());
            }
            // one answer for every way a link can be wrong: telling "could not be decrypted" from "decrypted to
            // something else" would be a padding oracle on the CBC encryption the seed prescribes
            throw new InvalidInputException("arg", UNREADABLE);
        }
        long organizationId = opened.get().getKey();
        ContextLink link = checked.link();
        VideoAppointment appointment = visit(organizationId, link.visit())
                .filter(a -> patientMatches(a, link.patientId()))
                .orElseThrow(() -> new NotFoundException("Visit"));
        Instant validUntil = settings.sessionLength() == null ? appointment.start().plus(UNLIMITED_VALIDITY)
                : appointment.start().plus(settings.sessionLength());
        if (!now.isBefore(validUntil) || !appointment.active()) {
            throw new ExpiredException("This link has expired: the visit is over");
        }
        visitRooms.openFor(appointments.lock(organizationId, appointment.id()).orElseThrow(), null, now);
        return urlFor(organizationId, appointment, link);
    }

    /** Whether the link's {@code date} is close enough to now: an old link, however captured, is not honoured. */
    private boolean fresh(ContextLink link, Instant now) {
        Duration distance = Duration.between(link.date(), now).abs();
        return distance.compareTo(settings.contextLinkWindow()) <= 0;
    }

    private String urlFor(long organizationId, VideoAppointment appointment, ContextLink link) {
        var visitLinks = visitRooms.links(appointment);
        return switch (link.type()) {
            case "patient" -> visitLinks.patientVisitUrl();
            case "provider" -> {
                requireMember(organizationId, link.user());
                yield visitLinks.providerVisitUrl();
            }
            default -> {
                Person assistant = requireMember(organizationId, link.user());
                VisitLink own = links.ofAppointment(appointment.id()).stream()
                        .filter(l -> l.role() == VisitRole.PARTICIPANT && Long.valueOf(assistant.id()).equals(l.userId()))
                        .findFirst().orElseGet(() -> {
                            VisitLink issued = VisitLink.issue(appointment.id(), VisitRole.PARTICIPANT, assistant.id(),
                                    assistant.fullName());
                            links.add(issued);
                            return issued;
                        });
                yield settings.linkUrl(own.token());
            }
        };
    }

    private Person requireMember(long organizationId, String user) {
        Inputs inputs = new Inputs();
        Long id = inputs.id("user", user);
        return Optional.ofNullable(id).flatMap(people::person)
                .filter(p -> !p.isPatient() && p.active() && p.organizationId() == organizationId)
                .orElseThrow(() -> new NotFoundException("Visit"));
    }

    private Optional<VideoAppointment> visit(long organizationId, String visit) {
        try {
            Optional<VideoAppointment> byId = appointments.find(organizationId, Long.parseLong(visit.strip()), false);
            if (byId.isPresent()) {
                return byId;
            }
        } catch (NumberFormatException notAnId) {
            // an EHR's own appointment id
        }
        return appointments.byExternalId(organizationId, visit.strip());
    }

    /** The link's patient id is the patient's EHR id or their Solo patient id (SPID). */
    private boolean patientMatches(VideoAppointment appointment, String patientId) {
        if (appointment.patientId() == null) {
            return false;
        }
        return patientId.equals(appointment.patientId().toString())
                || people.person(appointment.patientId()).map(p -> patientId.equals(p.externalId())).orElse(false);
    }
}
