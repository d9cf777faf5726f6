package org.caregate.billing.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.BillingItemRepository;
import org.caregate.billing.domain.CheckoutPayment;
import org.caregate.billing.domain.CheckoutPaymentRepository;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.OrganizationBilling;
import org.caregate.billing.domain.OrganizationBillingRepository;
import org.caregate.billing.domain.PaymentState;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.CheckoutRequest;
import org.caregate.scheduling.api.PreparedCheckout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of a paid checkout, each step its own short transaction (ADR 0032): the package it buys checked,
 * the checkout under a key found, the slot booked with the charge — the checkout's row locked meanwhile, so the
 * reconciler never refunds a checkout that is booking — or marked to be refunded, and the checkouts left unsettled
 * claimed for the reconciler.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckoutLedger {

    private static final String OFFERING = "offering_id";

    @Inject
    BillingItemRepository items;

    @Inject
    CheckoutPaymentRepository checkouts;

    @Inject
    OfferingRepository offerings;

    @Inject
    PackageGrants packageGrants;

    @EJB
    AppointmentFacade appointments;

    @EJB
    PeopleDirectory people;

    @Inject
    OrganizationBillingRepository settings;

    @Inject
    @ConfigProperty(name = "caregate.billing.default-currency", defaultValue = "USD")
    String defaultCurrency;

    @Inject
    @ConfigProperty(name = "CAREGATE_BILLING_SETTLE_GRACE", defaultValue = "PT2M")
    String settleGrace;

    Clock clock = Clock.systemUTC();

    /** A payment and the checkout it pays for ({@code checkout} null: the payment is not a checkout's). */
    public record Standing(long itemId, long senderId, Long cardId, Long offeringId, PaymentState payment,
                           String failureReason, CheckoutPayment checkout) {
    }

    /** A checkout's payment to refund. */
    public record Due(long organizationId, long itemId) {
    }

    /** The payment recorded under this idempotency key, with its checkout. */
    public Optional<Standing> underKey(long organizationId, String key) {
        return items.byKey(organizationId, key).map(this::standing);
    }

    /** The payment and its checkout as they stand now. */
    public Standing standing(long organizationId, long itemId) {
        return items.find(organizationId, itemId).map(this::standing)
                .orElseThrow(() -> new NotFoundException("Billing item"));
    }

    /** The currency the organization bills in (as {@code billingSettings} shows it to members). */
    public Currency currency(long organizationId) {
        return settings.find(organizationId).map(OrganizationBilling::currency)
                .orElseGet(() -> Currency.getInstance(defaultCurrency));
    }

    /**
     * Refuses, on {@code offering_id}, a package the patient may not buy here: not the organization's, deleted,
     * archived, not offered to the patient's group ("Offering not found"), or including no session of the appointment
     * type booked (its credit is what the booking uses), or whose first payment is 0 (nothing to charge).
     */
    public void requireOffering(PreparedCheckout prepared, long offeringId) {
        Long group = people.person(prepared.patientId()).map(Person::userGroupId).orElse(null);
        Offering offering = offerings.find(prepared.organizationId(), offeringId)
                .filter(o -> o.isOfferedTo(group))
                .orElseThrow(() -> new InvalidInputException(OFFERING, "Offering not found"));
        if (offering.includes().stream().noneMatch(i -> i.appointmentTypeId() == prepared.appointmentTypeId())) {
            throw new InvalidInputException(OFFERING, "This package includes no session of the appointment type "
                    + "booked");
        }
        if (offering.initialPayment().signum() <= 0) {
            // nothing to charge: the gateway would refuse a charge of 0, answered as a declined card
            throw new InvalidInputException(OFFERING, "This package's first payment is 0: there is nothing to pay "
                    + "at checkout");
        }
    }

    /**
     * Books the checkout's slot now that its payment is charged: grants the package's credits and books with one of
     * them, in one transaction with the checkout marked booked. Answers empty when the checkout is no longer charging
     * (the reconciler gave the charge back meanwhile); a refused booking throws its refusal and changes nothing.
     */
    public Optional<AppointmentView> book(Caller caller, CheckoutRequest request, long organizationId, long itemId) {
        CheckoutPayment checkout = checkouts.lockOfItem(organizationId, itemId)
                .filter(c -> c.state() == CheckoutPayment.State.CHARGING).orElse(null);
        BillingItem item = items.find(organizationId, itemId).orElseThrow(() -> new NotFoundException("Billing item"));
        if (checkout == null || item.state() != PaymentState.SUCCEEDED) {
            return Optional.empty();
        }
        offerings.findIncludingDeleted(organizationId, item.offeringId()).ifPresent(offering ->
                packageGrants.grant(offering, item.senderId(), PaymentLedger.purchaseId(itemId), null,
                        clock.instant()));
        AppointmentView booked = appointments.completeCheckout(caller, request);
        checkout.booked(booked.id(), clock.instant());
        return Optional.of(booked);
    }

    /** The card was declined: the checkout is over, nothing booked. */
    public void declined(long organizationId, long itemId) {
        checkouts.lockOfItem(organizationId, itemId).filter(c -> c.state() == CheckoutPayment.State.CHARGING)
                .ifPresent(c -> c.declined(clock.instant()));
    }

    /**
     * The booking was refused after the charge: the checkout is to be refunded, for this reason. Answers whether it
     * was still charging (false: booked or settled meanwhile — nothing to refund here).
     */
    public boolean refunding(long organizationId, long itemId, String field, String message) {
        CheckoutPayment checkout = checkouts.lockOfItem(organizationId, itemId)
                .filter(c -> c.state() == CheckoutPayment.State.CHARGING).orElse(null);
        if (checkout == null) {
            return false;
        }
        checkout.refunding(field, message, clock.instant(), grace());
        return true;
    }

    /** The checkout's refund was asked for. */
    public void refunded(long organizationId, long itemId) {
        checkouts.lockOfItem(organizationId, itemId).ifPresent(c -> c.refunded(clock.instant()));
    }

    /**
     * Claims up to {@code limit} checkouts left unsettled past their time and decides each: a payment still pending
     * waits for the payment reconciler, a declined one ends the checkout, a charge with no booking is to be refunded.
     * Answers the payments to refund (organization, item); commits before any is refunded.
     */
    public List<Due> leaseUnsettled(int limit) {
        Instant now = clock.instant();
        List<Due> toRefund = new ArrayList<>();
        for (CheckoutPayment checkout : checkouts.claimUnsettled(now, limit)) {
            checkout.askAgainAfter(now, grace());
            PaymentState payment = items.find(checkout.organizationId(), checkout.billingItemId())
                    .map(BillingItem::state).orElse(PaymentState.FAILED);
            if (checkout.state() == CheckoutPayment.State.CHARGING && payment == PaymentState.FAILED) {
                checkout.declined(now);
            } else if (checkout.state() == CheckoutPayment.State.CHARGING && payment == PaymentState.SUCCEEDED) {
                checkout.refunding("payment", CheckoutPayment.UNCONFIRMED, now, grace());
                toRefund.add(new Due(checkout.organizationId(), checkout.billingItemId()));
            } else if (checkout.state() == CheckoutPayment.State.REFUNDING) {
                toRefund.add(new Due(checkout.organizationId(), checkout.billingItemId()));
            }
        }
        return toRefund;
    }

    private Standing standing(BillingItem item) {
        CheckoutPayment checkout = checkouts.ofItem(item.organizationId(), item.id()).orElse(null);
        return new Standing(item.id(), item.senderId(), item.cardId(), item.offeringId(), item.state(),
                item.failureReason(), checkout);
    }

    private Duration grace() {
        return Duration.parse(settleGrace);
    }
}
