package org.caregate.architecture.planted.alpha.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Planted: builds JSON through {@code Json}'s static factory, which looks the provider up on every call. */
public class LooksUpJsonEachTime {

    public JsonObject empty() {
        return Json.createObjectBuilder().build();
    }
}
