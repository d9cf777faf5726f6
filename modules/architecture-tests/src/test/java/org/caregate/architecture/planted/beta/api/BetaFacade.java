package org.caregate.architecture.planted.beta.api;

/** What context beta offers the others. */
public interface BetaFacade {

    String describe(long id);
}
