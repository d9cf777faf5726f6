package org.caregate.web.billing.claims;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.function.Function;
import org.caregate.billing.api.claims.ClaimSearch;
import org.caregate.billing.api.claims.ClaimsFacade;
import org.caregate.billing.api.claims.Cms1500Request;
import org.caregate.billing.api.claims.CodeLines;
import org.caregate.billing.api.claims.SuperBillRequest;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.identity.UserNode;
import org.caregate.web.identity.UserNodes;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Seed 001 "Superbills" and "CMS1500s": listing, reading, creating, updating and deleting them, with their ICD-10-CM
 * and CPT code lines and computed totals. Providers and staff read and write their organization's; a patient reads
 * only their own superbills and no CMS 1500.
 */
@GraphQLApi
@ApplicationScoped
public class ClaimsGraphQlApi {

    @EJB
    ClaimsFacade claims;

    @Inject
    UserNodes people;

    @Inject
    CurrentCaller caller;

    @Query("superBills")
    @Description("The organization's superbills (a patient's own for a patient), newest first: keywords (status, "
            + "patient or provider name), client_id, provider_id, status (Unpaid, Partially Paid, Paid), sort_by "
            + "(created_at_desc, created_at_asc, service_date_desc, service_date_asc). At most 1000.")
    public List<SuperBillNode> superBills(@Name("keywords") String keywords, @Name("sort_by") String sortBy,
                                          @Id @Name("provider_id") String providerId,
                                          @Id @Name("client_id") String clientId, @Name("status") String status) {
        return GraphQlErrors.query(() -> claims.superBills(caller.get(), new ClaimSearch(keywords, sortBy,
                providerId, clientId, status)).stream().map(SuperBillNode::of).toList());
    }

