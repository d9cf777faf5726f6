package org.caregate.it.matrix;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which kind of object an id parameter names. Names say it mostly ({@code appointment_type_id}, {@code user_group_id});
 * a bare {@code id} names the object its operation or input type is about ({@code updateTag(input: {id})} a tag);
 * the tables below decide where a name is ambiguous, where an id hides behind another name, and which id-like names
 * are no object of Caregate's. An id parameter none of this knows fails the matrix: the new operation needs a mapping.
 */
public final class IdNames {

    private static final Pattern ID_LIKE = Pattern.compile("id|ids|uid|.*_ids?|.*[a-z]Ids?");

    /** Ids that are named otherwise: {@code createAppointment(input: {providers: "3,4"})}. */
    private static final Map<String, Kind> NAMED_OTHERWISE = Map.of(
            "createAppointment.providers", Kind.PROVIDER,
            "deleteUserGroup.group_to_receive_clients", Kind.GROUP,
            "copyCustomModuleForm.id_list", Kind.FORM,
            "createOnboardingFlow.groups_to_use_onboarding_flow", Kind.GROUP,
            "updateOnboardingFlow.groups_to_use_onboarding_flow", Kind.GROUP,
            "deleteOnboardingFlow.flow_to_receive_groups", Kind.ONBOARDING_FLOW,
            "createRequestedFormCompletion.form", Kind.FORM);

    /** Where the name alone is ambiguous: the owner (operation or input type) and the name decide. */
    private static final Map<String, Kind> AMBIGUOUS = Map.ofEntries(
            Map.entry("bulkUpdateClients.ids", Kind.PATIENT),
            Map.entry("bulkApply.ids", Kind.TAG),
            Map.entry("removeAppliedTag.id", Kind.TAG),
            Map.entry("startAssistanceSession.id", Kind.ASSISTANCE_REQUEST),
            Map.entry("AppointmentTypeCreditInput.id", Kind.CREDIT),
            Map.entry("createApiKey.user_id", Kind.MEMBER),
            Map.entry("copyCustomModuleForm.user_id", Kind.MEMBER),
            Map.entry("updateOnboardingItem.item_id", Kind.FORM),
            Map.entry("availabilities.user_id", Kind.PROVIDER),
            Map.entry("formAnswerGroups.filler_id", Kind.PROVIDER),
            Map.entry("createAvailability.user_id", Kind.PROVIDER),
            Map.entry("updateOrganizationMembership.id", Kind.MEMBER),
            Map.entry("document.custom_module_id", Kind.NOT_YET_BUILT),
            Map.entry("deleteOrganizationMembership.id", Kind.MEMBER),
            Map.entry("/qapi/v1/webhooks/{webhookId}.webhookId", Kind.SOLO_WEBHOOK),
            Map.entry("createBillingItem.recipient_id", Kind.PROVIDER),
            Map.entry("updateBillingItem.recipient_id", Kind.PROVIDER),
            Map.entry("createSuperBill.patient_id", Kind.PATIENT),
            Map.entry("updateSuperBill.patient_id", Kind.PATIENT),
            Map.entry("createSuperBill.dietetitian_id", Kind.PROVIDER),
            Map.entry("updateSuperBill.dietetitian_id", Kind.PROVIDER),
            Map.entry("createSuperBill.appointment_id", Kind.APPOINTMENT),
            Map.entry("updateSuperBill.appointment_id", Kind.APPOINTMENT),
            Map.entry("createCms1500.appointment_id", Kind.APPOINTMENT),
            Map.entry("updateCms1500.appointment_id", Kind.APPOINTMENT),
            Map.entry("superBills.client_id", Kind.PATIENT),
            Map.entry("cms1500s.client_id", Kind.PATIENT),
            Map.entry("PatientInput.id", Kind.PATIENT),
            Map.entry("DietitianInput.id", Kind.PROVIDER),
            Map.entry("deleteAcceptedInsurancePlan.id", Kind.ACCEPTED_INSURANCE_PLAN),
            Map.entry("requestedPayments.sender_id", Kind.PROVIDER),
            Map.entry("createRequestedPayment.sender_id", Kind.PROVIDER),
            Map.entry("updateRequestedPayment.sender_id", Kind.PROVIDER));

