package org.caregate.nursing.api;

import java.time.Instant;

/**
 * An audio/video session between the nurse who accepted an assistance request and its care location: a video visit
 * of the visits context.
 *
 * @param id        the video visit's id
 * @param status    {@code in_progress} while the request is, {@code ended} once it was finished or cancelled
 * @param endedAt   {@code null} while in progress
 * @param nurseUrl  the nurse's visit page link ({@code /visit/{token}}); it leads and starts the call
 * @param deviceUrl the care location device's visit page link
 */
public record AvSessionView(long id, String status, Instant startedAt, Instant endedAt, String nurseUrl,
                            String deviceUrl) {
}
