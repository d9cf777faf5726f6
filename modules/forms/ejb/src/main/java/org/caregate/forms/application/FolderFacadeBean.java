package org.caregate.forms.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.caregate.forms.api.FolderFacade;
import org.caregate.forms.api.FolderView;
import org.caregate.forms.api.event.FolderEvent;
import org.caregate.forms.domain.Folder;
import org.caregate.forms.domain.FolderPlacement;
import org.caregate.forms.domain.FolderRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Folders: members create, list, rename, move and delete their organization's. Changes to an organization's tree
 * take turns ({@link FolderRepository#lockTree}) and are checked by {@link FolderPlacement}; a folder is deleted
 * only once empty. Changes publish {@link FolderEvent}s, which the audit trail records.
 */
@Stateless
public class FolderFacadeBean implements FolderFacade {

    static final int PAGE_SIZE = 10;
    static final String NOT_FOUND = "Folder";
    static final String FOLDER_NOT_FOUND = "Folder not found";

    @Inject
    FolderRepository folders;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public List<FolderView> folders(Caller caller, String parentFolderId, String keywords, Integer offset,
                                    boolean shouldPaginate) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Long parent = inputs.id("parent_folder_id", parentFolderId);
        String words = inputs.optional("keywords", keywords);
        int from = offset == null ? 0 : offset;
        if (from < 0) {
            inputs.problem("offset", "must not be negative");
        }
        inputs.check();
        if (parent != null) {
            find(caller, parent);
        }
        boolean topOnly = parent == null && words == null;
        if (shouldPaginate) {
            return views(caller, folders.search(caller.organizationId(), parent, topOnly, words, from, PAGE_SIZE));
        }
        List<Folder> found = folders.search(caller.organizationId(), parent, topOnly, words, from,
                Pages.unpagedQueryLimit());
        return views(caller, Pages.withinUnpagedLimit(found, "should_paginate", "folders"));
    }

    @Override
    public FolderView folder(Caller caller, String id) {
        Access.requireMember(caller);
        return view(caller, find(caller, requiredId("id", id)));
    }

    @Override
    public FolderView createFolder(Caller caller, String name, String parentFolderId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String checked = inputs.required("name", name);
        Long parent = inputs.id("parent_folder_id", parentFolderId);
        inputs.check();
        folders.lockTree(caller.organizationId());
        place(caller, null, parent);
        Folder created = Folder.create(caller.organizationId(), caller.userId(), checked, parent, clock.instant());
        folders.add(created);
        events.publish(caller, FolderEvent.of(FolderEvent.Action.CREATED, created.id()));
        return view(caller, created);
    }

    @Override
    public FolderView updateFolder(Caller caller, String id, String name, String parentFolderId) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Long folderId = inputs.requiredId("id", id);
        String checked = name == null ? null : inputs.required("name", name);
        Long parent = parentFolderId == null ? null : inputs.id("parent_folder_id", parentFolderId);
        inputs.check();
        folders.lockTree(caller.organizationId());
        Folder folder = find(caller, folderId);
        FolderView before = view(caller, folder);
        Instant now = clock.instant();
        if (parentFolderId != null && !Objects.equals(parent, folder.parentId())) {
            place(caller, folder.id(), parent);
            folder.moveTo(parent, now);
        }
        if (checked != null) {
            folder.rename(checked, now);
        }
        FolderView after = view(caller, folder);
        events.publish(caller, new FolderEvent(FolderEvent.Action.UPDATED, folder.id(),
                ChangedFields.between(before, after)));
        return after;
    }

    @Override
    public FolderView deleteFolder(Caller caller, String id) {
        Access.requireMember(caller);
        Long folderId = requiredId("id", id);
        folders.lockTree(caller.organizationId());
        Folder folder = find(caller, folderId);
        FolderView deleted = view(caller, folder);
        if (deleted.documentCount() > 0 || deleted.folderCount() > 0) {
            throw new InvalidInputException("id", "is not empty: move or delete its documents and folders first");
        }
        folders.remove(folder);
        events.publish(caller, FolderEvent.of(FolderEvent.Action.DELETED, folder.id()));
        return deleted;
    }

    @Override
    public List<FolderView> foldersWithIds(Caller caller, List<Long> ids) {
        Access.requireMember(caller);
        return ids.stream().distinct().limit(Pages.UNPAGED_LIMIT)
                .map(folderId -> folders.find(caller.organizationId(), folderId)).flatMap(Optional::stream)
                .map(folder -> view(caller, folder)).toList();
    }

    /** Refuses on {@code parent_folder_id} a parent not found or a place the tree's rules forbid. */
    private void place(Caller caller, Long folderId, Long parent) {
        if (parent != null && folders.find(caller.organizationId(), parent).isEmpty()) {
            throw new InvalidInputException("parent_folder_id", FOLDER_NOT_FOUND);
        }
        new FolderPlacement(folders, caller.organizationId()).refusal(folderId, parent).ifPresent(refusal -> {
            throw new InvalidInputException("parent_folder_id", refusal);
        });
    }

    private Folder find(Caller caller, long id) {
        return folders.find(caller.organizationId(), id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static long requiredId(String field, String raw) {
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId(field, raw);
        inputs.check();
        return id;
    }

    private List<FolderView> views(Caller caller, List<Folder> found) {
        return found.stream().map(folder -> view(caller, folder)).toList();
    }

    private FolderView view(Caller caller, Folder folder) {
        return new FolderView(folder.id(), folder.name(), folder.parentId(), folder.ownerUserId(), folder.createdAt(),
                folder.updatedAt(), folders.countDocuments(caller.organizationId(), folder.id()),
                folders.countChildren(caller.organizationId(), folder.id()));
    }
}
