/**
 * In-container tests: small EARs of the real modules deployed by Arquillian into the provisioned WildFly, for what
 * black-box HTTP tests cannot see well — repositories and constraint mapping against PostgreSQL, and refusals that
 * reach the caller as themselves and roll the whole transaction back.
 */
package org.caregate.container;
