package org.caregate.scheduling.api;

import java.util.List;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Reading;

/**
 * What opening a waiting room sets or changing one changes ({@code null}: unchanged).
 *
 * @param id           the room to change; absent when opening one
 * @param slotDuration how long a visit takes, in seconds ({@code slot_duration})
 * @param providerIds  the providers who see its visits, in the order they are offered; {@code null} stands for an
 *                     entry that could not be read, whose problem {@code reading} holds in its turn
 *                     ({@code provider_ids})
 * @param reading      the fields sent and what the adapter could not read
 */
public record WaitingRoomChanges(WaitingRoomId id, String name, String serviceLine, String serviceType,
                                 Integer slotDuration, List<UserId> providerIds, Reading reading) {
}
