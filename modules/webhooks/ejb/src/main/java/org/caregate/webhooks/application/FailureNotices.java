package org.caregate.webhooks.application;

/** Port: tells an organization's owners about a webhook of theirs that keeps failing or was disabled. */
public interface FailureNotices {

    void tellOwners(long organizationId, String subject, String text);
}
