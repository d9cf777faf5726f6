package org.caregate.identity.api;

/** A newly issued key: the secret, shown this once, and what can be shown of it later. */
public record IssuedApiKey(String secret, ApiKeyView key) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + key.displayableKey() + "]";
    }
}
