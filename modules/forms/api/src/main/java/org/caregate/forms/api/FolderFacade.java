package org.caregate.forms.api;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Folders (Healthie's Folder, a Caregate addition around the seed's {@code folder_id}): where an organization files
 * its documents, possibly inside one another (at most 10 deep, no cycles). Members (providers and staff) only; every
 * id names a folder of the caller's organization, another organization's is not found. Ids arrive as the client sent
 * them and are refused on their field when malformed.
 */
@Local
public interface FolderFacade {

    /**
     * The organization's folders in {@code parentFolderId} (blank: those at the top; with keywords, any folder whose
     * name holds them), by name; pages of 10 when {@code shouldPaginate}.
     */
    List<FolderView> folders(Caller caller, String parentFolderId, String keywords, Integer offset,
                             boolean shouldPaginate);

    /** One folder, with how many documents and folders it holds directly. */
    FolderView folder(Caller caller, String id);

    /** A new folder of the caller's organization, owned by them, in {@code parentFolderId} (blank: at the top). */
    FolderView createFolder(Caller caller, String name, String parentFolderId);

    /**
     * Renames ({@code name} non-null) or moves ({@code parentFolderId} non-null; blank: to the top) a folder; never into
     * itself or a folder inside it, never deeper than 10 levels.
     */
    FolderView updateFolder(Caller caller, String id, String name, String parentFolderId);

    /** Deletes an empty folder (no documents, no folders in it); returns it as it was. */
    FolderView deleteFolder(Caller caller, String id);

    /** The folders with these ids the caller may see (for {@code Document.folder}); unknown ones are left out. */
    List<FolderView> foldersWithIds(Caller caller, List<Long> ids);
}
