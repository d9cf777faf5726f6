package org.caregate.kernel.id;

/** The id of a user group: patients an organization groups for onboarding and booking. */
public record UserGroupId(long value) {

    public UserGroupId {
        Ids.requirePositive(value, "UserGroupId");
    }

    /** The user group id a client sent in {@code field}; refused there when missing or malformed. */
    public static UserGroupId parse(String field, String raw) {
        return new UserGroupId(Ids.parse(field, raw));
    }
}
