package org.caregate.kernel.error;

/** The action needs a signed-in caller and none (or an unknown or revoked key) was presented. */
public class UnauthenticatedException extends CaregateException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
