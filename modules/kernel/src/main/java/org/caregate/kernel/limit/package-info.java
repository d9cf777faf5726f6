/** Limits on how often a caller may ask: sliding-window rate limiters, per key, per user or per client address. */
package org.caregate.kernel.limit;
