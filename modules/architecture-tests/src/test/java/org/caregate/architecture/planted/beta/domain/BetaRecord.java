package org.caregate.architecture.planted.beta.domain;

/** An internal of context beta that nobody else may touch. */
public class BetaRecord {

    public String describe() {
        return "beta";
    }
}
