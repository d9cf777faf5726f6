/**
 * The process-wide services every context relies on: the database schema brought up to date before any context
 * touches it, the embedded JMS broker, and the health checks operations watch.
 */
package org.caregate.runtime;
