/**
 * Black-box tests over HTTP against the provisioned WildFly with the EAR deployed, a real PostgreSQL and the
 * embedded Artemis broker, started once for the whole suite ({@link org.caregate.it.TestServer}).
 */
package org.caregate.it;
