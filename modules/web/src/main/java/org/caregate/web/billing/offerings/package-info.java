/**
 * Healthie's Packages (seed 001 "Packages", the {@code Offering} object) on {@code /graphql}: {@code offering},
 * {@code offerings}, {@code createOffering}, {@code updateOffering}, {@code copyOffering}, {@code deleteOffering},
 * and Caregate's {@code grantOfferingCredits}; all translate to {@link org.caregate.billing.api.OfferingFacade}.
 */
package org.caregate.web.billing.offerings;
