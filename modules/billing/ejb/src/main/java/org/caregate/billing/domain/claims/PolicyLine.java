package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An insurance policy a CMS 1500 is billed to: a plan of the catalogue, its rank, the member's numbers. */
@Embeddable
public class PolicyLine {

    @Column(name = "insurance_plan_id", nullable = false)
    private long insurancePlanId;

    @Column(name = "priority_type", nullable = false)
    private String priorityType;

    @Column(name = "member_number")
    private String memberNumber;

    @Column(name = "group_number")
    private String groupNumber;

    protected PolicyLine() {
    }

    public PolicyLine(long insurancePlanId, String priorityType, String memberNumber, String groupNumber) {
        this.insurancePlanId = insurancePlanId;
        this.priorityType = priorityType;
        this.memberNumber = memberNumber;
        this.groupNumber = groupNumber;
    }

    public long insurancePlanId() {
        return insurancePlanId;
    }

    public String priorityType() {
        return priorityType;
    }

    public String memberNumber() {
        return memberNumber;
    }

    public String groupNumber() {
        return groupNumber;
    }
}
