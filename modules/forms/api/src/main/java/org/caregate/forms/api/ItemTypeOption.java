package org.caregate.forms.api;

/**
 * Something an onboarding item may ask for ({@code availableItemTypes}).
 *
 * @param type the kind ({@code Module Form})
 * @param id   the form template
 * @param name the form template's name
 */
public record ItemTypeOption(String type, long id, String name) {
}
