package org.caregate.kernel.error;

/** What the request names existed but is no longer valid (an expired link); nothing was changed. */
public class ExpiredException extends CaregateException {

    public ExpiredException(String message) {
        super(message);
    }
}
