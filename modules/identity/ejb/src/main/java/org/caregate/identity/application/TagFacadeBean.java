package org.caregate.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.caregate.identity.api.TagFacade;
import org.caregate.identity.api.TagView;
import org.caregate.identity.api.event.AppliedTagEvent;
import org.caregate.identity.domain.AlreadyTaken;
import org.caregate.identity.domain.Tag;
import org.caregate.identity.domain.TagRepository;
import org.caregate.identity.domain.User;
import org.caregate.identity.domain.UserRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.TagId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/** Tags: creating them (unique per owning member), renaming, deleting, applying to and removing from users. */
@Stateless
public class TagFacadeBean implements TagFacade {

    private static final String TAG = "tag";
    private static final String TAKEN = "has already been taken by one of your tags";

    @Inject
    TagRepository tags;

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public TagView createTag(Caller caller, String name, String taggableUserId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String tagName = inputs.required("name", name);
        User taggable = taggableUserId == null || taggableUserId.isBlank() ? null
                : user(caller, inputs, "taggable_user_id", taggableUserId);
        if (tagName != null && tags.findByOwnerAndName(caller.userId(), tagName).isPresent()) {
            inputs.problem("name", TAKEN);
        }
        inputs.check();
        Tag tag = Tag.create(caller.organizationId(), caller.userId(), tagName, clock.instant());
        if (taggable != null) {
            tag.applyTo(taggable.id());
        }
        try {
            tags.add(tag);
        } catch (AlreadyTaken e) {
            throw new InvalidInputException("name", TAKEN);
        }
        audit.record(caller, "tag.created", TAG, tag.id().toString());
        if (taggable != null) {
            events.publish(caller, AppliedTagEvent.of(AppliedTagEvent.Action.CREATED, taggable.id()));
        }
        return view(tag);
    }

    @Override
    public TagView updateTag(Caller caller, TagId id, String name) {
        Access.requireMember(caller);
        Tag tag = find(caller, id);
        Inputs inputs = new Inputs();
        String tagName = inputs.required("name", name);
        if (tagName != null && tags.findByOwnerAndName(tag.ownerUserId(), tagName).filter(t -> !t.id().equals(tag.id())).isPresent()) {
            inputs.problem("name", TAKEN);
        }
        inputs.check();
        tag.rename(tagName);
        audit.record(caller, "tag.updated", TAG, tag.id().toString());
        return view(tag);
    }

    @Override
    public TagView deleteTag(Caller caller, TagId id) {
        Access.requireMember(caller);
        Tag tag = find(caller, id);
        TagView deleted = view(tag);
        tags.remove(tag);
        audit.record(caller, "tag.deleted", TAG, tag.id().toString());
        return deleted;
    }

    @Override
    public List<TagView> tags(Caller caller) {
        Access.requireMember(caller);
        return tags.ofOrganization(caller.organizationId()).stream().map(TagFacadeBean::view).toList();
    }

    @Override
    public List<List<TagView>> tagsOf(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        List<Long> visible = userIds.stream().filter(id -> caller.isMember() || id.equals(caller.userId())).toList();
        Map<Long, List<Tag>> applied = tags.appliedTo(caller.organizationId(), visible);
        return userIds.stream()
                .map(id -> applied.getOrDefault(id, List.of()).stream().map(TagFacadeBean::view).toList())
                .toList();
    }

    @Override
    public List<TagView> bulkApply(Caller caller, List<String> ids, String taggableUserId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        if (ids == null || ids.isEmpty()) {
            inputs.problem("ids", "can't be blank");
        }
        User taggable = user(caller, inputs, "taggable_user_id", taggableUserId);
        inputs.check();
        List<Tag> applied = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Tag tag = find(caller, TagId.parse("id", id));
            tag.applyTo(taggable.id());
            applied.add(tag);
        }
        events.publish(caller, AppliedTagEvent.of(AppliedTagEvent.Action.CREATED, taggable.id()));
        return applied.stream().map(TagFacadeBean::view).toList();
    }

    @Override
    public TagView removeAppliedTag(Caller caller, TagId id, String taggableUserId) {
        Access.requireMember(caller);
        Tag tag = find(caller, id);
        Inputs inputs = new Inputs();
        User taggable = user(caller, inputs, "taggable_user_id", taggableUserId);
        inputs.check();
        if (!tag.removeFrom(taggable.id())) {
            throw new InvalidInputException("taggable_user_id", "This tag is not applied to that user");
        }
        events.publish(caller, AppliedTagEvent.of(AppliedTagEvent.Action.DELETED, taggable.id()));
        return view(tag);
    }

    private Tag find(Caller caller, TagId id) {
        return tags.find(caller.organizationId(), id.value()).orElseThrow(() -> new NotFoundException("Tag"));
    }

    /** The organization's user named by {@code id}, or {@code null} after recording the problem. */
    private User user(Caller caller, Inputs inputs, String field, String id) {
        Long userId = inputs.requiredId(field, id);
        if (userId == null) {
            return null;
        }
        User user = users.find(caller.organizationId(), userId).orElse(null);
        if (user == null) {
            inputs.problem(field, "User not found");
        }
        return user;
    }

    private static TagView view(Tag tag) {
        return new TagView(tag.id(), tag.name(), tag.ownerUserId(), List.copyOf(tag.taggedUserIds()), tag.createdAt());
    }
}
