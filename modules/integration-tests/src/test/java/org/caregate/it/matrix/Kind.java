package org.caregate.it.matrix;

/** The kinds of object an id names: one of each lives in every organization the matrices set up. */
public enum Kind {
    ORGANIZATION, PATIENT, PROVIDER, MEMBER, APPOINTMENT, APPOINTMENT_TYPE, APPOINTMENT_SETTING, CREDIT, AVAILABILITY,
    GROUP, TAG, LOCATION, API_KEY, WEBHOOK, SOLO_WEBHOOK, DELIVERY, PARTNER_ROOM, WAITING_ROOM, TELECONSULTATION,
    /** A form template (Healthie's CustomModuleForm). */
    FORM,
    /** A question of a form template (Healthie's CustomModule). */
    QUESTION,
    /** A filled-out form, a chart note here (Healthie's FormAnswerGroup). */
    FILLED_FORM,
    /** An onboarding flow (Healthie's OnboardingFlow). */
    ONBOARDING_FLOW,
    /** An item of an onboarding flow (Healthie's OnboardingItem). */
    ONBOARDING_ITEM,
    /** A document kept for a patient (Healthie's Document). */
    DOCUMENT,
    /** A folder documents are filed in (Healthie's Folder). */
    FOLDER,
    /** A file attached to a Solo appointment. */
    ATTACHMENT,
    /** A form completion request (Healthie's RequestedFormCompletion). */
    REQUESTED_COMPLETION,
    /** A form completion request's recurrence (Healthie's recurring form). */
    RECURRING_FORM,
    /** Solo's patient id: the EHR's id the patient was registered with (also its HSID). */
    EHR_PATIENT,
    /** Solo's patient id (SPID). */
    SOLO_PATIENT,
    /** An appointment booked over Solo's API. */
    SOLO_APPOINTMENT,
    /** The EHR's id of a Solo appointment. */
    EXTERNAL_APPOINTMENT,
    /** A building or department of virtual nursing. */
    NURSING_LOCATION,
    /** A care location (room or bed with its device) of virtual nursing. */
    CARE_LOCATION,
    /** An assistance request of virtual nursing. */
    ASSISTANCE_REQUEST,
    /** An episode of care of a Solo patient (a UUID). */
    EPISODE,
    /** An entry of the organization's catalogue of episode types. */
    EPISODE_TYPE,
    /** An encounter report ordered over Solo's API (a UUID). */
    ENCOUNTER_REPORT,
    /** A preset of encounter reports (a UUID). */
    REPORT_PRESET,
    /** A payment (Healthie's BillingItem). */
    BILLING_ITEM,
    /** A patient's card on file (Healthie's StripeCustomerDetail). */
    CARD,
    /** A package of the billing context (Healthie's Offering). */
    OFFERING,
    /** An insurance plan an organization accepts (Healthie's AcceptedInsurancePlan). */
    ACCEPTED_INSURANCE_PLAN,
    /** A superbill (Healthie's SuperBill). */
    SUPER_BILL,
    /** A CMS 1500 claim (Healthie's Cms1500). */
    CMS1500,
    /** An invoice (Healthie's RequestedPayment). */
    REQUESTED_PAYMENT,
    /**
     * Objects of contexts not built yet (conversations, programs, care plans): every id is
     * unknown, B's included.
     */
    NOT_YET_BUILT
}
