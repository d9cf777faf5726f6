package org.caregate.architecture.planted.platform;

import org.caregate.architecture.planted.beta.api.BetaFacade;

/** Planted: platform plumbing that names a context. */
public class KnowsAlpha {

    public String ask(BetaFacade beta) {
        return beta.describe(2);
    }
}
