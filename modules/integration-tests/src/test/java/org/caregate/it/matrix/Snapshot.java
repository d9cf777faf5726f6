package org.caregate.it.matrix;

import static org.caregate.it.Api.data;
import static org.caregate.it.Api.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caregate.it.Api;

/**
 * What an organization's owner reads of its objects, and whether every member's and patient's key still works: taken
 * before and after the matrix, the two must be equal, or another organization changed, moved or destroyed
 * something. Fields that change by themselves (a failing webhook's state, delivery attempts) are left out.
 */
public final class Snapshot {

    private static final String READ = """
            query($o: ID, $patient: ID, $signedUp: ID, $provider: ID, $member: ID, $appointment: ID, $solo: ID,
                  $type: ID, $setting: ID, $availability: ID, $group: ID, $webhook: ID, $room: ID!) {
              organization(id: $o) { id name }
              patient: user(id: $patient) { ...person user_group_id active_tags { id name } locations { id name city }
                appointment_type_credits { id total_credits remaining_credits } }
              signedUp: user(id: $signedUp) { ...person }
              provider: user(id: $provider) { ...person org_role }
              member: user(id: $member) { ...person org_role }
              organizationMembers(page_size: 100) { id first_name last_name email active org_role }
              appointment(id: $appointment, include_deleted: true) { ...visit }
              soloAppointment: appointment(id: $solo, include_deleted: true) { ...visit }
              appointmentType(id: $type) { id name length clients_can_book user_group_id bookable_group_ids deleted }
              appointmentSetting(id: $setting) { id provider_id buffer calendar_interval allow_clients_to_cancel_appt }
              availability(id: $availability) { id day_of_week duration_string is_repeating range_start range_end }
              userGroup(id: $group) { id name users_count invite_code onboarding_flow_id }
              tags { id name }
              api_keys(page_size: 100) { id name revoked_at }
              webhook(id: $webhook) { id url event_types contract should_retry }
              partnerVideoRoom(uid: $room) { uid startTime timeZone displayName }
              waitingRooms { id name slot_duration provider_ids }
              waitingRoomLocations { waiting_room_id geolocation_id location_name }
            }
            fragment person on User { id first_name last_name email phone_number dob active dietitian_id updated_at }
            fragment visit on Appointment { id date pm_status contact_type location notes other_party_id user_id
              appointment_type_id deleted_at updated_at }""";

    /** The forms context's objects, apart: one query selects at most 20 fields at its top. */
    private static final String FORMS = """
            query($form: ID, $filled: ID, $flow: ID, $document: ID, $folder: ID) {
              customModuleForm(id: $form) { id name use_for_charting use_for_program is_archived
                custom_modules { id mod_type label options required hipaa_name position } }
              formAnswerGroup(id: $filled) { id finished locked_at signed_at updated_at form_answers { answer } }
              onboardingFlow(id: $flow) { id name user_group_ids
                onboarding_items { id item_type item_id display_name is_skippable row_order } }
              document(id: $document) { id display_name rel_user_id share_with_rel file_size folder_id }
              folder(id: $folder) { id name parent_folder_id documents_count folders_count }
              requestedFormCompletions { id status recurring_form_id recipient { id } custom_module_form { id } }
              customModuleTags(custom_module_form_id: $form) { custom_module_id tag }
            }""";

    /** Virtual nursing's objects, apart: one query selects at most 20 fields at its top. */
    private static final String NURSING = """
            query($careLocation: ID, $request: ID) {
              nursingLocations { id kind name }
              careLocation(id: $careLocation) { id name floor room bed device { serial_number type availability }
                patient { id } }
              assistanceRequest(id: $request) { id status assigned_to_id finished_at }
            }""";

    /** Payments' objects, apart: one query selects at most 20 fields at its top. */
    private static final String PAYMENTS = """
            query($item: ID, $patient: ID) {
              billingItem(id: $item) { id amount_paid currency state amount_refunded note deleted_at }
              user(id: $patient) { stripe_customer_details { id is_default last_four card_type_label } }
              billingSettings { currency }
            }""";

    /** Insurance and claims, apart: one query selects at most 20 fields at its top. */
    private static final String CLAIMS = """
            query($superBill: ID, $cms1500: ID) {
              insurancePlans(is_accepted: true) { id is_accepted }
              superBill(id: $superBill) { id amount_paid total_fee status provider_name patient_dob service_date
                appointment_id patient { id } icd_codes_super_bills { code } cpt_codes_super_bills { code units fee } }
              cms1500(id: $cms1500) { id amount_paid total_fee status service_location_id npi patient { id }
                cms1500_policies { insurance_plan { id } num } icd_codes_cms1500s { code }
                cpt_codes_cms1500s { code units fee } }
            }""";

