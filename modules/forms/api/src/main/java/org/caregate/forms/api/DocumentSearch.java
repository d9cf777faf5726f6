package org.caregate.forms.api;

import java.util.List;
import org.caregate.kernel.id.UserId;

/**
 * What {@code documents} filters on.
 *
 * @param keywords      words in the display name
 * @param fileTypes     kinds of file ({@code pdf}, {@code image}, …), any of which matches; empty for all
 * @param privateUser   documents uploaded by this user and shared with nobody
 * @param viewableUser  documents this user may see: uploaded by them or shared with them
 * @param consolidated  documents about this patient or uploaded by them (their chart's)
 * @param provider      documents uploaded by this member
 */
public record DocumentSearch(String keywords, List<String> fileTypes, String folderId, UserId privateUser,
                             UserId viewableUser, UserId consolidated, UserId provider, String sortBy, Integer offset,
                             boolean shouldPaginate) {

    public DocumentSearch {
        fileTypes = fileTypes == null ? List.of() : List.copyOf(fileTypes);
    }
}
