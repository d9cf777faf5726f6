package org.caregate.identity.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.id.TagId;

/** Tags that providers and staff attach to patients (Healthie's Tags). */
@Local
public interface TagFacade {

    /** Creates a tag owned by the caller, applied at once to {@code taggableUserId} when given. */
    TagView createTag(Caller caller, String name, String taggableUserId);

    TagView updateTag(Caller caller, TagId id, String name);

    /** Deletes the tag and its applications; the users stay. */
    TagView deleteTag(Caller caller, TagId id);

    /** Every tag of the caller's organization. */
    List<TagView> tags(Caller caller);

    /** The tags applied to each of these users that the caller may see (a patient: only themselves), in order. */
    List<List<TagView>> tagsOf(Caller caller, List<Long> userIds);

    /** Applies existing tags to one user. */
    List<TagView> bulkApply(Caller caller, List<String> ids, String taggableUserId);

    TagView removeAppliedTag(Caller caller, TagId id, String taggableUserId);
}
