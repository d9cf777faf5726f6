package org.caregate.forms.domain;

import java.util.List;

/**
 * Which of an organization's documents a search keeps; a {@code null} criterion keeps all. A patient's own search
 * always carries {@code viewableBy}.
 *
 * @param keywords     words in the display name, case ignored
 * @param contentTypes families ({@link FileKind#family}) any of which matches; empty for all
 * @param privateTo    uploaded by this user and shared with nobody
 * @param viewableBy   uploaded by this user or shared with them
 * @param chartOf      about this patient or uploaded by them
 * @param uploadedBy   uploaded by this user
 * @param folder       filed in this folder
 */
public record DocumentCriteria(String keywords, List<String> contentTypes, Long privateTo, Long viewableBy,
                               Long chartOf, Long uploadedBy, Long folder) {

    public DocumentCriteria {
        contentTypes = List.copyOf(contentTypes);
    }
}
