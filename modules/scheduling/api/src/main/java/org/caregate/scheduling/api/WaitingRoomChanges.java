package org.caregate.scheduling.api;

import java.util.List;

/** What {@code createWaitingRoom} sets or {@code updateWaitingRoom} changes ({@code null}: unchanged). */
public record WaitingRoomChanges(String id, String name, String serviceLine, String serviceType, Integer slotDuration,
                                 List<String> providerIds) {
}
