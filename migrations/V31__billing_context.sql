-- Billing (issue 15, seed 001): payments, packages, invoices, insurance and claims live in their own schema.
-- This first migration holds the organization's billing settings; the tables of each capability follow in theirs.
CREATE SCHEMA IF NOT EXISTS billing;

-- The currency an organization bills in, once it chose one (otherwise the deployment's default applies).
CREATE TABLE billing.organization_billing (
    organization_id BIGINT PRIMARY KEY,
    currency        CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    updated_at      TIMESTAMPTZ NOT NULL
);
