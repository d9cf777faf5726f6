/**
 * Runs Caregate on a developer's machine with nothing installed but a JDK: a real PostgreSQL from Maven Central
 * and the WildFly server the build provisioned, started together and stopped together. The integration tests
 * use the same classes for their one server start.
 */
package org.caregate.launcher;
