package org.caregate.kernel.id;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.InvalidInputException;

/** The id of a waiting room, where EHRs book visits for whichever of its providers is free. */
public record WaitingRoomId(UUID value) {

    public WaitingRoomId {
        Objects.requireNonNull(value, "WaitingRoomId");
    }

    /**
     * The waiting room id a client sent in {@code field}, a UUID; refused there with "can't be blank" or "is not a
     * valid id" as the numeric ids are.
     */
    public static WaitingRoomId parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(List.of(new FieldMessage(field, "can't be blank")));
        }
        try {
            return new WaitingRoomId(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldMessage(field, "is not a valid id")));
        }
    }
}
