/**
 * The ways a command or query can be refused, independent of the protocol that carries the answer; the web
 * adapters translate each into the contract's own error shape.
 */
package org.caregate.kernel.error;
