/** The insurance and claims use cases: transaction boundaries, permissions, checks against other contexts. */
package org.caregate.billing.application.claims;
