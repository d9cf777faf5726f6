package org.caregate.billing.infrastructure;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.PaymentMethodCreateParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.caregate.billing.domain.PaymentGateway;
import org.jboss.logging.Logger;

/**
 * Stripe, through the official stripe-java client: a customer per patient, cards saved as payment methods created
 * from tokens and attached to the customer, charges as confirmed off-session payment intents, refunds of payment
 * intents. Every charge and refund carries its idempotency key as {@code Idempotency-Key}. The client retries
 * nothing itself: an unanswered charge is left to the reconciler, which asks again under the same key.
 */
@ApplicationScoped
public class StripePaymentGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripePaymentGateway.class);

    @Inject
    StripeSettings settings;

    @Override
    public SavedCard saveCard(long organizationId, String customerId, long patientId, String token) {
        StripeClient stripe = client(organizationId);
        try {
            String customer = customerId;
            if (customer == null) {
                Customer created = stripe.v1().customers().create(CustomerCreateParams.builder()
                        .putMetadata("caregate_organization_id", Long.toString(organizationId))
                        .putMetadata("caregate_user_id", Long.toString(patientId)).build());
                customer = created.getId();
            }
            PaymentMethod method = stripe.v1().paymentMethods().create(PaymentMethodCreateParams.builder()
                    .setType(PaymentMethodCreateParams.Type.CARD)
                    .setCard(PaymentMethodCreateParams.Token.builder().setToken(token).build()).build());
            method = stripe.v1().paymentMethods().attach(method.getId(),
                    PaymentMethodAttachParams.builder().setCustomer(customer).build());
            PaymentMethod.Card card = method.getCard();
            return new SavedCard(customer, method.getId(), card == null ? null : card.getBrand(),
                    card == null ? null : card.getLast4(), card == null ? null : toInt(card.getExpMonth()),
                    card == null ? null : toInt(card.getExpYear()));
        } catch (CardException | InvalidRequestException refused) {
            throw new CardRefused(messageOf(refused));
        } catch (StripeException unreachable) {
            LOG.warnf("Stripe did not save a card for organization %d: %s", organizationId, unreachable.getMessage());
            throw new CardRefused("The payment processor could not be reached; try again");
        }
    }

    @Override
    public ChargeOutcome charge(long organizationId, Charge charge) {
        StripeClient stripe;
        try {
            stripe = client(organizationId);
        } catch (CardRefused notConfigured) {
            return new Declined("not_configured", notConfigured.getMessage());
        }
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(charge.amountMinor()).setCurrency(charge.currency().toLowerCase(Locale.ROOT))
                .setCustomer(charge.customerId()).setPaymentMethod(charge.paymentMethodId())
                .setConfirm(true).setOffSession(true)
                .putMetadata("caregate_billing_item_id", String.valueOf(charge.billingItemId())).build();
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().create(params,
                    options(organizationId, charge.idempotencyKey()));
            if ("succeeded".equals(intent.getStatus()) || "processing".equals(intent.getStatus())) {
                return new Charged(intent.getId());
            }
            String reason = intent.getLastPaymentError() != null ? intent.getLastPaymentError().getMessage()
                    : "The payment was not completed (" + intent.getStatus() + ")";
            return new Declined(intent.getStatus(), reason);
        } catch (CardException declined) {
            return new Declined(declined.getDeclineCode() != null ? declined.getDeclineCode() : declined.getCode(),
                    messageOf(declined));
        } catch (InvalidRequestException invalid) {
            return new Declined(invalid.getCode() != null ? invalid.getCode() : "invalid_request", messageOf(invalid));
        } catch (ApiConnectionException lost) {
            return new Unknown(lost.getMessage());
        } catch (StripeException other) {
            Integer status = other.getStatusCode();
            if (status != null && status >= 400 && status < 500 && status != 409 && status != 429) {
                return new Declined(other.getCode() != null ? other.getCode() : "refused", messageOf(other));
            }
            return new Unknown(other.getMessage());
        }
    }

    @Override
    public ChargeOutcome refund(long organizationId, String chargeId, long amountMinor, String idempotencyKey) {
        try {
            Refund refund = client(organizationId).v1().refunds().create(RefundCreateParams.builder()
                    .setPaymentIntent(chargeId).setAmount(amountMinor).build(),
                    options(organizationId, idempotencyKey));
            return new Charged(refund.getId());
        } catch (CardRefused notConfigured) {
            return new Declined("not_configured", notConfigured.getMessage());
        } catch (InvalidRequestException | CardException refused) {
            return new Declined(refused.getCode() != null ? refused.getCode() : "refused", messageOf(refused));
        } catch (StripeException lost) {
            return new Unknown(lost.getMessage());
        }
    }

    private StripeClient client(long organizationId) {
        String key = settings.secretKey(organizationId).orElseThrow(() -> new CardRefused(
                "Payments are not configured for this organization (CAREGATE_BILLING_STRIPE_KEY)"));
        return StripeClient.builder().setApiKey(key).setApiBase(settings.apiBase())
                .setConnectTimeout(Math.min(settings.timeoutMillis(), 10_000))
                .setReadTimeout(settings.timeoutMillis()).setMaxNetworkRetries(0).build();
    }

    private RequestOptions options(long organizationId, String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(gatewayKey(settings.hasOwnAccount(organizationId),
                organizationId, idempotencyKey)).build();
    }

    /**
     * The key Stripe is asked under. On an organization's own account, the client's key as it is. On the
     * deployment's shared account, keys of different organizations must not meet — one organization reusing another's
     * key would be refused by Stripe, or worse — so the key is prefixed with the organization ({@code org-12:<key>};
     * a key too long for Stripe's 255 characters with the prefix is replaced by its SHA-256).
     */
    static String gatewayKey(boolean ownAccount, long organizationId, String key) {
        if (ownAccount) {
            return key;
        }
        String prefix = "org-" + organizationId + ":";
        if (prefix.length() + key.length() <= 255) {
            return prefix + key;
        }
        try {
            return prefix + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Stripe's own words for a refusal (its message carries request ids and codes besides). */
    private static String messageOf(StripeException e) {
        if (e.getStripeError() != null && e.getStripeError().getMessage() != null) {
            return e.getStripeError().getMessage();
        }
        return e.getCode() != null ? e.getCode() : "The payment processor refused the request";
    }

    private static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
