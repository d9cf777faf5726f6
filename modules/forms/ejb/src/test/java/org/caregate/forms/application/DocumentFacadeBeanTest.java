package org.caregate.forms.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.forms.api.DocumentChanges;
import org.caregate.forms.api.DocumentSearch;
import org.caregate.forms.api.DocumentView;
import org.caregate.forms.api.Upload;
import org.caregate.forms.api.event.DocumentEvent;
import org.caregate.forms.domain.Document;
import org.caregate.forms.domain.DocumentCriteria;
import org.caregate.forms.domain.DocumentFiles;
import org.caregate.forms.domain.DocumentOrder;
import org.caregate.forms.domain.DocumentRepository;
import org.caregate.forms.domain.Folder;
import org.caregate.forms.domain.StoredContent;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.kernel.id.DocumentId;
import org.caregate.kernel.id.UserId;
import org.junit.jupiter.api.Test;

/**
 * Documents through the facade over in-memory rows and content: what each caller sees, who may be named as the
 * patient, the content's type told by its bytes, the size limit, and the events each change publishes.
 */
class DocumentFacadeBeanTest {

    private static final byte[] PDF = "%PDF-1.4\n%fake but signed\n".getBytes();
    private static final Caller PROVIDER = member(7, ORG, false);
    private static final Caller PATIENT = patient(20, ORG);

    private final InMemoryForms forms = new InMemoryForms();
    private final Map<Long, Document> rows = new HashMap<>();
    private final Map<UUID, byte[]> contents = new HashMap<>();
    private final List<String> events = new ArrayList<>();
    private final DocumentFacadeBean facade = new DocumentFacadeBean();
    private final InMemoryFolders folders = new InMemoryFolders();

    DocumentFacadeBeanTest() {
        facade.documents = new Rows();
        facade.files = new Contents();
        facade.folders = folders;
        facade.people = forms.new Directory();
        facade.events = (caller, event) -> events.add(event.type() + " " + event.resourceId()
                + (event instanceof DocumentEvent d && !d.changedFields().isEmpty() ? " " + d.changedFields() : ""));
        facade.audit = (caller, action, type, target) -> events.add(action + " " + target);
        facade.clock = Clock.fixed(InMemoryForms.NOW, ZoneOffset.UTC);
    }

