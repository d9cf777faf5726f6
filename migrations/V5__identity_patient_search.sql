-- Keyword search (Healthie's users(keywords:)): every term must appear in one of id, first/last/legal name,
-- record identifier, email, date of birth (YYYY-MM-DD) or NPI. A trigger keeps those in one lower-case text,
-- indexed with trigrams, so that each term is one indexable "search_text LIKE '%term%'" condition.
DROP INDEX identity.app_user_search;

ALTER TABLE identity.app_user ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE FUNCTION identity.app_user_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := lower(concat_ws(' ', NEW.id::text, NEW.first_name, NEW.last_name, NEW.legal_name,
        NEW.record_identifier, NEW.email, to_char(NEW.dob, 'YYYY-MM-DD'), NEW.npi));
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_user_search_text
    BEFORE INSERT OR UPDATE ON identity.app_user
    FOR EACH ROW EXECUTE FUNCTION identity.app_user_search_text();

UPDATE identity.app_user SET search_text = '';

CREATE INDEX app_user_search ON identity.app_user USING gin (search_text public.gin_trgm_ops);

-- The default order of users (sort_by last_name_desc) and of the name orders: the first page is read from the
-- index instead of sorting the whole organization.
CREATE INDEX app_user_by_last_name ON identity.app_user (organization_id, role, last_name, id);
CREATE INDEX app_user_by_first_name ON identity.app_user (organization_id, role, first_name, id);
