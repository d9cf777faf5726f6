-- Solo's POST /qapi/v1/patients and the chart look-ups find a patient by MRN in an organization
-- (JpaUserRepository.findPatientByMrn). Without an index on the MRN that read every patient of the organization
-- through app_user_organization_role, so each registration cost more as the organization grew (issue 16, the patient
-- create benchmark against HAPI FHIR). Not partial: the look-up names the role as a parameter, which a generic plan
-- cannot match against a partial index's predicate.
CREATE INDEX app_user_mrn ON identity.app_user (organization_id, mrn);
