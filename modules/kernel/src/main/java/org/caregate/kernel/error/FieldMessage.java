package org.caregate.kernel.error;

/**
 * One problem with one input field, as Healthie payloads report it in {@code messages { field message }}.
 *
 * @param field   the input field's name as the client sent it (snake_case for GraphQL, camelCase for REST)
 * @param message what is wrong, in a sentence a person can act on
 */
public record FieldMessage(String field, String message) {
}
