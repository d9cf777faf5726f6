package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * Appointment type credits as another context grants them (billing: a package's sessions). The caller context
 * decides who may grant; this port checks that the appointment type and the patient belong to the organization and
 * adds the credits once per source. Not for web adapters.
 */
@Local
public interface CreditLedger {

    /** The organization's appointment type with this id (retired ones too), as a package names it. */
    Optional<CreditableType> appointmentType(long organizationId, long appointmentTypeId);

    /**
     * Adds {@code quantity} credits of the appointment type to the organization's patient, once per {@code source}
     * (e.g. {@code "offering-purchase:42"}) and appointment type: a replayed source adds nothing.
     *
     * @return whether the credits were added now ({@code false}: this source had already added them)
     * @throws org.caregate.kernel.error.NotFoundException when the patient or the appointment type is not the
     *                                                       organization's
     */
    boolean addCredits(long organizationId, long patientId, long appointmentTypeId, int quantity, String source);

    /** An appointment type a package may include. */
    record CreditableType(long id, String name, boolean clientsCanBook, boolean retired) {
    }
}
