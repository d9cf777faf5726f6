/**
 * Glue between Apache Artemis' resource adapter and WildFly, replacing the integration artifact that WildFly's
 * own messaging subsystem would provide (see docs/adr/0002-jms-artemis-resource-adapter.md).
 */
package org.caregate.platform.jms;
