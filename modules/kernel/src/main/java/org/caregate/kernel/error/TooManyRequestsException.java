package org.caregate.kernel.error;

/** The caller has used up the requests allowed in the current window; retry after the given delay. */
public class TooManyRequestsException extends CaregateException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
