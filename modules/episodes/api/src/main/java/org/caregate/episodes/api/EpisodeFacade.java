package org.caregate.episodes.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.UserId;

/**
 * Episodes of care: a patient's course of care for one problem (covid care, a pregnancy), over which visits are
 * grouped. The organization's members open, read and change them; another organization's episode or patient is
 * not found.
 */
@Local
public interface EpisodeFacade {

    /** Opens an episode for the organization's patient. */
    EpisodeView create(Caller caller, UserId patient, EpisodeChanges episode);

    /** The patient's episodes, oldest start first. */
    List<EpisodeView> ofPatient(Caller caller, UserId patient);

    EpisodeView episode(Caller caller, EpisodeId id);

    /** Replaces the episode's fields with {@code changes}, within the status transitions an episode allows. */
    EpisodeView update(Caller caller, EpisodeId id, EpisodeChanges changes);
}
