-- Solo's context-aware linking: each organization's shared secret for the encrypted links its EHR builds.
-- Kept readable (not hashed): the server needs it to decrypt.
CREATE TABLE scheduling.context_linking_secret (
    organization_id BIGINT PRIMARY KEY,
    secret          TEXT        NOT NULL CHECK (length(secret) >= 16),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
