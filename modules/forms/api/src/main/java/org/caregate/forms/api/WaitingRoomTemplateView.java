package org.caregate.forms.api;

/**
 * A template linked to a waiting room.
 *
 * @param reason   the perfect-answer reason it is for, or {@code null} for any
 * @param position its place in the room's list, from 0
 */
public record WaitingRoomTemplateView(String waitingRoomId, long templateId, String templateName, String reason,
                                      int position) {
}
