package org.caregate.identity.api;

/** The result of a successful sign-in: a session token, usable like an API key, and the signed-in user. */
public record SignedIn(String token, UserView user) {

    @Override
    public String toString() {
        return "SignedIn[user " + user.id() + "]";
    }
}
