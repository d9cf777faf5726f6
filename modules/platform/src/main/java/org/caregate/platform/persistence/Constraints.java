package org.caregate.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which database constraint a failed write violated, so that a repository turns exactly the constraints that
 * stand for a domain rule (a unique email, no double booking) into the domain's own refusal — and lets every other
 * failure (a NOT NULL bug, a lost connection) surface as the error it is.
 */
public final class Constraints {

    /** PostgreSQL names the constraint in its message: {@code ... violates unique constraint "name"}. */
    private static final Pattern NAMED = Pattern.compile("violates [a-z ]{0,30}constraint \"([^\"]{1,63})\"");

    private Constraints() {
    }

    /**
     * Runs a write (a persist, which with generated ids inserts at once, or a flush); a violation of one of the named
     * constraints becomes that constraint's refusal, anything else is rethrown as it is.
     */
    public static void guard(Runnable write, Map<String, Supplier<? extends RuntimeException>> refusals) {
        try {
            write.run();
        } catch (PersistenceException e) {
            Supplier<? extends RuntimeException> refusal = violated(e).map(refusals::get).orElse(null);
            if (refusal == null) {
                throw e;
            }
            throw refusal.get();
        }
    }

    /** The name of the integrity constraint (SQLSTATE class 23) a failure violated, if it violated one. */
    public static Optional<String> violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                    && sql.getMessage() != null) {
                Matcher named = NAMED.matcher(sql.getMessage());
                if (named.find()) {
                    return Optional.of(named.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
