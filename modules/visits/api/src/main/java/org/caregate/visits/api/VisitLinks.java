package org.caregate.visits.api;

import java.util.List;

/** The links into one appointment's video visit: the provider's, the patient's and other participants'. */
public record VisitLinks(long appointmentId, String appointmentExternalId, String providerVisitUrl,
                         String patientVisitUrl, List<String> participantVisitUrls) {
}
