package org.caregate.forms.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caregate.forms.api.FolderView;
import org.caregate.forms.api.event.FolderEvent;
import org.caregate.forms.domain.FolderPlacement;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Folders through the facade over in-memory rows: the tree's rules (no cycles, at most ten deep), every id scoped to
 * the caller's organization, names checked, deletion of empty folders only, and the events each change publishes.
 */
class FolderFacadeBeanTest {

    private static final Caller PROVIDER = member(7, ORG, false);
    private static final Caller OUTSIDER = member(9, OTHER_ORG, false);

    private final InMemoryFolders folders = new InMemoryFolders();
    private final List<String> events = new ArrayList<>();
    private final FolderFacadeBean facade = new FolderFacadeBean();

    FolderFacadeBeanTest() {
        facade.folders = folders;
        facade.events = (caller, event) -> events.add(event.type() + " " + event.resourceId()
                + (event instanceof FolderEvent f && !f.changedFields().isEmpty() ? " " + f.changedFields() : ""));
        facade.clock = Clock.fixed(InMemoryForms.NOW, ZoneOffset.UTC);
    }

    @Test
    void foldersNestListAndCountWhatTheyHold() {
        FolderView labs = facade.createFolder(PROVIDER, " Labs ", null);
        FolderView blood = facade.createFolder(PROVIDER, "Blood", id(labs));
        facade.createFolder(PROVIDER, "Admin", null);

        assertThat(labs.name()).isEqualTo("Labs");
        assertThat(labs.ownerId()).isEqualTo(7);
        assertThat(blood.parentFolderId()).isEqualTo(labs.id());
        assertThat(facade.folders(PROVIDER, null, null, null, false)).extracting(FolderView::name)
                .containsExactly("Admin", "Labs");
        assertThat(facade.folders(PROVIDER, id(labs), null, null, false)).extracting(FolderView::name)
                .containsExactly("Blood");
        assertThat(facade.folders(PROVIDER, null, "lOO", null, false)).extracting(FolderView::name)
                .containsExactly("Blood");
        assertThat(facade.folder(PROVIDER, id(labs)).folderCount()).isEqualTo(1);
        assertThat(events).containsExactly("folder.created " + labs.id(), "folder.created " + blood.id(),
                "folder.created " + (blood.id() + 1));
        assertThat(folders.treeLocks).isEqualTo(3);
    }

    @Test
    void aFolderCannotGoIntoItselfOrAFolderInsideIt() {
        FolderView a = facade.createFolder(PROVIDER, "A", null);
        FolderView b = facade.createFolder(PROVIDER, "B", id(a));
        FolderView c = facade.createFolder(PROVIDER, "C", id(b));

        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, id(a), null, id(a)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent_folder_id");
        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, id(a), null, id(c)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("can't be the folder itself or a folder inside it");
        assertThat(folders.rows.get(a.id()).parentId()).isNull();

        FolderView moved = facade.updateFolder(PROVIDER, id(c), "C2", "");
        assertThat(moved.parentFolderId()).isNull();
        assertThat(events).last().isEqualTo("folder.updated " + c.id() + " [name, parent_folder_id]");
    }

    @Test
    void noFolderSitsMoreThanTenDeep() {
        FolderView top = facade.createFolder(PROVIDER, "1", null);
        FolderView at = top;
        for (int depth = 2; depth <= FolderPlacement.MOST_DEPTH; depth++) {
            at = facade.createFolder(PROVIDER, Integer.toString(depth), id(at));
        }
        FolderView deepest = at;
        assertThatThrownBy(() -> facade.createFolder(PROVIDER, "11", id(deepest)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is too deep (at most 10 levels)");

        FolderView other = facade.createFolder(PROVIDER, "Other", null);
        FolderView child = facade.createFolder(PROVIDER, "Child", id(other));
        assertThat(child.parentFolderId()).isEqualTo(other.id());
        // Other and its child span two levels: under the 9th folder they would sit 10 and 11 deep.
        FolderView ninth = facade.folders(PROVIDER, null, "9", null, false).get(0);
        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, id(other), null, id(ninth)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too deep");
        FolderView eighth = facade.folders(PROVIDER, null, "8", null, false).get(0);
        assertThat(facade.updateFolder(PROVIDER, id(other), null, id(eighth)).parentFolderId())
                .isEqualTo(eighth.id());
    }

    @Test
    void anotherOrganizationsFolderIsNotFoundAnywhere() {
        FolderView theirs = facade.createFolder(OUTSIDER, "Theirs", null);

        assertThatThrownBy(() -> facade.folder(PROVIDER, id(theirs))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.folders(PROVIDER, id(theirs), null, null, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, id(theirs), "Mine", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.deleteFolder(PROVIDER, id(theirs))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.createFolder(PROVIDER, "Inside", id(theirs)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent_folder_id: Folder not found");
        FolderView mine = facade.createFolder(PROVIDER, "Mine", null);
        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, id(mine), null, id(theirs)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent_folder_id: Folder not found");
        assertThat(facade.folders(PROVIDER, null, null, null, false)).extracting(FolderView::name)
                .containsExactly("Mine");
        assertThat(facade.foldersWithIds(PROVIDER, List.of(theirs.id(), mine.id()))).extracting(FolderView::id)
                .containsExactly(mine.id());
    }

    @Test
    void namesAndIdsAreCheckedAndPatientsHaveNoFolders() {
        assertThatThrownBy(() -> facade.createFolder(PROVIDER, " ", "x")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name: can't be blank").hasMessageContaining("parent_folder_id");
        assertThatThrownBy(() -> facade.createFolder(PROVIDER, "n".repeat(256), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 255");
        assertThat(facade.createFolder(PROVIDER, "n".repeat(255), null).name()).hasSize(255);
        assertThatThrownBy(() -> facade.updateFolder(PROVIDER, null, "x", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("id: can't be blank");
        assertThatThrownBy(() -> facade.folder(PROVIDER, "404")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> facade.folders(patient(20, ORG), null, null, null, false))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAnEmptyFolderIsDeleted() {
        FolderView labs = facade.createFolder(PROVIDER, "Labs", null);
        FolderView blood = facade.createFolder(PROVIDER, "Blood", id(labs));
        folders.filed.put(100L, blood.id());

        assertThatThrownBy(() -> facade.deleteFolder(PROVIDER, id(labs))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not empty");
        assertThatThrownBy(() -> facade.deleteFolder(PROVIDER, id(blood))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not empty");
        folders.filed.remove(100L);
        assertThat(facade.deleteFolder(PROVIDER, id(blood)).name()).isEqualTo("Blood");
        assertThat(facade.deleteFolder(PROVIDER, id(labs)).folderCount()).isZero();
        assertThat(folders.rows).isEmpty();
        assertThat(events).endsWith("folder.deleted " + blood.id(), "folder.deleted " + labs.id());
    }

    private static String id(FolderView folder) {
        return Long.toString(folder.id());
    }
}
