package org.caregate.kernel.error;

/**
 * The object does not exist or is not visible to the caller. The two cases are deliberately indistinguishable:
 * another organization's records must not be discoverable.
 */
public class NotFoundException extends CaregateException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
