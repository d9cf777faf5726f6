package org.caregate.episodes.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.EpisodeTypeId;

/**
 * An organization's catalogue of episode types. While it is empty an episode's {@code type} is free text; once it
 * holds a type, an episode created or revised must name one of them. Members read it; owners and admins change it.
 */
@Local
public interface EpisodeTypeFacade {

    /** The organization's episode types, by name. */
    List<EpisodeTypeView> types(Caller caller);

    /** Adds a type; its name is unique in the organization, whatever its case. */
    EpisodeTypeView createType(Caller caller, String name);

    /** Removes a type from the catalogue; episodes of that type keep it. Answers the type as it was. */
    EpisodeTypeView deleteType(Caller caller, EpisodeTypeId id);
}
