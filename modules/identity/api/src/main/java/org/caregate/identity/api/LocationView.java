package org.caregate.identity.api;

/** A user's address. */
public record LocationView(long id, long userId, String name, String line1, String line2, String city, String state,
                           String zip, String country, String npi) {
}