    /** Id-like names that are not Caregate's objects, with the reason. */
    private static final Map<String, String> NOT_OURS = Map.ofEntries(
            Map.entry("tax_id",
                    "an organization's tax number"),
            Map.entry("partnerCustomerId",
                    "BetterPT's own customer id, stored as given"),
            Map.entry("external_id",
                    "the EHR's id of an appointment, stored as given"),
            Map.entry("device_client_id",
                    "a nursing device's client id with its video platform, stored as given"),
            Map.entry("token",
                    "a visit link's token: the credential for that one visit itself (ADR 11), not a reference"),
            Map.entry("geolocation_id",
                    "the EHR's id of a location a waiting room is mapped to, stored as given (ADR 25)"),
            Map.entry("purchase_id",
                    "a package purchase's own key, chosen by the payment step: grants once per key"),
            Map.entry("insurance_plan_id",
                    "a plan of the insurance catalogue shipped with Caregate, the same for everyone"),
            Map.entry("insurance_plan_ids",
                    "plans of the insurance catalogue shipped with Caregate, the same for everyone"),
            Map.entry("insurancePlans.ids",
                    "plans of the insurance catalogue shipped with Caregate, the same for everyone"),
            Map.entry("requestedPayment.invoice_id",
                    "an invoice's number, which finds it only together with its payer's uuid"),
            Map.entry("service_location_id",
                    "a CMS 1500's place of service, stored on the claim as given"));

    /** Name endings, in order: the first that matches decides. */
    private static final List<Map.Entry<Pattern, Kind>> BY_NAME = List.of(
            Map.entry(Pattern.compile("(user|taggable_user|attendee|recipient)_ids?"), Kind.PATIENT),
            Map.entry(Pattern.compile("(rel_user|private_user|viewable_user|consolidated_user)_id"), Kind.PATIENT),
            Map.entry(Pattern.compile("(provider|dietitian|other_party|additional_provider)_ids?"), Kind.PROVIDER),
            Map.entry(Pattern.compile("(appointment_type|appt_type)_ids?"), Kind.APPOINTMENT_TYPE),
            Map.entry(Pattern.compile("(user_group|group|bookable_group)_ids?"), Kind.GROUP),
            Map.entry(Pattern.compile("(appointment_to_reschedule|current_appt|recurring_appt)_id"), Kind.APPOINTMENT),
            Map.entry(Pattern.compile("(organization|parent)_id"), Kind.ORGANIZATION),
            Map.entry(Pattern.compile("webhook_id|webhookId"), Kind.WEBHOOK),
            Map.entry(Pattern.compile("delivery_id"), Kind.DELIVERY),
            Map.entry(Pattern.compile("uid"), Kind.PARTNER_ROOM),
            Map.entry(Pattern.compile("custom_module_form_id"), Kind.FORM),
            Map.entry(Pattern.compile("custom_module_ids?"), Kind.QUESTION),
            Map.entry(Pattern.compile("nursing_location_id"), Kind.NURSING_LOCATION),
            Map.entry(Pattern.compile("care_location_id"), Kind.CARE_LOCATION),
            Map.entry(Pattern.compile("onboarding_flow_id"), Kind.ONBOARDING_FLOW),
            Map.entry(Pattern.compile("onboarding_item_id"), Kind.ONBOARDING_ITEM),
            Map.entry(Pattern.compile("requested_form_completion_id"), Kind.REQUESTED_COMPLETION),
            Map.entry(Pattern.compile("recurringFormId|recurring_form_id"), Kind.RECURRING_FORM),
            Map.entry(Pattern.compile("conversation_id"), Kind.NOT_YET_BUILT),
            Map.entry(Pattern.compile("(parent_)?folder_id"), Kind.FOLDER),
            Map.entry(Pattern.compile("course_id|care_plan_id"), Kind.NOT_YET_BUILT),
            Map.entry(Pattern.compile("patient_id|hsid"), Kind.EHR_PATIENT),
            Map.entry(Pattern.compile("solo_patient_id"), Kind.SOLO_PATIENT),
            Map.entry(Pattern.compile("(solo_)?appointment_id"), Kind.SOLO_APPOINTMENT),
            Map.entry(Pattern.compile("external_appointment_id"), Kind.EXTERNAL_APPOINTMENT),
            Map.entry(Pattern.compile("episode_id"), Kind.EPISODE),
            Map.entry(Pattern.compile("roomId"), Kind.TELECONSULTATION),
            Map.entry(Pattern.compile("attachmentId"), Kind.ATTACHMENT),
            Map.entry(Pattern.compile("reportId"), Kind.ENCOUNTER_REPORT),
            Map.entry(Pattern.compile("presetId"), Kind.REPORT_PRESET),
            Map.entry(Pattern.compile("waiting_room_id"), Kind.WAITING_ROOM),
            Map.entry(Pattern.compile("sender_id"), Kind.PATIENT),
            Map.entry(Pattern.compile("stripe_customer_detail_id"), Kind.CARD),
            Map.entry(Pattern.compile("requested_payment_id"), Kind.REQUESTED_PAYMENT),
            Map.entry(Pattern.compile("cms1500_id"), Kind.CMS1500),
            // package selections and promo codes: not built yet (docs/billing.md)
            Map.entry(Pattern.compile("user_package_selection_id|offering_coupon_id"), Kind.NOT_YET_BUILT),
            Map.entry(Pattern.compile("offering_ids?"), Kind.OFFERING),
            Map.entry(Pattern.compile("offering_user_group_id"), Kind.GROUP),
            Map.entry(Pattern.compile("course_ids"), Kind.NOT_YET_BUILT));

