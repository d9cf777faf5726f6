/**
 * Who is calling: credentials from the {@code Authorization} or {@code Api-Key} header, the request id and client
 * address, and the per-key rate limit — decided once per request, before any adapter runs.
 */
package org.caregate.web.security;
