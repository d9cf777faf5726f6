package org.caregate.billing.api.claims;

import jakarta.ejb.Local;
import java.util.List;
import org.caregate.kernel.Caller;

/**
 * Superbills and CMS 1500 claims. Providers and staff read and write their organization's; a patient reads only
 * their own superbills and no CMS 1500. Another organization's claim answers as an unknown one (not found). Code
 * lines are checked against the ICD-10-CM table and the CPT code format, amounts are exact, and a refused write
 * changes nothing.
 */
@Local
public interface ClaimsFacade {

    List<SuperBillView> superBills(Caller caller, ClaimSearch search);

    SuperBillView superBill(Caller caller, String id);

    SuperBillView createSuperBill(Caller caller, SuperBillRequest request);

    SuperBillView updateSuperBill(Caller caller, String id, SuperBillRequest request);

    /** Deletes a superbill; answers it as it was. */
    SuperBillView deleteSuperBill(Caller caller, String id);

    List<Cms1500View> cms1500s(Caller caller, ClaimSearch search);

    Cms1500View cms1500(Caller caller, String id);

    Cms1500View createCms1500(Caller caller, Cms1500Request request);

    Cms1500View updateCms1500(Caller caller, String id, Cms1500Request request);

    /** Deletes a CMS 1500; answers it as it was. */
    Cms1500View deleteCms1500(Caller caller, String id);
}
