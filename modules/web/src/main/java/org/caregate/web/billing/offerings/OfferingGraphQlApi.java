package org.caregate.web.billing.offerings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.caregate.billing.api.OfferingChanges.IncludeChange;
import org.caregate.billing.api.OfferingChanges;
import org.caregate.billing.api.OfferingFacade;
import org.caregate.billing.api.OfferingQuery;
import org.caregate.billing.api.OfferingView;
import org.caregate.billing.api.PackageCredits;
import org.caregate.kernel.input.Inputs;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/** Healthie's Packages (seed 001 "Packages"): arguments and input types exactly as the seed's examples declare them. */
@GraphQLApi
@ApplicationScoped
public class OfferingGraphQlApi {

    @EJB
    OfferingFacade offerings;

    @Inject
    CurrentCaller caller;

    @Query("offering")
    @Description("A package of the caller's organization; a patient sees only those offered to them.")
    public OfferingNode offering(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> OfferingNode.of(offerings.offering(caller.get(), id("id", id))));
    }

    @Query("offerings")
    @Description("The organization's packages (a patient: those offered to them); should_paginate pages by 10.")
    public List<OfferingNode> offerings(@Name("offset") Integer offset,
                                        @Name("should_paginate") Boolean shouldPaginate,
                                        @Name("keywords") String keywords,
                                        @Name("sort_by") String sortBy,
                                        @Id @Name("provider_id") String providerId,
                                        @Id @Name("offering_id") String offeringId,
                                        @Id @Name("offering_ids") List<String> offeringIds,
                                        @Name("only_client_visible") Boolean onlyClientVisible,
                                        @Name("status") String status,
                                        @Name("client_visibility") String clientVisibility,
                                        @Id @Name("offering_user_group_id") String offeringUserGroupId,
                                        @Name("show_only_visible") Boolean showOnlyVisible) {
        return GraphQlErrors.query(() -> offerings.offerings(caller.get(), new OfferingQuery(offset, shouldPaginate,
                        keywords, sortBy, providerId, offeringId, offeringIds, onlyClientVisible, status, clientVisibility,
                        offeringUserGroupId, showOnlyVisible)).stream().map(OfferingNode::of).toList());
    }

    @Mutation("createOffering")
    @Description("Creates a package priced in the organization's currency; providers and staff.")
    public OfferingPayload createOffering(@Name("input") CreateOfferingInput input) {
        CreateOfferingInput in = input != null ? input : new CreateOfferingInput();
        return GraphQlErrors.mutation(() -> OfferingPayload.of(offerings.createOffering(caller.get(), in.changes(null))),
                OfferingPayload::refused);
    }

    @Mutation("updateOffering")
    @Description("Changes a package: the fields sent (offering_includes, when sent, replace the list); archived archives.")
    public UpdateOfferingPayload updateOffering(@Name("input") UpdateOfferingInput input) {
        UpdateOfferingInput in = input != null ? input : new UpdateOfferingInput();
        return GraphQlErrors.mutation(() -> new UpdateOfferingPayload(OfferingNode.of(offerings.updateOffering(
                caller.get(), id("id", in.id), in.changes(in.archived))), null), UpdateOfferingPayload::refused);
    }

    @Mutation("copyOffering")
    @Description("Copies a package: an independent copy named \"Copy of ...\", hidden until published.")
    public CopyOfferingPayload copyOffering(@Name("input") OfferingIdInput input) {
        String id = input != null ? input.id : null;
        return GraphQlErrors.mutation(() -> new CopyOfferingPayload(OfferingNode.of(offerings.copyOffering(caller.get(),
                id("id", id))), null), CopyOfferingPayload::refused);
    }

    @Mutation("deleteOffering")
    @Description("Deletes a package (softly: no longer listed or found; credits granted stay).")
    public DeleteOfferingPayload deleteOffering(@Name("input") DeleteOfferingInput input) {
        String id = input != null ? input.id : null;
        return GraphQlErrors.mutation(() -> new DeleteOfferingPayload(OfferingNode.of(offerings.deleteOffering(
                caller.get(), id("id", id))), null), DeleteOfferingPayload::refused);
    }

    @Mutation("grantOfferingCredits")
    @Description("Caregate addition: grants a package's appointment-type credits to a patient, once per purchase_id "
            + "(the payment step's purchase; a retry grants nothing more). Providers and staff.")
    public GrantOfferingCreditsPayload grantOfferingCredits(@Name("input") GrantOfferingCreditsInput input) {
        GrantOfferingCreditsInput in = input != null ? input : new GrantOfferingCreditsInput();
        return GraphQlErrors.mutation(() -> {
            Inputs inputs = new Inputs();
            Long offering = inputs.requiredId("offering_id", in.offeringId);
            Long user = inputs.requiredId("user_id", in.userId);
            inputs.check();
            return GrantOfferingCreditsPayload.of(offerings.grantCredits(caller.get(), offering, user, in.purchaseId));
        }, GrantOfferingCreditsPayload::refused);
    }

    private static long id(String field, String raw) {
        Inputs inputs = new Inputs();
        Long id = inputs.requiredId(field, raw);
        inputs.check();
        return id;
    }

    /** Healthie's {@code OfferingIncludesFields}: sessions of an appointment type a package includes. */
    @Input("OfferingIncludesFields")
    public static class OfferingIncludesFields {
        // nested in an input, bound by JSON-B: the property names must be given to it too
        @Id @Name("appointment_type_id") @JsonbProperty("appointment_type_id") public String appointmentTypeId;
        @Name("quantity") @JsonbProperty("quantity") public String quantity;
        @Name("is_repeating") @JsonbProperty("is_repeating") public Boolean isRepeating;

        IncludeChange change() {
            return new IncludeChange(null, appointmentTypeId, quantity, isRepeating);
        }
    }

    /** {@code createOffering(input: createOfferingInput)}: the fields the seed's example sends, and a few more. */
    @Input("createOfferingInput")
    public static class CreateOfferingInput {
        @Name("name") public String name;
        @Name("description") public String description;
        @Name("price") public String price;
        @Name("billing_frequency") public String billingFrequency;
        @Name("offering_includes") public List<OfferingIncludesFields> offeringIncludes;
        @Name("first_time_payment") public String firstTimePayment;
        @Name("visibility_status") public String visibilityStatus;
        @Id @Name("user_group_id") public String userGroupId;
        @Name("charge_immediately") public Boolean chargeImmediately;
        @Name("course_ids") public String courseIds;

        OfferingChanges changes(Boolean archived) {
            return new OfferingChanges(name, description, price, billingFrequency, includes(offeringIncludes),
                    firstTimePayment, visibilityStatus, userGroupId, chargeImmediately, courseIds, archived);
        }
    }

    /** {@code updateOffering(input: updateOfferingInput)}: the package's {@code id}, what changes, {@code archived}. */
    @Input("updateOfferingInput")
    public static class UpdateOfferingInput {
        @Id @Name("id") public String id;
        @Name("name") public String name;
        @Name("description") public String description;
        @Name("price") public String price;
        @Name("billing_frequency") public String billingFrequency;
        @Name("offering_includes") public List<OfferingIncludesFields> offeringIncludes;
        @Name("first_time_payment") public String firstTimePayment;
        @Name("visibility_status") public String visibilityStatus;
        @Id @Name("user_group_id") public String userGroupId;
        @Name("charge_immediately") public Boolean chargeImmediately;
        @Name("course_ids") public String courseIds;
        @Name("archived") public Boolean archived;

        OfferingChanges changes(Boolean archive) {
            return new OfferingChanges(name, description, price, billingFrequency, includes(offeringIncludes),
                    firstTimePayment, visibilityStatus, userGroupId, chargeImmediately, courseIds, archive);
        }
    }

    private static List<IncludeChange> includes(List<OfferingIncludesFields> fields) {
        return fields == null ? null : fields.stream().map(i -> i == null ? null : i.change()).toList();
    }

    /** {@code copyOffering(input: copyOfferingInput)}. */
    @Input("copyOfferingInput")
    public static class OfferingIdInput {
        @Id @Name("id") public String id;
    }

    /** {@code deleteOffering(input: deleteOfferingInput)}. */
    @Input("deleteOfferingInput")
    public static class DeleteOfferingInput {
        @Id @Name("id") public String id;
    }

    /** {@code grantOfferingCredits(input: grantOfferingCreditsInput)}. */
    @Input("grantOfferingCreditsInput")
    public static class GrantOfferingCreditsInput {
        @Id @Name("offering_id") public String offeringId;
        @Id @Name("user_id") public String userId;
        @Name("purchase_id") public String purchaseId;
    }

    /** {@code createOfferingPayload}. */
    @Name("createOfferingPayload")
    public record OfferingPayload(@Name("offering") OfferingNode offering, @Name("messages") List<FieldError> messages) {

        static OfferingPayload of(OfferingView offering) {
            return new OfferingPayload(OfferingNode.of(offering), null);
        }

        static OfferingPayload refused(List<FieldError> messages) {
            return new OfferingPayload(null, messages);
        }
    }

    /** {@code updateOfferingPayload}. */
    @Name("updateOfferingPayload")
    public record UpdateOfferingPayload(@Name("offering") OfferingNode offering,
                                        @Name("messages") List<FieldError> messages) {

        static UpdateOfferingPayload refused(List<FieldError> messages) {
            return new UpdateOfferingPayload(null, messages);
        }
    }

    /** {@code copyOfferingPayload}. */
    @Name("copyOfferingPayload")
    public record CopyOfferingPayload(@Name("offering") OfferingNode offering,
                                      @Name("messages") List<FieldError> messages) {

        static CopyOfferingPayload refused(List<FieldError> messages) {
            return new CopyOfferingPayload(null, messages);
        }
    }

    /** {@code deleteOfferingPayload}: the package as it was. */
    @Name("deleteOfferingPayload")
    public record DeleteOfferingPayload(@Name("offering") OfferingNode offering,
                                        @Name("messages") List<FieldError> messages) {

        static DeleteOfferingPayload refused(List<FieldError> messages) {
            return new DeleteOfferingPayload(null, messages);
        }
    }

    /** One grant's credits. */
    @Name("OfferingCreditGrant")
    public record OfferingCreditGrantNode(@Id @Name("offering_id") String offeringId,
                                          @Id @Name("user_id") String userId,
                                          @Name("purchase_id") String purchaseId,
                                          @Name("granted") Boolean granted,
                                          @Name("credits") List<GrantedCreditNode> credits) {
    }

    /** Credits of one appointment type a grant gave. */
    @Name("OfferingGrantedCredit")
    public record GrantedCreditNode(@Id @Name("appointment_type_id") String appointmentTypeId,
                                    @Name("quantity") Integer quantity,
                                    @Name("is_repeating") Boolean isRepeating) {
    }

    /** {@code grantOfferingCreditsPayload}. */
    @Name("grantOfferingCreditsPayload")
    public record GrantOfferingCreditsPayload(@Name("offering_credit_grant") OfferingCreditGrantNode grant,
                                              @Name("messages") List<FieldError> messages) {

        static GrantOfferingCreditsPayload of(PackageCredits credits) {
            return new GrantOfferingCreditsPayload(new OfferingCreditGrantNode(Long.toString(credits.offeringId()),
                    Long.toString(credits.patientId()), credits.purchaseId(), credits.granted(),
                    credits.credits().stream().map(c -> new GrantedCreditNode(Long.toString(c.appointmentTypeId()),
                            c.quantity(), c.repeating())).toList()), null);
        }

        static GrantOfferingCreditsPayload refused(List<FieldError> messages) {
            return new GrantOfferingCreditsPayload(null, messages);
        }
    }
}
