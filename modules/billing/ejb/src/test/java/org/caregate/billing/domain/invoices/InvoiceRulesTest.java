package org.caregate.billing.domain.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvoiceRulesTest {

    private static Set<String> problems(InvoiceType type, boolean offering, boolean cms1500, boolean services,
                                        boolean serviceDate, boolean price) {
        return InvoiceRules.problems(new InvoiceRules.Shape(type, offering, cms1500, services, serviceDate, price,
                true, false)).keySet();
    }

    @Test
    void anOfferingInvoiceNeedsItsPackageButNotAPrice() {
        assertTrue(problems(InvoiceType.OFFERING, true, false, false, false, false).isEmpty());
        assertEquals(Set.of("offering_id"), problems(InvoiceType.OFFERING, false, false, false, false, true));
    }

    @Test
    void aCms1500InvoiceNeedsItsClaim() {
        assertTrue(problems(InvoiceType.CMS1500, false, true, false, false, false).isEmpty());
        assertEquals(Set.of("cms1500_id"), problems(InvoiceType.CMS1500, false, false, false, false, false));
    }

    @Test
    void anOtherInvoiceDescribesItsServicesAndNamesItsPrice() {
        assertTrue(problems(InvoiceType.OTHER, false, false, true, true, true).isEmpty());
        assertEquals(Set.of("services_provided", "price"), problems(InvoiceType.OTHER, false, false, false, false,
                false));
    }

    @Test
    void servicesAndTheirDateAreOnlyForOtherInvoices() {
        assertEquals(Set.of("cms1500_id", "services_provided", "service_date"),
                problems(InvoiceType.OFFERING, true, true, true, true, false));
    }

    @Test
    void anInvoiceIsAddressedToSomeone() {
        var nobody = new InvoiceRules.Shape(InvoiceType.OTHER, false, false, true, false, true, false, false);
        assertEquals(Set.of("recipient_id"), InvoiceRules.problems(nobody).keySet());
        var payerOnly = new InvoiceRules.Shape(InvoiceType.OTHER, false, false, true, false, true, false, true);
        assertTrue(InvoiceRules.problems(payerOnly).isEmpty());
    }

    @Test
    void theTypeIsReadInAnyCase() {
        assertEquals(Optional.of(InvoiceType.CMS1500), InvoiceType.parse(" CMS1500 "));
        assertEquals(Optional.empty(), InvoiceType.parse("package"));
    }
}
