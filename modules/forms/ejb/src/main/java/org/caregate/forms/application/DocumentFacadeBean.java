package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.caregate.forms.api.DocumentChanges;
import org.caregate.forms.api.DocumentFacade;
import org.caregate.forms.api.DocumentSearch;
import org.caregate.forms.api.DocumentView;
import org.caregate.forms.api.DownloadSink;
import org.caregate.forms.api.PatientDocument;
import org.caregate.forms.api.Upload;
import org.caregate.forms.api.event.DocumentEvent;
import org.caregate.forms.domain.Document;
import org.caregate.forms.domain.DocumentCriteria;
import org.caregate.forms.domain.DocumentFiles;
import org.caregate.forms.domain.DocumentOrder;
import org.caregate.forms.domain.DocumentRepository;
import org.caregate.forms.domain.FileKind;
import org.caregate.forms.domain.FolderRepository;
import org.caregate.forms.domain.StoredContent;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.DocumentId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;

/**
 * Documents: members upload, list, change and delete their organization's; a patient uploads into their own chart
 * and sees what they uploaded and what is shared with them; an EHR adds a patient's questions and answers to their
 * chart as a plain-text document. Content is streamed into and out of the file store in
 * the transaction of its row; each download is remembered as an open. Changes publish {@link DocumentEvent}s.
 */
@Stateless
public class DocumentFacadeBean implements DocumentFacade {

    /** The largest document: 5 MiB, within the 8 MiB a request may carry even as base64. */
    static final long MOST_BYTES = 5L * 1024 * 1024;
    static final int PAGE_SIZE = 10;
    private static final String NOT_FOUND = "Document";
    private static final String FOLDER_NOT_FOUND = "Folder not found";
    private static final List<String> FAMILIES = List.of("pdf", "image", "video", "audio", "text", "other");

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentFiles files;

    @Inject
    FolderRepository folders;

    @EJB
    PeopleDirectory people;

