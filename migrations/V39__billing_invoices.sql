-- Invoices (Healthie's RequestedPayment, seed 001 "Invoices"; issue 15, ADR 0030).
-- An invoice asks a patient — or a payer without an account — for an amount, for a package, a CMS 1500 or other
-- services. Payments (billing_items.requested_payment_id) pay it in part or in full; what is still owed is the price
-- less the payments that are not declined, computed under the invoice's row lock so that two payments together never
-- pay more than is owed.

-- A payer without an account (corporate wellness, a relative): a name and an address to send the invoice to, and an
-- external uuid that, with the invoice number, lets them look the invoice up without signing in.
CREATE TABLE billing.requested_payers (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    first_name      VARCHAR(255) NOT NULL,
    last_name       VARCHAR(255),
    email           VARCHAR(254) NOT NULL,
    uuid            UUID         NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- The last invoice number given per organization (invoice_id "<initials>-<n>-<year>").
CREATE TABLE billing.invoice_numbers (
    organization_id BIGINT PRIMARY KEY,
    last_number     BIGINT NOT NULL
);

CREATE TABLE billing.requested_payments (
    id                 BIGSERIAL PRIMARY KEY,
    organization_id    BIGINT        NOT NULL,
    invoice_number     VARCHAR(64)   NOT NULL,
    invoice_type       VARCHAR(16)   NOT NULL CHECK (invoice_type IN ('offering', 'cms1500', 'other')),
    recipient_id       BIGINT,
    requested_payer_id BIGINT REFERENCES billing.requested_payers (id),
    sender_id          BIGINT        NOT NULL,
    offering_id        BIGINT REFERENCES billing.offering (id),
    cms1500_id         BIGINT,
    price              NUMERIC(12,2) NOT NULL CHECK (price >= 0),
    currency           CHAR(3)       NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    manually_paid      BOOLEAN       NOT NULL DEFAULT FALSE,
    notes              VARCHAR(2000),
    services_provided  VARCHAR(255),
    service_date       DATE,
    is_preview         BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    deleted_at         TIMESTAMPTZ,
    CONSTRAINT requested_payments_number UNIQUE (organization_id, invoice_number),
    CONSTRAINT requested_payments_payer CHECK (recipient_id IS NOT NULL OR requested_payer_id IS NOT NULL)
);
CREATE INDEX requested_payments_organization ON billing.requested_payments (organization_id, id DESC)
    WHERE deleted_at IS NULL;
CREATE INDEX requested_payments_recipient ON billing.requested_payments (organization_id, recipient_id);

-- A payment may pay (part of) an invoice: kept on the payment, never changed.
ALTER TABLE billing.billing_items ADD COLUMN requested_payment_id BIGINT REFERENCES billing.requested_payments (id);
CREATE INDEX billing_items_requested_payment ON billing.billing_items (requested_payment_id)
    WHERE requested_payment_id IS NOT NULL;

-- Outreach emails invoices and receipts (billing_email.invoice / billing_email.receipt events).
ALTER TABLE outreach.message DROP CONSTRAINT message_purpose_check;
ALTER TABLE outreach.message ADD CONSTRAINT message_purpose_check
    CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation', 'reminder_60', 'reminder_15', 'form_request',
                       'form_request_reminder', 'form_shared', 'intake_reminder', 'welcome', 'invitation', 'invoice',
                       'receipt'));
