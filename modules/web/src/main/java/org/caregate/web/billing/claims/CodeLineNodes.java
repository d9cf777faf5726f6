package org.caregate.web.billing.claims;

import org.caregate.billing.api.claims.CptCodeView;
import org.caregate.billing.api.claims.IcdCodeView;
import org.caregate.billing.api.claims.PolicyView;
import org.caregate.billing.api.claims.ReceiptLineItemView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** The line types of superbills and CMS 1500s; amounts are strings with their scale ({@code "100.00"}). */
final class CodeLineNodes {

    private CodeLineNodes() {
    }

    /** A diagnosis line: its position (from 1) as id, the ICD-10-CM code and its description. */
    @Name("IcdCodeLine")
    public record IcdCodeLineNode(@Id @Name("id") String id, @Name("code") String code,
                                  @Name("description") String description) {

        static IcdCodeLineNode of(IcdCodeView line) {
            return new IcdCodeLineNode(Integer.toString(line.position()), line.code(), line.description());
        }
    }

    /** A procedure line: CPT code (no description: those are the AMA's), modifier, units, fee, units × fee. */
    @Name("CptCodeLine")
    public record CptCodeLineNode(@Id @Name("id") String id, @Name("code") String code,
                                  @Name("modifier") String modifier, @Name("units") int units,
                                  @Name("fee") String fee, @Name("total") String total) {

        static CptCodeLineNode of(CptCodeView line) {
            return new CptCodeLineNode(Integer.toString(line.position()), line.code(), line.modifier(), line.units(),
                    line.fee().toPlainString(), line.total().toPlainString());
        }
    }

    /** A payment on a superbill's receipt. */
    @Name("ReceiptLineItem")
    public record ReceiptLineItemNode(@Id @Name("id") String id, @Name("description") String description,
                                      @Name("amount") String amount, @Name("date") String date) {

        static ReceiptLineItemNode of(ReceiptLineItemView line) {
            return new ReceiptLineItemNode(Integer.toString(line.position()), line.description(),
                    line.amount().toPlainString(), line.date() == null ? null : line.date().toString());
        }
    }

    /** A policy a CMS 1500 is billed to. */
    @Name("Cms1500Policy")
    public record Cms1500PolicyNode(@Id @Name("id") String id, @Name("insurance_plan") InsurancePlanNode plan,
                                    @Name("priority_type") String priorityType, @Name("num") String num,
                                    @Name("group_num") String groupNum) {

        static Cms1500PolicyNode of(PolicyView policy) {
            return new Cms1500PolicyNode(Integer.toString(policy.position()),
                    InsurancePlanNode.of(policy.insurancePlan()), policy.priorityType(), policy.num(),
                    policy.groupNum());
        }
    }
}
