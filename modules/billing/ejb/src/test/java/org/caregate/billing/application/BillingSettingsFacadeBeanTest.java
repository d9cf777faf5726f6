package org.caregate.billing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class BillingSettingsFacadeBeanTest {

    @Test
    void currenciesAreIso4217CodesInAnyCase() {
        assertEquals("EUR", BillingSettingsFacadeBean.currencyOf(" eur ").getCurrencyCode());
        assertEquals("USD", BillingSettingsFacadeBean.currencyOf("USD").getCurrencyCode());
    }

    @Test
    void anythingElseIsRefusedOnCurrency() {
        for (String bad : new String[] {null, "", "US", "USDX", "$$$", "XYZ", "KWD", "XAU"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> BillingSettingsFacadeBean.currencyOf(bad));
            assertEquals("currency", refused.problems().get(0).field());
        }
    }
}
