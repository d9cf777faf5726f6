package org.caregate.kernel.error;

/** The caller is known but their role or membership does not allow this action. */
public class ForbiddenException extends CaregateException {

    public ForbiddenException(String message) {
        super(message);
    }
}
