package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.scheduling.api.CreditLedger;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.CreditSourceLedger;

/**
 * Credits granted from another context: the type and the patient must be the organization's, and a source adds its
 * credits once. Runs in the caller's transaction, so a grant that fails later in billing adds nothing.
 */
@Stateless
public class CreditLedgerBean implements CreditLedger {

    /** Most credits one source adds of one type. */
    static final int MAXIMUM_QUANTITY = 1000;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    CreditSourceLedger ledger;

    @EJB
    PeopleDirectory people;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<CreditableType> appointmentType(long organizationId, long appointmentTypeId) {
        return types.find(organizationId, appointmentTypeId).map(type -> new CreditableType(type.id(), type.name(),
                type.clientsCanBook(), type.isRetired()));
    }

    @Override
    public boolean addCredits(long organizationId, long patientId, long appointmentTypeId, int quantity, String source) {
        if (quantity < 1 || quantity > MAXIMUM_QUANTITY) {
            throw new InvalidInputException("quantity", "must be between 1 and " + MAXIMUM_QUANTITY);
        }
        if (source == null || source.isBlank() || source.length() > 160) {
            throw new InvalidInputException("source", "must be 1 to 160 characters");
        }
        people.person(patientId).filter(p -> p.isPatient() && p.organizationId() == organizationId)
                .orElseThrow(() -> new NotFoundException("Client"));
        types.find(organizationId, appointmentTypeId).orElseThrow(() -> new NotFoundException("Appointment type"));
        if (!ledger.record(organizationId, source, appointmentTypeId, patientId, quantity, clock.instant())) {
            return false;
        }
        ledger.increment(organizationId, patientId, appointmentTypeId, quantity);
        return true;
    }
}
