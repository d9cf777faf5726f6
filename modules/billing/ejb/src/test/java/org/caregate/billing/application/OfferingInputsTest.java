package org.caregate.billing.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import org.caregate.billing.api.OfferingChanges.IncludeChange;
import org.caregate.billing.domain.BillingFrequency;
import org.caregate.billing.domain.Visibility;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.input.Inputs;
import org.junit.jupiter.api.Test;

class OfferingInputsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private final Inputs inputs = new Inputs();
    private final OfferingInputs read = new OfferingInputs(inputs);

    private List<String> fields() {
        return inputs.problems().stream().map(FieldMessage::field).toList();
    }

    @Test
    void pricesAreExactAmountsOfTheCurrency() {
        assertEquals("100.00", read.amount("price", "100", USD, true).toPlainString());
        assertEquals("100.00", read.amount("price", "100.0", USD, true).toPlainString());
        assertEquals("99.99", read.amount("price", " 99.99 ", USD, true).toPlainString());
        assertEquals("0.00", read.amount("price", "0", USD, true).toPlainString());
        assertEquals("9999999999.99", read.amount("price", "9999999999.99", USD, true).toPlainString());
        assertEquals("500", read.amount("price", "500", JPY, true).toPlainString());
        assertFalse(inputs.hasProblems());
    }

    @Test
    void anythingElseIsRefusedOnItsField() {
        for (String bad : new String[] {"-1", "1e3", "abc", "1.005", "10000000000", "1,00", "NaN", "0x10",
                "1".repeat(30), "Infinity"}) {
            Inputs own = new Inputs();
            assertNull(new OfferingInputs(own).amount("price", bad, USD, true), bad);
            assertEquals("price", own.problems().get(0).field(), bad);
        }
        assertNull(read.amount("first_time_payment", "12.5", JPY, false));
        assertNull(read.amount("price", null, USD, true));
        assertNull(read.amount("first_time_payment", "", USD, false));
        assertEquals(List.of("first_time_payment", "price"), fields());
    }

    @Test
    void frequencyVisibilityAndProgramsAreChecked() {
        assertEquals(BillingFrequency.MONTHLY, read.frequency("Monthly", true));
        assertNull(read.frequency("Daily", true));
        assertNull(read.frequency(null, true));
        assertNull(read.frequency(null, false));
        assertEquals(Visibility.GROUP, read.visibility("group"));
        assertNull(read.visibility("secret"));
        read.courses("");
        read.courses("12,13");
        assertEquals(List.of("billing_frequency", "billing_frequency", "visibility_status", "course_ids"), fields());
        assertEquals("Program not found", inputs.problems().get(3).message());
    }

    @Test
    void namesAreRequiredOnCreateAndBounded() {
        assertNull(read.name(null, true));
        assertNull(read.name("  ", false));
        assertNull(read.name(null, false));
        assertNull(read.name("n".repeat(256), true));
        assertNull(read.description("d".repeat(2001)));
        assertEquals(List.of("name", "name", "name", "description"), fields());
        assertEquals("Coaching", new OfferingInputs(new Inputs()).name(" Coaching ", true));
    }

    @Test
    void includesAreBoundedAndEachNamesATypeAndAQuantityOnce() {
        List<OfferingInputs.Session> sessions = read.includes(List.of(new IncludeChange(null, "11", "1", true),
                new IncludeChange(null, "12", " 3 ", null)));
        assertEquals(List.of(new OfferingInputs.Session(11, 1, true), new OfferingInputs.Session(12, 3, false)), sessions);
        assertNull(read.includes(null));
        assertFalse(inputs.hasProblems());

        List<IncludeChange> bad = new ArrayList<>(List.of(new IncludeChange(null, "11", "0", true),
                new IncludeChange(null, "x", "1", true), new IncludeChange(null, "13", "1001", true),
                new IncludeChange(null, "14", "1", true), new IncludeChange(null, "14", "2", true),
                new IncludeChange(null, null, "1", true), new IncludeChange(null, "15", "two", true)));
        bad.add(null);
        assertEquals(1, read.includes(bad).size());
        // a missing id after another problem on the field is not repeated (Inputs#requiredId)
        assertEquals(6, inputs.problems().size());
        assertTrue(fields().stream().allMatch("offering_includes"::equals));

        Inputs own = new Inputs();
        assertTrue(new OfferingInputs(own).includes(Collections.nCopies(51, new IncludeChange(null, "1", "1", false)))
                .isEmpty());
        assertTrue(own.hasProblems());
    }
}
