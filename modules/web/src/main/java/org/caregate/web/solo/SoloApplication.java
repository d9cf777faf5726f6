package org.caregate.web.solo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.caregate.web.episodes.SoloAppointmentEpisodeResource;
import org.caregate.web.episodes.SoloEpisodeResource;
import org.caregate.web.episodes.SoloPatientEpisodeResource;
import org.caregate.web.forms.SoloAttachmentResource;
import org.caregate.web.forms.SoloPatientDocumentResource;
import org.caregate.web.forms.SoloVisitNoteResource;
import org.caregate.web.identity.PatientResource;
import org.caregate.web.nursing.AssistanceRequestResource;
import org.caregate.web.perfectanswer.PerfectAnswerResource;
import org.caregate.web.reports.SoloEncounterReportResource;
import org.caregate.web.reports.SoloReportResource;
import org.caregate.web.scheduling.SoloAppointmentResource;
import org.caregate.web.scheduling.SoloPatientAppointmentResource;
import org.caregate.web.scheduling.WaitingRoomResource;
import org.caregate.web.webhooks.SoloWebhookResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Solo external API at {@code /qapi}. Each contract is its own JAX-RS application listing its own resources,
 * so each answers errors in its own shape.
 */
@ApplicationPath("/qapi")
@OpenAPIDefinition(info = @Info(title = "Caregate REST API", version = "v1",
        description = "Teladoc Health Solo's external API under /qapi (patients, waiting rooms, slots, appointments, "
                + "webhooks), the teleconsultation service under /teleconsultation, context-aware linking under "
                + "/integrations and the visit pages under /visit. GraphQL (Healthie, BetterPT) is at /graphql."),
        security = @SecurityRequirement(name = "Api-Key"))
@SecurityScheme(securitySchemeName = "Api-Key", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "Api-Key")
public class SoloApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PatientResource.class, SoloAppointmentResource.class, SoloPatientAppointmentResource.class,
                WaitingRoomResource.class, SoloWebhookResource.class, SoloVisitNoteResource.class,
                SoloPatientEpisodeResource.class, SoloEpisodeResource.class, SoloAppointmentEpisodeResource.class,
                SoloAttachmentResource.class, SoloPatientDocumentResource.class, AssistanceRequestResource.class,
                SoloReportResource.class, SoloEncounterReportResource.class,
                PerfectAnswerResource.class,
                SoloErrors.class, SoloWebErrors.class, SoloUnexpectedErrors.class);
    }
}
