package org.caregate.forms.domain;

import java.util.Locale;

/**
 * What a filled form is to the appointment it belongs to (Healthie: each one-to-one): the chart note written during
 * the visit ({@code form_answer_group}), or the form the patient filled when booking ({@code filled_embed_form}).
 */
public enum AppointmentRole {
    CHARTING, EMBED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role stored as {@code charting} or {@code embed}. */
    public static AppointmentRole named(String wireName) {
        return valueOf(wireName.toUpperCase(Locale.ROOT));
    }

    /** A chart note for a charting template, else the booking's form. */
    public static AppointmentRole of(FormTemplate template) {
        return template.useForCharting() ? CHARTING : EMBED;
    }
}
