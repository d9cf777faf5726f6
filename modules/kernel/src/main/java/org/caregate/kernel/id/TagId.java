package org.caregate.kernel.id;

/** The id of a tag a member puts on patients. */
public record TagId(long value) {

    public TagId {
        Ids.requirePositive(value, "TagId");
    }

    /** The tag id a client sent in {@code field}; refused there when missing or malformed. */
    public static TagId parse(String field, String raw) {
        return new TagId(Ids.parse(field, raw));
    }
}
