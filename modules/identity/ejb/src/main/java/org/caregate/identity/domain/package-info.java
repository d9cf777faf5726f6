/**
 * The identity model: organizations, users (patients and members), memberships with their permissions, API keys
 * and passwords, and the rules that keep them consistent. Plain Java with JPA mappings; no EJB, JMS or HTTP.
 */
package org.caregate.identity.domain;