    @Test
    void aDocumentSharedWithItsPatientIsTheirsToSeeAndOneNotSharedIsNot() {
        DocumentView shared = create(PROVIDER, "Lab results", 20L, true, PDF, null);
        DocumentView kept = create(PROVIDER, "Notes", 20L, false, PDF, null);
        assertThat(shared.contentType()).isEqualTo("application/pdf");
        assertThat(shared.sharedWith()).containsExactly(20L);

        assertThat(list(PATIENT)).extracting(DocumentView::id).containsExactly(shared.id());
        assertThat(list(PROVIDER)).hasSize(2);
        assertThatThrownBy(() -> facade.document(PATIENT, new DocumentId(kept.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(events).containsExactly("document.created " + shared.id(), "document.created " + kept.id());
    }

    @Test
    void aPatientsUploadGoesIntoTheirOwnChart() {
        DocumentView mine = create(PATIENT, "Insurance card", null, null, PDF, null);
        assertThat(mine.relUserId()).isEqualTo(20L);
        assertThat(mine.sharedWithRel()).isTrue();
        assertThatThrownBy(() -> create(PATIENT, "Someone else's", 21L, true, PDF, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rel_user_id");
    }

    @Test
    void theRelatedUserMustBeAPatientOfTheOrganization() {
        forms.people.put(30L, new org.caregate.identity.api.Person(30, OTHER_ORG, true, "Other", "Patient",
                "o@example.org", null, null, true, null, null));
        for (long user : new long[] {30, 8, 999}) {
            assertThatThrownBy(() -> create(PROVIDER, "Scan", user, true, PDF, null))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("rel_user_id");
        }
        assertThat(rows).isEmpty();
    }

    @Test
    void theContentsBytesDecideItsTypeAndATextDeclaredAsPdfIsRefused() {
        assertThat(create(PROVIDER, "scan", null, null, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                '\n', 0}, "application/octet-stream").contentType()).isEqualTo("image/png");
        assertThatThrownBy(() -> create(PROVIDER, "fake", null, null, "just text".getBytes(), "application/pdf"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> create(PROVIDER, "empty", null, null, new byte[0], null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void moreThanFiveMibIsRefusedAndNothingIsKept() {
        byte[] big = new byte[(int) DocumentFacadeBean.MOST_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> create(PROVIDER, "huge", null, null, big, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("5 MiB");
        assertThat(rows).isEmpty();
    }

    @Test
    void updatesPublishWhatChangedAndDeletingRemovesTheContent() {
        DocumentView created = create(PROVIDER, "Referral", null, null, PDF, null);
        DocumentView renamed = facade.updateDocument(PROVIDER, new DocumentChanges(new DocumentId(created.id()),
                "Referral letter", new UserId(20), true, null));
        assertThat(renamed.displayName()).isEqualTo("Referral letter");
        assertThat(renamed.sharedWith()).containsExactly(20L);
        assertThat(events).contains("document.updated " + created.id()
                + " [display_name, rel_user_id, shared_with_rel]");

        facade.deleteDocument(PROVIDER, new DocumentId(created.id()));
        assertThat(rows).isEmpty();
        assertThat(contents).isEmpty();
        assertThat(events).last().isEqualTo("document.deleted " + created.id());
        assertThatThrownBy(() -> facade.updateDocument(PATIENT, new DocumentChanges(new DocumentId(created.id()),
                "x", null, null, null))).isNotInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDownloadSendsTheBytesAndIsRememberedAsAnOpen() {
        DocumentView created = create(PROVIDER, "Consent", 20L, true, PDF, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        facade.download(PATIENT, new DocumentId(created.id()), document -> out);
        assertThat(out.toByteArray()).isEqualTo(PDF);
        assertThat(facade.document(PROVIDER, new DocumentId(created.id())).opens())
                .extracting(DocumentView.OpenView::userId).containsExactly(20L);
        assertThatThrownBy(() -> facade.download(member(9, OTHER_ORG, true), new DocumentId(created.id()),
                document -> out)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.documents(InMemoryForms.anonymous(), search()))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aFolderIsNotFoundAndAnUnknownSortOrFileTypeIsRefused() {
        assertThatThrownBy(() -> create(PROVIDER, "in a folder", null, null, PDF, "3"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("folder_id");
        assertThatThrownBy(() -> facade.documents(PROVIDER, new DocumentSearch(null, List.of("exe"), null, null, null,
                null, null, "size", -1, false))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sort_by").hasMessageContaining("file_types").hasMessageContaining("offset");
    }

    @Test
    void aDocumentIsFiledInAFolderOfItsOrganizationListedByItAndMovedOutOfIt() {
        Folder labs = Folder.create(ORG, 7, "Labs", null, InMemoryForms.NOW);
        Folder elsewhere = Folder.create(OTHER_ORG, 9, "Elsewhere", null, InMemoryForms.NOW);
        folders.add(labs);
        folders.add(elsewhere);
        DocumentView filed = create(PROVIDER, "In labs", null, null, PDF, labs.id().toString());
        create(PROVIDER, "Loose", null, null, PDF, null);
        assertThat(filed.folderId()).isEqualTo(labs.id());
        assertThat(facade.documents(PROVIDER, inFolder(labs.id().toString()))).extracting(DocumentView::id)
                .containsExactly(filed.id());

        assertThatThrownBy(() -> create(PROVIDER, "Across", null, null, PDF, elsewhere.id().toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("folder_id: Folder not found");
        assertThatThrownBy(() -> facade.documents(PROVIDER, inFolder(elsewhere.id().toString())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.documents(PATIENT, inFolder(labs.id().toString())))
                .isInstanceOf(NotFoundException.class);

        DocumentView moved = facade.updateDocument(PROVIDER, new DocumentChanges(new DocumentId(filed.id()), null,
                null, null, ""));
        assertThat(moved.folderId()).isNull();
        assertThat(events).contains("document.updated " + filed.id() + " [folder_id]");
        assertThatThrownBy(() -> facade.updateDocument(PROVIDER, new DocumentChanges(new DocumentId(filed.id()),
                null, null, null, elsewhere.id().toString()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("folder_id: Folder not found");
    }

    private static DocumentSearch inFolder(String folderId) {
        return new DocumentSearch(null, List.of(), folderId, null, null, null, null, null, null, false);
    }

    private DocumentView create(Caller caller, String name, Long relUser, Boolean share, byte[] content,
                                String typeOrFolder) {
        boolean folder = typeOrFolder != null && typeOrFolder.matches("[0-9]+");
        return facade.createDocument(caller, new DocumentChanges(null, name, relUser == null ? null
                        : new UserId(relUser), share, folder ? typeOrFolder : null),
                new Upload(new ByteArrayInputStream(content), name + ".bin", folder ? null : typeOrFolder));
    }

    private List<DocumentView> list(Caller caller) {
        return facade.documents(caller, search());
    }

    private static DocumentSearch search() {
        return new DocumentSearch(null, List.of(), null, null, null, null, null, null, null, false);
    }

    private final class Rows implements DocumentRepository {

        @Override
        public void add(Document document) {
            forms.setId(document, Document.class);
            rows.put(document.id(), document);
        }

        @Override
        public void remove(Document document) {
            rows.remove(document.id());
        }

        @Override
        public void flush() {
            rows.values().forEach(d -> d.opens().forEach(open -> forms.setId(open, open.getClass())));
        }

        @Override
        public Optional<Document> find(long organizationId, long id) {
            return Optional.ofNullable(rows.get(id)).filter(d -> d.organizationId() == organizationId);
        }

        @Override
        public Optional<Document> lock(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public List<Document> search(long organizationId, DocumentCriteria criteria, DocumentOrder order, int offset,
                                     int limit) {
            return rows.values().stream().filter(d -> d.organizationId() == organizationId)
                    .filter(d -> criteria.viewableBy() == null || d.visibleToPatient(criteria.viewableBy()))
                    .filter(d -> criteria.folder() == null || criteria.folder().equals(d.folderId()))
                    .skip(offset).limit(limit).toList();
        }
    }

    private final class Contents implements DocumentFiles {

        @Override
        public StoredContent store(long organizationId, InputStream content, String contentType, long mostBytes) {
            try {
                byte[] bytes = content.readNBytes((int) mostBytes + 1);
                if (bytes.length > mostBytes) {
                    throw new FileTooLarge(mostBytes);
                }
                UUID id = UUID.randomUUID();
                contents.put(id, bytes);
                return new StoredContent(id, bytes.length, contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void copy(long organizationId, UUID fileId, OutputStream out) {
            try {
                out.write(contents.get(fileId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void delete(long organizationId, UUID fileId) {
            contents.remove(fileId);
        }
    }
}
