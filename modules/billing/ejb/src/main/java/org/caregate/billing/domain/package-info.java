/** Billing's rules: plain Java and JPA mappings, no container types. */
package org.caregate.billing.domain;
