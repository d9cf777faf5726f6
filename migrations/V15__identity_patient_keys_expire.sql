-- Issue 11, finding 3: patients' API keys last 30 days (ApiKey.PATIENT_KEY_LIFETIME). Keys patients minted before
-- had no end; they now end 30 days after this migration, so no holder loses access without warning at once.
UPDATE identity.api_key k
SET expires_at = now() + interval '30 days'
FROM identity.app_user u
WHERE k.user_id = u.id
  AND u.role = 'PATIENT'
  AND k.kind = 'API_KEY'
  AND k.expires_at IS NULL
  AND k.revoked_at IS NULL;
