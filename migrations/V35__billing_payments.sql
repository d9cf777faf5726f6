-- Billing payments (issue 15, seed 001 "Payment Processing", "Billing Items"; ADR 0027): cards on file as gateway
-- references only, payments recorded as intents before the gateway charges them, refunds reserved against them.

-- A patient's card on file: the gateway's customer and payment method, never a card number.
CREATE TABLE billing.stripe_customer_details (
    id                        BIGSERIAL PRIMARY KEY,
    organization_id           BIGINT       NOT NULL,
    patient_id                BIGINT       NOT NULL,
    gateway_customer_id       VARCHAR(255) NOT NULL,
    gateway_payment_method_id VARCHAR(255) NOT NULL,
    card_type_label           VARCHAR(16)  NOT NULL CHECK (card_type_label IN ('personal', 'hsa', 'fsa')),
    is_default                BOOLEAN      NOT NULL,
    brand                     VARCHAR(32),
    last_four                 VARCHAR(4) CHECK (last_four ~ '^[0-9]{4}$'),
    exp_month                 INTEGER CHECK (exp_month BETWEEN 1 AND 12),
    exp_year                  INTEGER,
    created_at                TIMESTAMPTZ  NOT NULL
);
CREATE INDEX stripe_customer_details_patient ON billing.stripe_customer_details (organization_id, patient_id);
-- At most one default card per patient.
CREATE UNIQUE INDEX stripe_customer_details_one_default ON billing.stripe_customer_details (organization_id, patient_id)
    WHERE is_default;

-- A payment. state: PENDING (intent recorded, gateway's answer not yet), SUCCEEDED, FAILED (declined), OUTSIDE
-- (recorded without charging). charge_key is the Idempotency-Key the gateway was asked under; reconcile_after is when
-- the reconciler asks the gateway itself about a pending intent.
CREATE TABLE billing.billing_items (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   BIGINT        NOT NULL,
    sender_id         BIGINT        NOT NULL,
    recipient_id      BIGINT,
    card_id           BIGINT REFERENCES billing.stripe_customer_details (id),
    amount            NUMERIC(12,2) NOT NULL CHECK (amount >= 0),
    currency          CHAR(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    refunded          NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (refunded >= 0),
    state             VARCHAR(16)   NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED', 'OUTSIDE')),
    failure_reason    VARCHAR(500),
    note              VARCHAR(255),
    payment_medium    VARCHAR(255),
    idempotency_key   VARCHAR(255),
    fingerprint       CHAR(64)      NOT NULL,
    charge_key        VARCHAR(255),
    attempts          INTEGER       NOT NULL DEFAULT 0,
    gateway_charge_id VARCHAR(255),
    reconcile_after   TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    deleted_at        TIMESTAMPTZ,
    -- Never more refunded than paid (the application reserves refunds under the row's lock; this stands behind it).
    CONSTRAINT billing_items_refund_bound CHECK (refunded <= amount),
    CONSTRAINT billing_items_pending_has_key CHECK (state <> 'PENDING' OR (charge_key IS NOT NULL AND reconcile_after IS NOT NULL))
);
-- One payment per idempotency key and organization, whatever the application does.
CREATE UNIQUE INDEX billing_items_idempotency_key ON billing.billing_items (organization_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX billing_items_organization ON billing.billing_items (organization_id, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX billing_items_sender ON billing.billing_items (organization_id, sender_id, id DESC);
-- What the reconciler polls.
CREATE INDEX billing_items_unsettled ON billing.billing_items (reconcile_after) WHERE state = 'PENDING';

-- A refund of part of a payment, asked of the gateway under 'caregate-refund-<id>'.
CREATE TABLE billing.billing_item_refunds (
    id                BIGSERIAL PRIMARY KEY,
    billing_item_id   BIGINT        NOT NULL REFERENCES billing.billing_items (id),
    organization_id   BIGINT        NOT NULL,
    amount            NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    state             VARCHAR(16)   NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED', 'OUTSIDE')),
    gateway_refund_id VARCHAR(255),
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX billing_item_refunds_pending ON billing.billing_item_refunds (created_at) WHERE state = 'PENDING';
