package org.caregate.episodes.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.caregate.episodes.api.EpisodeChanges;
import org.caregate.episodes.api.EpisodeFacade;
import org.caregate.episodes.api.EpisodeView;
import org.caregate.episodes.api.event.EpisodeEvent;
import org.caregate.episodes.domain.Episode;
import org.caregate.episodes.domain.EpisodeClosedException;
import org.caregate.episodes.domain.EpisodeDetails;
import org.caregate.episodes.domain.EpisodeRepository;
import org.caregate.episodes.domain.EpisodeStatus;
import org.caregate.episodes.domain.EpisodeType;
import org.caregate.episodes.domain.EpisodeTypeRepository;
import org.caregate.episodes.domain.IllegalStatusChangeException;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Episodes of care of the organization's patients, for its members: opened and revised whole, as Solo writes them,
 * within the status transitions of {@link EpisodeStatus}. Every change raises an {@link EpisodeEvent}, which audits
 * it and tells webhooks and the topic.
 */
@Stateless
public class EpisodeFacadeBean implements EpisodeFacade {

    private static final String NOT_FOUND = "Episode";

    @Inject
    EpisodeRepository episodes;

    @Inject
    EpisodeTypeRepository types;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public EpisodeView create(Caller caller, UserId patient, EpisodeChanges episode) {
        Access.requireMember(caller);
        Person person = patient(caller, patient);
        Episode opened = Episode.open(caller.organizationId(), person.id(), details(episode, catalogue(caller)),
                clock.instant());
        episodes.add(opened);
        events.publish(caller, new EpisodeEvent(EpisodeEvent.Action.CREATED, opened.id().toString(), List.of()));
        return view(opened, person);
    }

    @Override
    public List<EpisodeView> ofPatient(Caller caller, UserId patient) {
        Access.requireMember(caller);
        Person person = patient(caller, patient);
        return Pages.withinUnpagedLimit(episodes.ofPatient(caller.organizationId(), person.id(),
                Pages.unpagedQueryLimit()), "patient_id", "episodes").stream().map(e -> view(e, person)).toList();
    }

    @Override
    public EpisodeView episode(Caller caller, EpisodeId id) {
        Access.requireMember(caller);
        Episode episode = episodes.find(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        return view(episode);
    }

    @Override
    public EpisodeView update(Caller caller, EpisodeId id, EpisodeChanges changes) {
        Access.requireMember(caller);
        Episode episode = episodes.lock(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        EpisodeDetails details = details(changes, catalogue(caller));
        EpisodeView before = view(episode);
        try {
            episode.revise(details, clock.instant());
        } catch (EpisodeClosedException closed) {
            throw new InvalidInputException("status", "The episode is " + closed.status().readName()
                    + " and can no longer change");
        } catch (IllegalStatusChangeException illegal) {
            throw new InvalidInputException("status", "An episode " + illegal.from().readName()
                    + " cannot become " + illegal.to().readName());
        }
        episodes.flush();
        EpisodeView after = view(episode);
        List<String> changed = ChangedFields.between(before, after);
        if (!changed.isEmpty()) {
            events.publish(caller, new EpisodeEvent(EpisodeEvent.Action.UPDATED, episode.id().toString(), changed));
        }
        return after;
    }

    /**
     * Checks what the client wrote, every problem at once, in the order of Solo's body. With a catalogue of types
     * the type must be one of it (in any case; the catalogue's spelling is kept), else it is free text.
     */
    static EpisodeDetails details(EpisodeChanges changes, List<String> catalogue) {
        Inputs inputs = new Inputs();
        String name = inputs.required("name", changes.name());
        String type = inputs.required("type", changes.type());
        if (type != null && !catalogue.isEmpty()) {
            String written = type;
            type = catalogue.stream().filter(known -> known.equalsIgnoreCase(written)).findFirst().orElse(null);
            if (type == null) {
                inputs.problem("type", "must be one of the organization's episode types: "
                        + String.join(", ", catalogue));
            }
        }
        inputs.report(changes.reading(), "from");
        if (changes.from() == null && !changes.reading().sent("from")) {
            inputs.problem("from", "can't be blank");
        }
        inputs.calendarDate("from", changes.from());
        inputs.report(changes.reading(), "to");
        inputs.calendarDate("to", changes.to());
        if (changes.from() != null && changes.to() != null && changes.to().isBefore(changes.from())) {
            inputs.problem("to", "must not be before from");
        }
        String statusName = inputs.required("status", changes.status());
        Optional<EpisodeStatus> status = statusName == null ? Optional.empty() : EpisodeStatus.named(statusName);
        if (statusName != null && status.isEmpty()) {
            inputs.problem("status", "must be one of " + EpisodeStatus.NAMES);
        }
        String objective = inputs.optional("objective", changes.objective());
        String reason = inputs.optional("reasonIncomplete", changes.reasonIncomplete());
        if (reason != null && status.isPresent() && !status.get().incomplete()) {
            inputs.problem("reasonIncomplete", "only applies to an episode that is ONHOLD or CANCELED");
        }
        inputs.check();
        return new EpisodeDetails(name, type, changes.from(), changes.to(), status.orElseThrow(), objective, reason);
    }

    private List<String> catalogue(Caller caller) {
        return types.of(caller.organizationId()).stream().map(EpisodeType::name).toList();
    }

    private Person patient(Caller caller, UserId patient) {
        return people.person(patient.value())
                .filter(person -> person.isPatient() && person.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException("Patient"));
    }

    private EpisodeView view(Episode episode) {
        return view(episode, people.person(episode.patientId()).orElse(null));
    }

    private static EpisodeView view(Episode episode, Person patient) {
        EpisodeDetails details = episode.details();
        return new EpisodeView(episode.id().toString(), episode.organizationId(), episode.patientId(),
                patient == null ? null : patient.externalId(), details.name(), details.type(), details.from(),
                details.to(), details.status().readName(), details.objective(), details.reasonIncomplete(),
                episode.createdAt(), episode.updatedAt());
    }
}
