package org.caregate.kernel.error;

/** A service outside Caregate (a video platform, Microsoft Teams) refused or failed; nothing was changed here. */
public class ExternalServiceException extends CaregateException {

    public ExternalServiceException(String message) {
        super(message);
    }
}
