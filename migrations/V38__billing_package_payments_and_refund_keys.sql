-- Payments for packages, and refunds made once per key (issue 15).
-- A payment may pay for a package (createBillingItem's offering_id): the package is kept on the payment so that its
-- credits are granted when the payment succeeds — once per payment (offering_credit_grant's purchase key).
ALTER TABLE billing.billing_items ADD COLUMN offering_id BIGINT REFERENCES billing.offering (id);
CREATE INDEX billing_items_offering ON billing.billing_items (offering_id) WHERE offering_id IS NOT NULL;

-- A refund asked for with a stripe_idempotency_key is made once: asking again with the key answers the first refund.
ALTER TABLE billing.billing_item_refunds ADD COLUMN client_key VARCHAR(255);
CREATE UNIQUE INDEX billing_item_refunds_client_key ON billing.billing_item_refunds (billing_item_id, client_key)
    WHERE client_key IS NOT NULL;
