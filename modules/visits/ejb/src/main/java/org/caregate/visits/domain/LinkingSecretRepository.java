package org.caregate.visits.domain;

import java.util.Map;

/** The organizations' shared secrets for Solo's context-aware links. */
public interface LinkingSecretRepository {

    /** Every organization's secret, by organization id, in organization order. */
    Map<Long, String> all();

    /** Sets (or replaces) an organization's secret. */
    void save(long organizationId, String secret);
}
