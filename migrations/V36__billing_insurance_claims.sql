-- Billing, insurance and claims (issue 15, seed 001 "Insurance"/"Policies", "Superbills", "CMS1500s"):
-- the catalogue of insurance plans shipped with Caregate, the plans each organization accepts, the ICD-10-CM codes
-- claims may name, and superbills and CMS 1500 claims with their code lines. Amounts are numeric(12,2), never float.

-- The catalogue of payers (docs/billing.md "Claims" says where the list comes from). Shared by every organization.
CREATE TABLE billing.insurance_plan (
    id         BIGSERIAL PRIMARY KEY,
    payer_id   VARCHAR(20)  NOT NULL UNIQUE,
    payer_name VARCHAR(255) NOT NULL
);

INSERT INTO billing.insurance_plan (payer_id, payer_name) VALUES
    ('60054', 'Aetna'),
    ('62308', 'Cigna'),
    ('87726', 'UnitedHealthcare'),
    ('61101', 'Humana'),
    ('SELF', 'Self-pay (no insurance)');

-- The plans an organization accepts: one row per plan, its id is what deleteAcceptedInsurancePlan names.
CREATE TABLE billing.accepted_insurance_plan (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   BIGINT      NOT NULL,
    insurance_plan_id BIGINT      NOT NULL REFERENCES billing.insurance_plan (id),
    created_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT accepted_insurance_plan_once UNIQUE (organization_id, insurance_plan_id)
);

