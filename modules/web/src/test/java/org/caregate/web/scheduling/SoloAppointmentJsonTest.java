package org.caregate.web.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caregate.visits.api.VisitLinks;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 9: the links of a teleconsultation without a patient answered 500 (a null written as JSON). */
class SoloAppointmentJsonTest {

    @Test
    void aVisitWithoutAPatientOrProviderLinkAnswersNull() {
        VisitLinks providersOnly = new VisitLinks(7, "ext-7", null, null, List.of("https://care.example/visit/a"));
        assertThat(SoloAppointmentJson.links(providersOnly))
                .isEqualTo("{\"appointmentExternalId\":\"ext-7\",\"providerVisitUrl\":null,\"patientVisitUrl\":null}");
    }
}
