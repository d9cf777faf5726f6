package org.caregate.architecture.planted.alpha.domain;

import jakarta.json.Json;

/** Planted: a domain object that formats its own wire format. */
public class SpeaksJson {

    public String toJson() {
        return Json.createObjectBuilder().add("alpha", true).build().toString();
    }
}
