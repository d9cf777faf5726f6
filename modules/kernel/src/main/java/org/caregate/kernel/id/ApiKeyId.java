package org.caregate.kernel.id;

/** The id of an API key a user holds. */
public record ApiKeyId(long value) {

    public ApiKeyId {
        Ids.requirePositive(value, "ApiKeyId");
    }

    /** The API key id a client sent in {@code field}; refused there when missing or malformed. */
    public static ApiKeyId parse(String field, String raw) {
        return new ApiKeyId(Ids.parse(field, raw));
    }
}
