package org.caregate.visits.api;

/**
 * An appointment's video call as Solo shows it.
 *
 * @param status "waiting" (not started), "on call" (in session), "complete" (ended after a session) or
 *               "incomplete" (ended without one)
 */
public record VideoCallView(String id, String status) {
}
