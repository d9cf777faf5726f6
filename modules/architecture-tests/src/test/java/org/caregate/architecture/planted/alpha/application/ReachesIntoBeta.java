package org.caregate.architecture.planted.alpha.application;

import org.caregate.architecture.planted.beta.api.BetaFacade;
import org.caregate.architecture.planted.beta.domain.BetaRecord;

/** Planted: uses beta's api (allowed) and beta's domain (a breach). */
public class ReachesIntoBeta {

    public String both(BetaFacade facade) {
        return facade.describe(1) + new BetaRecord().describe();
    }
}
