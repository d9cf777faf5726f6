/**
 * The Teladoc Health Solo external API's plumbing under {@code /qapi}: its JAX-RS application and its error
 * shape, {@code {"error": {"message": ...}}}, for every refusal.
 */
package org.caregate.web.solo;