    @Inject
    EventPublisher events;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Override
    public List<DocumentView> documents(Caller caller, DocumentSearch search) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        DocumentOrder order = DocumentOrder.CREATED_AT_DESC;
        if (search.sortBy() != null && !search.sortBy().isBlank()) {
            order = DocumentOrder.named(search.sortBy()).orElse(null);
            if (order == null) {
                inputs.problem("sort_by", "must be created_at_desc, created_at_asc, name_asc, name_desc, "
                        + "updated_at_desc or updated_at_asc");
            }
        }
        List<String> families = search.fileTypes().stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).distinct().toList();
        if (!FAMILIES.containsAll(families)) {
            inputs.problem("file_types", "must each be pdf, image, video, audio, text or other");
        }
        int offset = search.offset() == null ? 0 : search.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        String keywords = inputs.optional("keywords", search.keywords());
        Long folder = inputs.id("folder_id", search.folderId());
        inputs.check();
        if (folder != null && !folderExists(caller, folder)) {
            throw new NotFoundException("Folder");
        }
        DocumentCriteria criteria = new DocumentCriteria(keywords, families, value(search.privateUser()),
                caller.isPatient() ? caller.userId() : value(search.viewableUser()), value(search.consolidated()),
                value(search.provider()), folder);
        if (caller.isPatient() && search.viewableUser() != null && search.viewableUser().value() != caller.userId()) {
            return List.of();
        }
        if (search.shouldPaginate()) {
            return documents.search(caller.organizationId(), criteria, order, offset, PAGE_SIZE).stream()
                    .map(DocumentFacadeBean::view).toList();
        }
        List<Document> found = documents.search(caller.organizationId(), criteria, order, offset,
                Pages.unpagedQueryLimit());
        return Pages.withinUnpagedLimit(found, "should_paginate", "documents").stream().map(DocumentFacadeBean::view)
                .toList();
    }

    @Override
    public DocumentView document(Caller caller, DocumentId id) {
        Access.requireAuthenticated(caller);
        return view(visible(caller, id));
    }

    @Override
    public DocumentView createDocument(Caller caller, DocumentChanges document, Upload upload) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        if (upload == null) {
            inputs.problem("file", "can't be blank");
        }
        String displayName = inputs.optional("display_name", document.displayName());
        if (displayName == null && upload != null) {
            displayName = inputs.optional("display_name", upload.fileName());
        }
        if (displayName == null && !inputs.hasProblem("file")) {
            inputs.problem("display_name", "can't be blank");
        }
        Long patient = patient(caller, document.relUser(), inputs);
        Long folder = folder(caller, document.folderId(), inputs);
        inputs.check();
        StoredContent content = store(caller, upload);
        Instant now = clock.instant();
        Document created = Document.upload(caller.organizationId(), caller.userId(), displayName, content, now);
        if (caller.isPatient()) {
            created.relateTo(caller.userId(), true, now);
        } else if (patient != null) {
            created.relateTo(patient, Boolean.TRUE.equals(document.shareWithRel()), now);
        }
        if (folder != null) {
            folders.lockTree(caller.organizationId());
            if (!folderExists(caller, folder)) {
                throw new InvalidInputException("folder_id", FOLDER_NOT_FOUND);
            }
            created.fileIn(folder, now);
        }
        documents.add(created);
        events.publish(caller, DocumentEvent.of(DocumentEvent.Action.CREATED, created.id()));
        return view(created);
    }

    @Override
    public DocumentView updateDocument(Caller caller, DocumentChanges changes) {
        Access.requireMember(caller);
        Document document = documents.lock(caller.organizationId(), changes.id().value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        DocumentView before = view(document);
        Inputs inputs = new Inputs();
        String name = changes.displayName() == null ? null : inputs.required("display_name", changes.displayName());
        Long patient = patient(caller, changes.relUser(), inputs);
        Long folder = folder(caller, changes.folderId(), inputs);
        inputs.check();
        if (changes.folderId() != null) {
            folders.lockTree(caller.organizationId());
            if (folder != null && !folderExists(caller, folder)) {
                throw new InvalidInputException("folder_id", FOLDER_NOT_FOUND);
            }
        }
        Instant now = clock.instant();
        if (changes.folderId() != null && !Objects.equals(folder, document.folderId())) {
            document.fileIn(folder, now);
        }
        if (name != null) {
            document.rename(name, now);
        }
        if (patient != null || changes.shareWithRel() != null) {
            Long related = patient != null ? patient : document.relUserId();
            boolean shared = changes.shareWithRel() != null ? changes.shareWithRel() : document.sharedWithRel();
            if (related == null && Boolean.TRUE.equals(changes.shareWithRel())) {
                throw new InvalidInputException("rel_user_id", "can't be blank when sharing with the client");
            }
            document.relateTo(related, shared, now);
        }
        DocumentView after = view(document);
        events.publish(caller, new DocumentEvent(DocumentEvent.Action.UPDATED, document.id(),
                ChangedFields.between(before, after)));
        return after;
    }

    @Override
    public DocumentView deleteDocument(Caller caller, DocumentId id) {
        Access.requireMember(caller);
        Document document = documents.lock(caller.organizationId(), id.value())
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        DocumentView deleted = view(document);
        documents.remove(document);
        files.delete(caller.organizationId(), document.fileId());
        events.publish(caller, DocumentEvent.of(DocumentEvent.Action.DELETED, id.value()));
        return deleted;
    }

    @Override
    public DocumentView addPatientDocument(Caller caller, String patientId, PatientDocument document) {
        Access.requireMember(caller);
        long patient = people.byExternalId(caller.organizationId(), patientId).filter(Person::isPatient)
                .map(Person::id).orElseThrow(() -> new NotFoundException("Patient"));
        Inputs inputs = new Inputs();
        String name = inputs.required("name", document.name());
        Instant written = inputs.unixTime("dateTime", document.dateTime());
        if (document.dateTime() == null) {
            inputs.problem("dateTime", "can't be blank");
        }
        if (document.responses() == null || document.responses().isEmpty()) {
            inputs.problem("responses", "can't be blank");
        }
        inputs.check();
        byte[] text = PatientDocuments.text(name, written, document.responses());
        StoredContent content;
        try {
            content = files.store(caller.organizationId(), new ByteArrayInputStream(text), PatientDocuments.TYPE,
                    MOST_BYTES);
        } catch (DocumentFiles.FileTooLarge e) {
            throw new InvalidInputException("responses", "are too long (at most 5 MiB in all)");
        }
        Instant now = clock.instant();
        Document created = Document.upload(caller.organizationId(), caller.userId(), name, content, now);
        created.relateTo(patient, false, now);
        documents.add(created);
        events.publish(caller, DocumentEvent.of(DocumentEvent.Action.CREATED, created.id()));
        return view(created);
    }

    @Override
    public void download(Caller caller, DocumentId id, DownloadSink sink) {
        Access.requireAuthenticated(caller);
        Document document = visible(caller, id);
        document.openedBy(caller.userId(), clock.instant());
        documents.flush();
        audit.record(caller, "document.opened", DocumentEvent.RESOURCE, document.id().toString());
        files.copy(caller.organizationId(), document.fileId(), sink.open(view(document)));
    }

    /** The document, if the caller may read it: any of their organization's for members, a patient's own. */
    private Document visible(Caller caller, DocumentId id) {
        return documents.find(caller.organizationId(), id.value())
                .filter(d -> !caller.isPatient() || d.visibleToPatient(caller.userId()))
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * The folder {@code folder_id} names, checked to be the organization's ({@code null} when none named); a patient
     * names none.
     */
    private Long folder(Caller caller, String folderId, Inputs inputs) {
        Long folder = inputs.id("folder_id", folderId);
        if (folder != null && !folderExists(caller, folder)) {
            inputs.problem("folder_id", FOLDER_NOT_FOUND);
            return null;
        }
        return folder;
    }

    private boolean folderExists(Caller caller, long folder) {
        return !caller.isPatient() && folders.find(caller.organizationId(), folder).isPresent();
    }

    /** The patient {@code rel_user_id} names, checked to be the organization's ({@code null} when none named). */
    private Long patient(Caller caller, UserId relUser, Inputs inputs) {
        if (relUser == null) {
            return null;
        }
        boolean known = people.person(relUser.value()).filter(p -> p.isPatient()
                && p.organizationId() == caller.organizationId()).isPresent();
        if (!known || caller.isPatient() && relUser.value() != caller.userId()) {
            inputs.problem("rel_user_id", "User not found");
            return null;
        }
        return relUser.value();
    }

    /** Stores the upload, its type told by its first bytes ({@link FileKind}) and bounded in size. */
    private StoredContent store(Caller caller, Upload upload) {
        Peeked peeked = Peeked.of(upload.content());
        if (peeked.head().length == 0) {
            throw new InvalidInputException("file", "is empty");
        }
        String type = FileKind.contentType(peeked.head(), upload.declaredType(), upload.fileName()).orElseThrow(() ->
                new InvalidInputException("file", "is not what its type says (" + upload.declaredType() + ")"));
        try {
            return files.store(caller.organizationId(), peeked.content(), type, MOST_BYTES);
        } catch (DocumentFiles.FileTooLarge e) {
            throw new InvalidInputException("file", "is too large (at most 5 MiB)");
        }
    }

    private static Long value(UserId id) {
        return id == null ? null : id.value();
    }

    static DocumentView view(Document document) {
        return new DocumentView(document.id(), document.displayName(), document.contentType(), document.size(),
                document.ownerUserId(), document.relUserId(), document.sharedWithRel(), document.folderId(),
                document.createdAt(),
                document.updatedAt(), document.opens().stream().map(open -> new DocumentView.OpenView(open.id(),
                        open.userId(), open.openedAt())).toList());
    }
}
