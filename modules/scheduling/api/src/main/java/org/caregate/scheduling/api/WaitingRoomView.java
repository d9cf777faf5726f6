package org.caregate.scheduling.api;

import java.util.List;

/** A practice's waiting room, with the providers who see its visits. */
public record WaitingRoomView(String id, String name, String serviceLine, String serviceType, int slotDuration,
                              List<Long> providerIds) {
}
