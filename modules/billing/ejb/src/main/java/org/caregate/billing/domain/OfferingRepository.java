package org.caregate.billing.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The organizations' packages. {@link #find} is also the finder the payment step prices a package purchase with
 * ({@link Offering#price()}, {@link Offering#initialPayment()} in {@link Offering#currency()}, for a
 * {@code Money}): another organization's or a deleted package is absent.
 */
public interface OfferingRepository {

    /** Most packages one listing reads. */
    int MAXIMUM_LISTED = 1000;

    void add(Offering offering);

    /** Writes a changed package now, so new includes have their ids. */
    void store(Offering offering);

    /** The organization's package with this id, unless deleted. */
    Optional<Offering> find(long organizationId, long id);

    /** The organization's package with this id, also when deleted since (a payment that bought it keeps it). */
    Optional<Offering> findIncludingDeleted(long organizationId, long id);

    /**
     * The organization's packages that are not deleted, oldest first, at most {@link #MAXIMUM_LISTED}.
     *
     * @param archived {@code true} only archived ones, {@code false} only the others
     * @param ids      only these, when not {@code null}
     */
    List<Offering> list(long organizationId, boolean archived, Collection<Long> ids);
}