-- ICD-10-CM diagnosis codes a claim line may name (public domain, CMS/CDC). Codes are stored with their dot
-- ("E11.9"). This migration ships a starter set; docs/operations.md shows how to load CMS's full code file.
CREATE TABLE billing.icd10_code (
    code        VARCHAR(8)   PRIMARY KEY CHECK (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    description VARCHAR(255) NOT NULL
);

INSERT INTO billing.icd10_code (code, description) VALUES
    ('D50.9', 'Iron deficiency anemia, unspecified'),
    ('E03.9', 'Hypothyroidism, unspecified'),
    ('E11.65', 'Type 2 diabetes mellitus with hyperglycemia'),
    ('E11.9', 'Type 2 diabetes mellitus without complications'),
    ('E28.2', 'Polycystic ovarian syndrome'),
    ('E55.9', 'Vitamin D deficiency, unspecified'),
    ('E66.01', 'Morbid (severe) obesity due to excess calories'),
    ('E66.9', 'Obesity, unspecified'),
    ('E78.5', 'Hyperlipidemia, unspecified'),
    ('F17.210', 'Nicotine dependence, cigarettes, uncomplicated'),
    ('F32.9', 'Major depressive disorder, single episode, unspecified'),
    ('F41.1', 'Generalized anxiety disorder'),
    ('F43.10', 'Post-traumatic stress disorder, unspecified'),
    ('F50.2', 'Bulimia nervosa'),
    ('G47.00', 'Insomnia, unspecified'),
    ('I10', 'Essential (primary) hypertension'),
    ('J06.9', 'Acute upper respiratory infection, unspecified'),
    ('J45.909', 'Unspecified asthma, uncomplicated'),
    ('K21.9', 'Gastro-esophageal reflux disease without esophagitis'),
    ('K58.9', 'Irritable bowel syndrome without diarrhea'),
    ('M79.7', 'Fibromyalgia'),
    ('N39.0', 'Urinary tract infection, site not specified'),
    ('R10.9', 'Unspecified abdominal pain'),
    ('R53.83', 'Other fatigue'),
    ('R63.4', 'Abnormal weight loss'),
    ('R63.5', 'Abnormal weight gain'),
    ('R73.03', 'Prediabetes'),
    ('U07.1', 'COVID-19'),
    ('Z00.00', 'Encounter for general adult medical examination without abnormal findings'),
    ('Z23', 'Encounter for immunization'),
    ('Z71.3', 'Dietary counseling and surveillance'),
    ('Z72.0', 'Tobacco use');

-- A superbill: the itemized statement a patient files with their insurer themselves.
CREATE TABLE billing.super_bill (
    id              BIGSERIAL PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    patient_id      BIGINT        NOT NULL,
    provider_id     BIGINT        NOT NULL,
    appointment_id  BIGINT,
    provider_name   VARCHAR(255)  NOT NULL,
    patient_dob     DATE          NOT NULL,
    service_date    DATE          NOT NULL,
    status          VARCHAR(50),
    amount_paid     NUMERIC(12,2) NOT NULL CHECK (amount_paid >= 0),
    currency        CHAR(3)       NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX super_bill_organization ON billing.super_bill (organization_id, created_at);

CREATE TABLE billing.super_bill_icd_code (
    super_bill_id BIGINT     NOT NULL REFERENCES billing.super_bill (id) ON DELETE CASCADE,
    position      INT        NOT NULL,
    code          VARCHAR(8) NOT NULL REFERENCES billing.icd10_code (code),
    PRIMARY KEY (super_bill_id, position)
);

CREATE TABLE billing.super_bill_cpt_code (
    super_bill_id BIGINT        NOT NULL REFERENCES billing.super_bill (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    code          CHAR(5)       NOT NULL CHECK (code ~ '^[0-9]{4}[0-9FTU]$'),
    modifier      VARCHAR(2),
    units         INT           NOT NULL CHECK (units BETWEEN 1 AND 999),
    fee           NUMERIC(12,2) NOT NULL CHECK (fee >= 0),
    PRIMARY KEY (super_bill_id, position)
);

CREATE TABLE billing.super_bill_receipt_line_item (
    super_bill_id BIGINT        NOT NULL REFERENCES billing.super_bill (id) ON DELETE CASCADE,
    position      INT           NOT NULL,
    description   VARCHAR(255),
    amount        NUMERIC(12,2) NOT NULL CHECK (amount >= 0),
    paid_on       DATE,
    PRIMARY KEY (super_bill_id, position)
);

-- A CMS 1500 claim: the form a provider submits to the patient's insurers, with the patient as billed.
CREATE TABLE billing.cms1500 (
    id                  BIGSERIAL PRIMARY KEY,
    organization_id     BIGINT        NOT NULL,
    patient_id          BIGINT        NOT NULL,
    provider_id         BIGINT        NOT NULL,
    appointment_id      BIGINT,
    service_location_id VARCHAR(64)   NOT NULL,
    patient_first_name  VARCHAR(255),
    patient_last_name   VARCHAR(255),
    patient_dob         DATE,
    patient_gender      VARCHAR(20),
    patient_line1       VARCHAR(255)  NOT NULL,
    patient_line2       VARCHAR(255),
    patient_city        VARCHAR(255)  NOT NULL,
    patient_state       VARCHAR(255)  NOT NULL,
    patient_zip         VARCHAR(20)   NOT NULL,
    patient_country     VARCHAR(2),
    provider_npi        CHAR(10),
    amount_paid         NUMERIC(12,2) NOT NULL CHECK (amount_paid >= 0),
    currency            CHAR(3)       NOT NULL,
    client_sig_on_file  BOOLEAN       NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX cms1500_organization ON billing.cms1500 (organization_id, created_at);

CREATE TABLE billing.cms1500_policy (
    cms1500_id        BIGINT      NOT NULL REFERENCES billing.cms1500 (id) ON DELETE CASCADE,
    position          INT         NOT NULL,
    insurance_plan_id BIGINT      NOT NULL REFERENCES billing.insurance_plan (id),
    priority_type     VARCHAR(20) NOT NULL,
    member_number     VARCHAR(64),
    group_number      VARCHAR(64),
    PRIMARY KEY (cms1500_id, position)
);

CREATE TABLE billing.cms1500_icd_code (
    cms1500_id BIGINT     NOT NULL REFERENCES billing.cms1500 (id) ON DELETE CASCADE,
    position   INT        NOT NULL,
    code       VARCHAR(8) NOT NULL REFERENCES billing.icd10_code (code),
    PRIMARY KEY (cms1500_id, position)
);

CREATE TABLE billing.cms1500_cpt_code (
    cms1500_id BIGINT        NOT NULL REFERENCES billing.cms1500 (id) ON DELETE CASCADE,
    position   INT           NOT NULL,
    code       CHAR(5)       NOT NULL CHECK (code ~ '^[0-9]{4}[0-9FTU]$'),
    modifier   VARCHAR(2),
    units      INT           NOT NULL CHECK (units BETWEEN 1 AND 999),
    fee        NUMERIC(12,2) NOT NULL CHECK (fee >= 0),
    PRIMARY KEY (cms1500_id, position)
);
