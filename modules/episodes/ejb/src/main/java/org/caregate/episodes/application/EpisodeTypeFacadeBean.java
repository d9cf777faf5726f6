package org.caregate.episodes.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.caregate.episodes.api.EpisodeTypeFacade;
import org.caregate.episodes.api.EpisodeTypeView;
import org.caregate.episodes.domain.EpisodeType;
import org.caregate.episodes.domain.EpisodeTypeRepository;
import org.caregate.episodes.domain.EpisodeTypeTakenException;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.EpisodeTypeId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * The organization's catalogue of episode types: members read it, owners and admins add and remove types. Changes
 * are audited; nobody else needs to hear of them.
 */
@Stateless
public class EpisodeTypeFacadeBean implements EpisodeTypeFacade {

    private static final String ADMINISTRATORS_ONLY = "Only the organization's owner and admins manage episode types";
    private static final String TYPE = "episode_type";
    /** The most types one catalogue holds: a refusal lists them all. */
    static final int MOST_TYPES = 100;

    @Inject
    EpisodeTypeRepository types;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<EpisodeTypeView> types(Caller caller) {
        Access.requireMember(caller);
        return types.of(caller.organizationId()).stream().map(EpisodeTypeFacadeBean::view).toList();
    }

    @Override
    public EpisodeTypeView createType(Caller caller, String name) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        Inputs inputs = new Inputs();
        String checked = inputs.required("name", name);
        if (types.of(caller.organizationId()).size() >= MOST_TYPES) {
            inputs.problem("name", "the catalogue holds at most " + MOST_TYPES + " episode types");
        }
        inputs.check();
        EpisodeType type = new EpisodeType(caller.organizationId(), checked, clock.instant());
        try {
            types.add(type);
        } catch (EpisodeTypeTakenException taken) {
            throw new InvalidInputException("name", "has already been taken");
        }
        audit.record(caller, "episode_type.created", TYPE, type.id().toString());
        return view(type);
    }

    @Override
    public EpisodeTypeView deleteType(Caller caller, EpisodeTypeId id) {
        Access.requireAdministrator(caller, ADMINISTRATORS_ONLY);
        EpisodeType type = types.find(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException("Episode type"));
        EpisodeTypeView deleted = view(type);
        types.remove(type);
        audit.record(caller, "episode_type.deleted", TYPE, id.value() + "");
        return deleted;
    }

    private static EpisodeTypeView view(EpisodeType type) {
        return new EpisodeTypeView(type.id(), type.name());
    }
}
