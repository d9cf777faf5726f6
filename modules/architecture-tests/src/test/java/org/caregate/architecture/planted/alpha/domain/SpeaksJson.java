package org.caregate.architecture.planted.alpha.domain;

import jakarta.json.spi.JsonProvider;

/** Planted: a domain object that formats its own wire format. */
public class SpeaksJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    public String toJson() {
        return JSON.createObjectBuilder().add("alpha", true).build().toString();
    }
}
