package org.caregate.kernel.id;

/** The id of an episode type in an organization's catalogue. */
public record EpisodeTypeId(long value) {

    public EpisodeTypeId {
        Ids.requirePositive(value, "EpisodeTypeId");
    }

    /** The episode type id a client sent in {@code field}; refused there when missing or malformed. */
    public static EpisodeTypeId parse(String field, String raw) {
        return new EpisodeTypeId(Ids.parse(field, raw));
    }
}
