package org.caregate.kernel.error;

/**
 * A request refused in words its contract prints verbatim (Solo's {@code Mime type "text/plain" not supported. …}),
 * answered 400 with the message as it is rather than as a field's problem.
 */
public class RefusedException extends CaregateException {

    public RefusedException(String message) {
        super(message);
    }
}
