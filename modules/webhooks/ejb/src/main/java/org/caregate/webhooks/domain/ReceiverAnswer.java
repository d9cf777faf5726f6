package org.caregate.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a receiver's answer to one attempt means: any 2xx is delivered; {@code 410 Gone} says the endpoint is gone
 * for good (the subscription is disabled); {@code 429} and {@code 503} may say when to come back
 * ({@code Retry-After}, seconds or an HTTP date, honoured up to a day); anything else, or no answer, is retried on
 * the schedule.
 *
 * @param statusCode the HTTP status, or {@code null} when the attempt got no answer (refused, timed out)
 */
public record ReceiverAnswer(Integer statusCode, String retryAfter) {

    /** The longest wait a Retry-After header may ask for. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    public static ReceiverAnswer none() {
        return new ReceiverAnswer(null, null);
    }

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    public boolean gone() {
        return statusCode != null && statusCode == 410;
    }

    /** When the receiver asked to be tried again, if it did so in a way we honour. */
    public Optional<Instant> retryAt(Instant now) {
        if (statusCode == null || (statusCode != 429 && statusCode != 503) || retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        Instant at;
        String value = retryAfter.strip();
        if (value.matches("\\d{1,9}")) {
            at = now.plusSeconds(Long.parseLong(value));
        } else {
            try {
                at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Instant latest = now.plus(LONGEST_RETRY_AFTER);
        return Optional.of(at.isBefore(now) ? now : at.isAfter(latest) ? latest : at);
    }
}
