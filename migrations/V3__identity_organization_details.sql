-- Organization details Healthie's Organization type shows, and which organization operates the installation
-- (its super admins may create further organizations).
ALTER TABLE identity.organization
    ADD COLUMN operator      BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN phone_number  TEXT,
    ADD COLUMN tax_id        TEXT,
    ADD COLUMN tax_id_type   TEXT,
    ADD COLUMN npi           TEXT,
    ADD COLUMN city          TEXT,
    ADD COLUMN country       TEXT;
-- The organization created at first start operates the installation.
UPDATE identity.organization SET operator = true
WHERE id = (SELECT min(id) FROM identity.organization);
CREATE UNIQUE INDEX organization_one_operator ON identity.organization (operator) WHERE operator;
