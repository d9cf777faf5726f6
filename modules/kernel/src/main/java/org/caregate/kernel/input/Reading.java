package org.caregate.kernel.input;

import java.util.List;
import java.util.Set;
import org.caregate.kernel.error.FieldMessage;

/**
 * What an adapter made of a request in its client's format: which of the fields it read the client sent (blank
 * ones too), and the problems it found reading them. The use case reports those problems among its own, each at
 * its field's turn ({@link Inputs#report}), so that the client still hears about every problem at once, in the
 * order the use case checks its fields.
 *
 * @param sent     the names of the fields read that the client sent, as the client names them
 * @param problems what could not be read, field by field, in the order the adapter read them
 */
public record Reading(Set<String> sent, List<FieldMessage> problems) {

    public Reading {
        sent = Set.copyOf(sent);
        problems = List.copyOf(problems);
    }

    /** Whether the client sent this field, even blank or unreadable. */
    public boolean sent(String field) {
        return sent.contains(field);
    }
}
