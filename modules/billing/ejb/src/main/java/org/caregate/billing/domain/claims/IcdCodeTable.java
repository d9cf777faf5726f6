package org.caregate.billing.domain.claims;

import java.util.Collection;
import java.util.Map;

/** The ICD-10-CM codes Caregate knows. */
public interface IcdCodeTable {

    /** The descriptions of those of the codes (written with their dot) the table holds, by code. */
    Map<String, String> descriptions(Collection<String> codes);
}
