package org.caregate.kernel.error;

/**
 * A refusal the client should hear about in words it understands. Thrown by application services; the
 * transaction rolls back so that nothing half-written remains.
 */
public abstract class CaregateException extends RuntimeException {

    protected CaregateException(String message) {
        super(message, null, false, false);
    }
}
