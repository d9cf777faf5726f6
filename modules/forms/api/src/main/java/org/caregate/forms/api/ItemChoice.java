package org.caregate.forms.api;

/**
 * What an onboarding item asks for, as a client names it: one object of {@code item_type}'s JSON array
 * ({@code {"type":"Module Form","id":"1"}}).
 *
 * @param type the kind ({@code Module Form}), or {@code null} to keep an item's
 * @param id   the form template, as sent, or {@code null} to keep an item's
 */
public record ItemChoice(String type, String id) {
}
