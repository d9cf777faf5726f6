package org.caregate.visits.api;

/**
 * An appointment's video call as Solo shows it.
 *
 * @param status "waiting", "on call", "on hold", "finalizing" while the window is open; "LWBS", "incomplete" or
 *               "complete" once it closed (ADR 0026, docs/virtual-visits.md "In-visit states")
 */
public record VideoCallView(String id, String status) {
}