    @Query("superBill")
    @Description("One superbill by id (a patient's own for a patient).")
    public SuperBillNode superBill(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> SuperBillNode.of(claims.superBill(caller.get(), id)));
    }

    @Mutation("createSuperBill")
    @Description("Writes a superbill for the organization's patient (patient_id, patient_dob), provider "
            + "(dietetitian_id, provider_name) and service_date (YYYY-MM-DD), with ICD-10-CM and CPT code lines, "
            + "receipt lines, amount_paid (a decimal string; the receipt's sum when left out) and an optional "
            + "appointment_id of the patient. Providers and staff.")
    public SuperBillPayload createSuperBill(@Name("input") CreateSuperBillInput input) {
        CreateSuperBillInput in = input != null ? input : new CreateSuperBillInput();
        return GraphQlErrors.mutation(() -> new SuperBillPayload(SuperBillNode.of(claims.createSuperBill(
                caller.get(), in.request())), null), messages -> new SuperBillPayload(null, messages));
    }

    @Mutation("updateSuperBill")
    @Description("Changes a superbill: fields left out stay; a code line list given replaces the old one. "
            + "should_email_to_client is accepted; Caregate sends no superbill email yet. Providers and staff.")
    public UpdateSuperBillPayload updateSuperBill(@Name("input") UpdateSuperBillInput input) {
        UpdateSuperBillInput in = input != null ? input : new UpdateSuperBillInput();
        return GraphQlErrors.mutation(() -> new UpdateSuperBillPayload(SuperBillNode.of(claims.updateSuperBill(
                caller.get(), in.id, in.request())), null), messages -> new UpdateSuperBillPayload(null, messages));
    }

    @Mutation("deleteSuperBill")
    @Description("Deletes a superbill; answers it as it was. Providers and staff.")
    public DeleteSuperBillPayload deleteSuperBill(@Name("input") DeleteSuperBillInput input) {
        DeleteSuperBillInput in = input != null ? input : new DeleteSuperBillInput();
        return GraphQlErrors.mutation(() -> new DeleteSuperBillPayload(SuperBillNode.of(claims.deleteSuperBill(
                caller.get(), in.id)), null), messages -> new DeleteSuperBillPayload(null, messages));
    }

    @Query("cms1500s")
    @Description("The organization's CMS 1500 claims, newest first: keywords (status, patient or provider name, "
            + "payer name or id), status (Unpaid, Partially Paid, Paid), client_id, provider_id, sort_by "
            + "(created_at_desc, created_at_asc). At most 1000. Providers and staff.")
    public List<Cms1500Node> cms1500s(@Name("keywords") String keywords, @Name("sort_by") String sortBy,
                                      @Name("status") String status, @Id @Name("client_id") String clientId,
                                      @Id @Name("provider_id") String providerId) {
        return GraphQlErrors.query(() -> claims.cms1500s(caller.get(), new ClaimSearch(keywords, sortBy, providerId,
                clientId, status)).stream().map(Cms1500Node::of).toList());
    }

    @Query("cms1500")
    @Description("One CMS 1500 claim by id. Providers and staff.")
    public Cms1500Node cms1500(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> Cms1500Node.of(claims.cms1500(caller.get(), id)));
    }

    @Mutation("createCms1500")
    @Description("Writes a CMS 1500 claim: patient (PatientInput with its LocationInput address), dietitian "
            + "(DietitianInput: the provider, optionally their NPI), service_location_id, cms1500_policies (plans of "
            + "the catalogue; may be empty), ICD-10-CM and CPT code lines, amount_paid, client_sig_on_file, an "
            + "optional appointment_id of the patient. Raises cms1500.created. Providers and staff.")
    public Cms1500Payload createCms1500(@Name("input") CreateCms1500Input input) {
        CreateCms1500Input in = input != null ? input : new CreateCms1500Input();
        return GraphQlErrors.mutation(() -> new Cms1500Payload(Cms1500Node.of(claims.createCms1500(caller.get(),
                in.request())), null), messages -> new Cms1500Payload(null, messages));
    }

    @Mutation("updateCms1500")
    @Description("Changes a CMS 1500: fields left out stay; a list given replaces the old one. Raises "
            + "cms1500.updated. Providers and staff.")
    public UpdateCms1500Payload updateCms1500(@Name("input") UpdateCms1500Input input) {
        UpdateCms1500Input in = input != null ? input : new UpdateCms1500Input();
        return GraphQlErrors.mutation(() -> new UpdateCms1500Payload(Cms1500Node.of(claims.updateCms1500(
                caller.get(), in.id, in.request())), null), messages -> new UpdateCms1500Payload(null, messages));
    }

    @Mutation("deleteCms1500")
    @Description("Deletes a CMS 1500; answers it as it was. Raises cms1500.deleted. Providers and staff.")
    public DeleteCms1500Payload deleteCms1500(@Name("input") DeleteCms1500Input input) {
        DeleteCms1500Input in = input != null ? input : new DeleteCms1500Input();
        return GraphQlErrors.mutation(() -> new DeleteCms1500Payload(Cms1500Node.of(claims.deleteCms1500(
                caller.get(), in.id)), null), messages -> new DeleteCms1500Payload(null, messages));
    }

    @Name("patient")
    @Description("The patient the superbill is for.")
    public List<UserNode> superBillPatient(@Source List<SuperBillNode> list) {
        return GraphQlErrors.query(() -> people.of(list, SuperBillNode::patientId));
    }

    @Name("provider")
    @Description("The provider who gave the service.")
    public List<UserNode> superBillProvider(@Source List<SuperBillNode> list) {
        return GraphQlErrors.query(() -> people.of(list, SuperBillNode::providerId));
    }

    @Name("patient")
    @Description("The patient billed.")
    public List<UserNode> cms1500Patient(@Source List<Cms1500Node> list) {
        return GraphQlErrors.query(() -> people.of(list, Cms1500Node::patientId));
    }

    @Name("provider")
    @Description("The rendering provider.")
    public List<UserNode> cms1500Provider(@Source List<Cms1500Node> list) {
        return GraphQlErrors.query(() -> people.of(list, Cms1500Node::providerId));
    }

    private static <T, R> List<R> mapped(List<T> list, Function<T, R> each) {
        return list == null ? null : list.stream().map(item -> item == null ? null : each.apply(item)).toList();
    }

    // ---- inputs: names and types as seed 001 declares them

    /** {@code IcdCodesSuperBillInput}: a diagnosis line by its ICD-10-CM code. */
    @Input("IcdCodesSuperBillInput")
    public static class IcdCodesSuperBillInput {
        @Name("code") @JsonbProperty("code") public String code;
    }

    /** {@code CptCodesSuperBillInput}: a procedure line. */
    @Input("CptCodesSuperBillInput")
    public static class CptCodesSuperBillInput {
        @Name("code") @JsonbProperty("code") public String code;
        @Name("modifier") @JsonbProperty("modifier") public String modifier;
        @Name("units") @JsonbProperty("units") public Integer units;
        @Name("fee") @JsonbProperty("fee") public String fee;
    }

    /** {@code ReceiptLineItemInput}: a payment on the receipt. */
    @Input("ReceiptLineItemInput")
    public static class ReceiptLineItemInput {
        @Name("description") @JsonbProperty("description") public String description;
        @Name("amount") @JsonbProperty("amount") public String amount;
        @Name("date") @JsonbProperty("date") public String date;
    }

    /** What {@code createSuperBill} and {@code updateSuperBill} share. */
    public abstract static class SuperBillFields {
        @Id @Name("patient_id") public String patientId;
        @Name("patient_dob") public String patientDob;
        @Id @Name("dietetitian_id") public String dietetitianId;
        @Name("provider_name") public String providerName;
        @Name("service_date") public String serviceDate;
        @Name("amount_paid") public String amountPaid;
        @Name("status") public String status;
        @Id @Name("appointment_id") public String appointmentId;
        @Name("icd_codes_super_bills") public List<IcdCodesSuperBillInput> icdCodes;
        @Name("cpt_codes_super_bills") public List<CptCodesSuperBillInput> cptCodes;
        @Name("receipt_line_items") public List<ReceiptLineItemInput> receiptLineItems;

        SuperBillRequest request() {
            return new SuperBillRequest(patientId, patientDob, dietetitianId, providerName, serviceDate, amountPaid,
                    status, appointmentId, mapped(icdCodes, l -> new CodeLines.Icd(l.code)),
                    mapped(cptCodes, l -> new CodeLines.Cpt(l.code, l.modifier, l.units, l.fee)),
                    mapped(receiptLineItems, l -> new CodeLines.Receipt(l.description, l.amount, l.date)));
        }
    }

    /** {@code createSuperBill(input: createSuperBillInput)}. */
    @Input("createSuperBillInput")
    public static class CreateSuperBillInput extends SuperBillFields {
    }

    /** {@code updateSuperBill(input: updateSuperBillInput)}. */
    @Input("updateSuperBillInput")
    public static class UpdateSuperBillInput extends SuperBillFields {
        @Id @Name("id") public String id;
        @Name("should_email_to_client") public Boolean shouldEmailToClient;
    }

    /** {@code deleteSuperBill(input: deleteSuperBillInput)}. */
    @Input("deleteSuperBillInput")
    public static class DeleteSuperBillInput {
        @Id @Name("id") public String id;
    }

    /** {@code LocationInput}: the patient's address on a CMS 1500. */
    @Input("LocationInput")
    public static class LocationInput {
        @Name("line1") @JsonbProperty("line1") public String line1;
        @Name("line2") @JsonbProperty("line2") public String line2;
        @Name("city") @JsonbProperty("city") public String city;
        @Name("state") @JsonbProperty("state") public String state;
        @Name("zip") @JsonbProperty("zip") public String zip;
        @Name("country") @JsonbProperty("country") public String country;
    }

    /** {@code PatientInput}: the patient billed, with their address. */
    @Input("PatientInput")
    public static class PatientInput {
        @Id @Name("id") @JsonbProperty("id") public String id;
        @Name("first_name") @JsonbProperty("first_name") public String firstName;
        @Name("last_name") @JsonbProperty("last_name") public String lastName;
        @Name("dob") @JsonbProperty("dob") public String dob;
        @Name("gender") @JsonbProperty("gender") public String gender;
        @Name("location") @JsonbProperty("location") public LocationInput location;
    }

    /** {@code DietitianInput}: the rendering provider. */
    @Input("DietitianInput")
    public static class DietitianInput {
        @Id @Name("id") @JsonbProperty("id") public String id;
        @Name("npi") @JsonbProperty("npi") public String npi;
    }

    /** {@code Cms1500PolicyInput}: a policy the claim is billed to. */
    @Input("Cms1500PolicyInput")
    public static class Cms1500PolicyInput {
        @Id @Name("insurance_plan_id") @JsonbProperty("insurance_plan_id") public String insurancePlanId;
        @Name("priority_type") @JsonbProperty("priority_type") public String priorityType;
        @Name("num") @JsonbProperty("num") public String num;
        @Name("group_num") @JsonbProperty("group_num") public String groupNum;
    }

    /** {@code IcdCodesCms1500Input}: a diagnosis line by its ICD-10-CM code. */
    @Input("IcdCodesCms1500Input")
    public static class IcdCodesCms1500Input {
        @Name("code") @JsonbProperty("code") public String code;
    }

    /** {@code CptCodesCms1500Input}: a procedure line. */
    @Input("CptCodesCms1500Input")
    public static class CptCodesCms1500Input {
        @Name("code") @JsonbProperty("code") public String code;
        @Name("modifier") @JsonbProperty("modifier") public String modifier;
        @Name("units") @JsonbProperty("units") public Integer units;
        @Name("fee") @JsonbProperty("fee") public String fee;
    }

    /** What {@code createCms1500} and {@code updateCms1500} share. */
    public abstract static class Cms1500Fields {
        @Name("patient") public PatientInput patient;
        @Name("dietitian") public DietitianInput dietitian;
        @Name("service_location_id") public String serviceLocationId;
        @Name("amount_paid") public String amountPaid;
        @Name("cms1500_policies") public List<@NonNull Cms1500PolicyInput> policies;
        @Name("icd_codes_cms1500s") public List<@NonNull IcdCodesCms1500Input> icdCodes;
        @Name("cpt_codes_cms1500s") public List<@NonNull CptCodesCms1500Input> cptCodes;
        @Name("client_sig_on_file") public Boolean clientSigOnFile;
        @Id @Name("appointment_id") public String appointmentId;

        Cms1500Request request() {
            Cms1500Request.ClaimPatient claimPatient = patient == null ? null : new Cms1500Request.ClaimPatient(
                    patient.id, patient.firstName, patient.lastName, patient.dob, patient.gender,
                    patient.location == null ? null : new Cms1500Request.ClaimAddress(patient.location.line1,
                            patient.location.line2, patient.location.city, patient.location.state,
                            patient.location.zip, patient.location.country));
            return new Cms1500Request(claimPatient, dietitian == null ? null
                    : new Cms1500Request.ClaimProvider(dietitian.id, dietitian.npi), serviceLocationId, amountPaid,
                    clientSigOnFile, appointmentId,
                    mapped(policies, p -> new CodeLines.Policy(p.insurancePlanId, p.priorityType, p.num, p.groupNum)),
                    mapped(icdCodes, l -> new CodeLines.Icd(l.code)),
                    mapped(cptCodes, l -> new CodeLines.Cpt(l.code, l.modifier, l.units, l.fee)));
        }
    }

    /** {@code createCms1500(input: createCms1500Input)}. */
    @Input("createCms1500Input")
    public static class CreateCms1500Input extends Cms1500Fields {
    }

    /** {@code updateCms1500(input: updateCms1500Input)}. */
    @Input("updateCms1500Input")
    public static class UpdateCms1500Input extends Cms1500Fields {
        @Id @Name("id") public String id;
    }

    /** {@code deleteCms1500(input: deleteCms1500Input)}. */
    @Input("deleteCms1500Input")
    public static class DeleteCms1500Input {
        @Id @Name("id") public String id;
    }

    /** What {@code createSuperBill} returns. */
    @Name("createSuperBillPayload")
    public record SuperBillPayload(@Name("superBill") SuperBillNode superBill,
                                   @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateSuperBill} returns. */
    @Name("updateSuperBillPayload")
    public record UpdateSuperBillPayload(@Name("superBill") SuperBillNode superBill,
                                         @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteSuperBill} returns: the superbill as it was. */
    @Name("deleteSuperBillPayload")
    public record DeleteSuperBillPayload(@Name("superBill") SuperBillNode superBill,
                                         @Name("messages") List<FieldError> messages) {
    }

    /** What {@code createCms1500} returns. */
    @Name("createCms1500Payload")
    public record Cms1500Payload(@Name("cms1500") Cms1500Node cms1500, @Name("messages") List<FieldError> messages) {
    }

    /** What {@code updateCms1500} returns. */
    @Name("updateCms1500Payload")
    public record UpdateCms1500Payload(@Name("cms1500") Cms1500Node cms1500,
                                       @Name("messages") List<FieldError> messages) {
    }

    /** What {@code deleteCms1500} returns: the claim as it was. */
    @Name("deleteCms1500Payload")
    public record DeleteCms1500Payload(@Name("cms1500") Cms1500Node cms1500,
                                       @Name("messages") List<FieldError> messages) {
    }
}
