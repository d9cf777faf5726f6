package org.caregate.billing.domain.invoices;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each type of invoice needs and refuses (seed 001 "Creating an Invoice"): a package invoice names its package,
 * a CMS 1500 invoice its claim — either may leave the price out (it defaults to theirs) —; an invoice for other
 * services describes them ({@code services_provided}, required, and only here, like {@code service_date}) and names
 * its price. Every invoice is addressed to a patient ({@code recipient_id}), a payer without an account
 * ({@code requested_payer}), or both.
 */
public final class InvoiceRules {

    private InvoiceRules() {
    }

    /** What the invoice, as it would be, names. */
    public record Shape(InvoiceType type, boolean offering, boolean cms1500, boolean services, boolean serviceDate,
                        boolean price, boolean recipient, boolean payer) {
    }

    /** Each problem, by input field; empty when the invoice may be written. */
    public static Map<String, String> problems(Shape shape) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!shape.recipient() && !shape.payer()) {
            problems.put("recipient_id", "can't be blank unless a requested_payer is invoiced");
        }
        switch (shape.type()) {
            case OFFERING -> {
                if (!shape.offering()) {
                    problems.put("offering_id", "can't be blank for an offering invoice");
                }
            }
            case CMS1500 -> {
                if (!shape.cms1500()) {
                    problems.put("cms1500_id", "can't be blank for a cms1500 invoice");
                }
            }
            case OTHER -> {
                if (!shape.services()) {
                    problems.put("services_provided", "can't be blank for an other invoice");
                }
                if (!shape.price()) {
                    problems.put("price", "can't be blank when invoicing without a package or CMS 1500");
                }
            }
        }
        if (shape.type() != InvoiceType.OFFERING && shape.offering()) {
            problems.put("offering_id", "is only for an offering invoice");
        }
        if (shape.type() != InvoiceType.CMS1500 && shape.cms1500()) {
            problems.put("cms1500_id", "is only for a cms1500 invoice");
        }
        if (shape.type() != InvoiceType.OTHER && shape.services()) {
            problems.put("services_provided", "is only for an other invoice");
        }
        if (shape.type() != InvoiceType.OTHER && shape.serviceDate()) {
            problems.put("service_date", "can only be used when the invoice_type is other");
        }
        return problems;
    }
}