    /** Invoices, apart: one query selects at most 20 fields at its top. */
    private static final String INVOICES = """
            query($invoice: ID) {
              requestedPayment(id: $invoice) { id price debt status invoice_id details notes is_manually_paid is_preview
                invoice_type recipient { id } sender { id } billing_items { id } }
              requestedPayments { id price status }
            }""";

    private final Map<String, String> readings;

    private Snapshot(Map<String, String> readings) {
        this.readings = readings;
    }

    /** The organization's objects as its owner reads them now. */
    public static Snapshot of(Tenant tenant) {
        Map<String, String> readings = new LinkedHashMap<>();
        readings.put("graphql", data(tenant.owner(), READ, Api.vars("o", tenant.object(Kind.ORGANIZATION),
                "patient", tenant.object(Kind.PATIENT), "signedUp", tenant.userId(Tenant.Role.PATIENT_SESSION),
                "provider", tenant.object(Kind.PROVIDER), "member", tenant.object(Kind.MEMBER),
                "appointment", tenant.object(Kind.APPOINTMENT), "solo", tenant.object(Kind.SOLO_APPOINTMENT),
                "type", tenant.object(Kind.APPOINTMENT_TYPE), "setting", tenant.object(Kind.APPOINTMENT_SETTING),
                "availability", tenant.object(Kind.AVAILABILITY), "group", tenant.object(Kind.GROUP),
                "webhook", tenant.object(Kind.WEBHOOK), "room", tenant.object(Kind.PARTNER_ROOM))).toString());
        readings.put("forms", data(tenant.owner(), FORMS, Api.vars("form", tenant.object(Kind.FORM),
                "filled", tenant.object(Kind.FILLED_FORM), "flow", tenant.object(Kind.ONBOARDING_FLOW),
                "document", tenant.object(Kind.DOCUMENT), "folder", tenant.object(Kind.FOLDER))).toString());
        readings.put("episodeTypes", data(tenant.owner(), "{ episodeTypes { id name } }", null).toString());
        readings.put("offerings", data(tenant.owner(), "{ offerings(status: \"archived\") { id } all: offerings { id name "
                + "price billing_frequency visibility_status archived updated_at offering_includes { quantity "
                + "appointment_type { id } } } }", null).toString());
        readings.put("nursing", data(tenant.owner(), NURSING, Api.vars("careLocation",
                tenant.object(Kind.CARE_LOCATION), "request", tenant.object(Kind.ASSISTANCE_REQUEST))).toString());
        readings.put("payments", data(tenant.owner(), PAYMENTS, Api.vars("item", tenant.object(Kind.BILLING_ITEM),
                "patient", tenant.object(Kind.PATIENT))).toString());
        readings.put("claims", data(tenant.owner(), CLAIMS, Api.vars("superBill", tenant.object(Kind.SUPER_BILL),
                "cms1500", tenant.object(Kind.CMS1500))).toString());
        readings.put("invoices", data(tenant.owner(), INVOICES, Api.vars("invoice",
                tenant.object(Kind.REQUESTED_PAYMENT))).toString());
        for (String path : List.of("/qapi/v1/patients/" + tenant.object(Kind.EHR_PATIENT),
                "/qapi/v1/appointments/" + tenant.object(Kind.SOLO_APPOINTMENT),
                "/qapi/v1/appointments/" + tenant.object(Kind.SOLO_APPOINTMENT) + "/attachments",
                "/qapi/v1/webhooks/" + tenant.object(Kind.SOLO_WEBHOOK),
                "/qapi/v1/episodes/" + tenant.object(Kind.EPISODE) + "/appointments",
                "/teleconsultation/" + tenant.object(Kind.TELECONSULTATION),
                "/qapi/v1/encounter-report/status/" + tenant.object(Kind.ENCOUNTER_REPORT),
                "/qapi/v1/encounter-report/presets")) {
            // a teleconsultation room shows itself to its participants only: the provider is one
            var response = rest("GET", path, tenant.key(path.startsWith("/teleconsultation") ? Tenant.Role.PROVIDER
                    : Tenant.Role.OWNER), null);
            readings.put(path, response.statusCode() + " " + response.body().replaceAll("\"(active|status)\":[^,}]*", ""));
        }
        for (Tenant.Role role : Tenant.Role.values()) {
            if (role != Tenant.Role.ANONYMOUS) {
                readings.put("key of " + role.label(), Integer.toString(Api.graphqlResponse(tenant.key(role),
                        "{ user(or_current_user: true) { id } }", null).statusCode()));
            }
        }
        return new Snapshot(readings);
    }

    /** What differs from {@code before}, one line per reading. */
    public List<String> changesSince(Snapshot before) {
        List<String> changes = new ArrayList<>();
        before.readings.forEach((what, was) -> {
            String now = readings.get(what);
            if (!Objects.equals(was, now)) {
                changes.add(what + ":\n  before " + was + "\n  after  " + now);
            }
        });
        return changes;
    }
}