    /** What a bare {@code id} names, by the operation's (or input type's) subject, in order. */
    private static final List<Map.Entry<String, Kind>> BY_SUBJECT = List.of(
            Map.entry("appointmenttypecredit", Kind.CREDIT),
            Map.entry("billingitem", Kind.BILLING_ITEM),
            Map.entry("appointmenttype", Kind.APPOINTMENT_TYPE),
            Map.entry("appointmentsetting", Kind.APPOINTMENT_SETTING),
            Map.entry("appointment", Kind.APPOINTMENT),
            Map.entry("availability", Kind.AVAILABILITY),
            Map.entry("usergroup", Kind.GROUP),
            Map.entry("group", Kind.GROUP),
            Map.entry("carelocation", Kind.CARE_LOCATION),
            Map.entry("assistancerequest", Kind.ASSISTANCE_REQUEST),
            Map.entry("appliedtag", Kind.TAG),
            Map.entry("tag", Kind.TAG),
            Map.entry("location", Kind.LOCATION),
            Map.entry("apikey", Kind.API_KEY),
            Map.entry("webhookdelivery", Kind.DELIVERY),
            Map.entry("webhook", Kind.WEBHOOK),
            Map.entry("partnervideoroom", Kind.PARTNER_ROOM),
            Map.entry("waitingroom", Kind.WAITING_ROOM),
            Map.entry("formanswergroup", Kind.FILLED_FORM),
            Map.entry("episodeofcare", Kind.EPISODE),
            Map.entry("episodetype", Kind.EPISODE_TYPE),
            Map.entry("requestedformcompletion", Kind.REQUESTED_COMPLETION),
            Map.entry("custommoduleform", Kind.FORM),
            Map.entry("custommodule", Kind.QUESTION),
            Map.entry("onboardingflow", Kind.ONBOARDING_FLOW),
            Map.entry("onboardingitem", Kind.ONBOARDING_ITEM),
            Map.entry("document", Kind.DOCUMENT),
            Map.entry("folder", Kind.FOLDER),
            Map.entry("reportpreset", Kind.REPORT_PRESET),
            Map.entry("superbill", Kind.SUPER_BILL),
            Map.entry("cms1500", Kind.CMS1500),
            Map.entry("organizationmembership", Kind.MEMBER),
            Map.entry("organization", Kind.ORGANIZATION),
            Map.entry("client", Kind.PATIENT),
            Map.entry("user", Kind.PATIENT),
            Map.entry("offering", Kind.OFFERING),
            Map.entry("requestedpayment", Kind.REQUESTED_PAYMENT));

    private static final Pattern VERB = Pattern.compile(
            "^(create|update|delete|edit|cancel|reschedule|revoke|replay|remove|bulk|get|set|copy|reorder|lock|sign|accept"
                    + "|finish|share)+");

    private IdNames() {
    }

    /** Whether a parameter of this name (of this operation) carries an object id. */
    public static boolean isId(String operation, String name) {
        return ID_LIKE.matcher(name).matches() || NAMED_OTHERWISE.containsKey(operation + "." + name);
    }

    /**
     * The kind of object the id parameter {@code name} names, or empty when it is none of Caregate's objects; fails
     * when nothing here knows it.
     *
     * @param operation the GraphQL field or REST path the parameter belongs to
     * @param owner     the input type the parameter is a field of, when nested deeper than the operation's input
     */
    public static Optional<Kind> kindOf(String operation, String owner, String name) {
        for (String qualified : List.of(operation + "." + name, owner + "." + name)) {
            if (NAMED_OTHERWISE.containsKey(qualified)) {
                return Optional.of(NAMED_OTHERWISE.get(qualified));
            }
            if (AMBIGUOUS.containsKey(qualified)) {
                return Optional.of(AMBIGUOUS.get(qualified));
            }
            if (NOT_OURS.containsKey(qualified)) {
                return Optional.empty();
            }
        }
        if (NOT_OURS.containsKey(name)) {
            return Optional.empty();
        }
        for (Map.Entry<Pattern, Kind> byName : BY_NAME) {
            if (byName.getKey().matcher(name).matches()) {
                return Optional.of(byName.getValue());
            }
        }
        if (name.equals("id") || name.equals("ids")) {
            String subject = VERB.matcher(operation.toLowerCase(Locale.ROOT)).replaceFirst("");
            for (Map.Entry<String, Kind> bySubject : BY_SUBJECT) {
                if (subject.startsWith(bySubject.getKey())) {
                    return Optional.of(bySubject.getValue());
                }
            }
        }
        throw new AssertionError("add a mapping for " + operation + "(" + name + ") to IdNames: which kind of object "
                + "does it name?");
    }
}
