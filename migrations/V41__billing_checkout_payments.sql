-- completeCheckout's payment path (issue 15, ADR 0032): a checkout that pays keeps, next to its payment, the slot it
-- books and how far it got. The row is written in the payment intent's transaction, before the card is charged; the
-- booking marks it BOOKED in the booking's own transaction; a booking refused after the charge marks it REFUNDING and
-- then REFUNDED once the refund is asked for. A row left CHARGING or REFUNDING past settle_after is the reconciler's.
CREATE TABLE billing.checkout_payment (
    id               BIGSERIAL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL,
    billing_item_id  BIGINT       NOT NULL UNIQUE REFERENCES billing.billing_items (id),
    slot_fingerprint VARCHAR(64)  NOT NULL,
    state            VARCHAR(16)  NOT NULL CHECK (state IN ('CHARGING', 'BOOKED', 'DECLINED', 'REFUNDING', 'REFUNDED')),
    appointment_id   BIGINT,
    refusal_field    VARCHAR(64),
    refusal_message  VARCHAR(500),
    settle_after     TIMESTAMPTZ  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CHECK ((state = 'BOOKED') = (appointment_id IS NOT NULL))
);
CREATE INDEX checkout_payment_unsettled ON billing.checkout_payment (settle_after)
    WHERE state IN ('CHARGING', 'REFUNDING');
