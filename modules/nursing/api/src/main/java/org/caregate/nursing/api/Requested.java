package org.caregate.nursing.api;

/**
 * The answer to a call for a nurse: the care location's current request.
 *
 * @param created whether this call opened it ({@code false}: the location already had an open request)
 */
public record Requested(AssistanceRequestView request, boolean created) {
}
