package org.caregate.visits.application;

import java.time.Instant;

/**
 * The video platform the rooms run on (a port; Jitsi Meet by default). Caregate decides who may enter and when;
 * the platform carries the media.
 */
public interface VideoPlatform {

    /**
     * Where a participant enters the room.
     *
     * @param moderator whether they lead the room (the provider)
     * @param until     when their entry should stop working, or {@code null} for an unlimited session
     */
    String roomUrl(String roomName, String displayName, boolean moderator, Instant until);
}
