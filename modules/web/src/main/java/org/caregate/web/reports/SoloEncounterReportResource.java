package org.caregate.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.ReportId;
import org.caregate.kernel.id.ReportPresetId;
import org.caregate.kernel.input.Reading;
import org.caregate.reports.api.EncounterReportFile;
import org.caregate.reports.api.EncounterReportOrder;
import org.caregate.reports.api.EncounterReportView;
import org.caregate.reports.api.ReportPresetView;
import org.caregate.reports.api.ReportsFacade;
import org.caregate.web.security.CurrentCaller;
import org.caregate.web.solo.SoloJsonReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's encounter reports (seed 004 "Generate report for visits", "Check status of report for visits", "Encounter
 * report Download"): ordered here, generated in the background (the reports context's JMS queue), then downloaded as
 * a zip locked with the password given in the order; plus the presets to order with (a Caregate addition: Solo
 * configures them in its web application). Members only; ids of another organization are as unknown as missing
 * ones.
 */
@ApplicationScoped
@Path("/v1/encounter-report")
@Tag(name = "Reports")
public class SoloEncounterReportResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Longest date-time text read; ATOM's is 25 characters. */
    private static final int MAX_TIME = 40;

    @EJB
    ReportsFacade reports;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/create")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set encounter-report generation in create", description = "Orders a zipped CSV encounter "
            + "report of the visits starting from `from` up to `to` (ATOM date-times, e.g. 2024-08-15T15:52:01+00:00, "
            + "at most 366 days apart) with the preset's columns (GET /qapi/v1/encounter-report/presets), locked with "
            + "`password` (AES-256). Answers {id, status: \"pending\"}; generation runs in the background.")
    public String create(String body) {
        OrderReader reader = new OrderReader();
        EncounterReportOrder order = reader.read(body);
        return json(reports.orderEncounterReport(caller.get(), order));
    }

    @GET
    @Path("/status/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check report status", description = "The report's status: pending, completed or failed "
            + "(Caregate: expired once a completed report's file was removed, docs/operations.md).")
    public String status(@PathParam("reportId") @Parameter(description = "The id of the report") String reportId) {
        return json(reports.encounterReport(caller.get(), id(reportId)));
    }

    @GET
    @Path("/download/{reportId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Get CSV report", description = "The completed report: a zip holding the CSV, encrypted with "
            + "AES-256 under the order's password. Refused (400) while pending or after a failure, 410 once expired.")
    public Response download(@PathParam("reportId") @Parameter(description = "The id of the report") String reportId) {
        EncounterReportFile file = reports.download(caller.get(), id(reportId));
        return Response.ok(file.content(), MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    @GET
    @Path("/presets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List report presets", description = "Caregate addition: the presets to order encounter "
            + "reports with, the built-in one with every column first. Managed over GraphQL (docs/graphql.md).")
    public String presets() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (ReportPresetView preset : reports.presets(caller.get())) {
            all.add(JSON.createObjectBuilder().add("id", preset.id().toString()).add("name", preset.name())
                    .add("columns", JSON.createArrayBuilder(preset.columns())).add("builtIn", preset.builtIn()));
        }
        return all.build().toString();
    }

    /** A report id in the path: anything but a UUID names no report. */
    private static ReportId id(String raw) {
        return ReportId.read(raw).orElseThrow(() -> new NotFoundException("Report"));
    }

    private static String json(EncounterReportView report) {
        return JSON.createObjectBuilder().add("id", report.id().toString()).add("status", report.status()).build()
                .toString();
    }

    /** Reads Solo's order body: type mismatches refuse at once, unreadable values travel in the order's reading. */
    static final class OrderReader extends SoloJsonReader {

        private final List<FieldMessage> unreadable = new ArrayList<>();
        private final Set<String> sent = new HashSet<>();

        EncounterReportOrder read(String body) {
            JsonObject json = object(body);
            String from = text(json, "from");
            String to = text(json, "to");
            String preset = text(json, "presetId");
            String password = text(json, "password");
            check();
            for (String name : List.of("from", "to", "presetId", "password")) {
                if (json.containsKey(name)) {
                    sent.add(name);
                }
            }
            Instant fromTime = time("from", from);
            Instant toTime = time("to", to);
            ReportPresetId presetId = null;
            if (preset != null && !preset.isBlank()) {
                presetId = ReportPresetId.read(preset).orElse(null);
                if (presetId == null) {
                    unreadable.add(new FieldMessage("presetId", "This is not a valid UUID"));
                }
            }
            return new EncounterReportOrder(fromTime, toTime, presetId,
                    password == null ? null : password.toCharArray(), new Reading(sent, unreadable));
        }

        private Instant time(String field, String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            if (raw.length() > MAX_TIME) {
                unreadable.add(new FieldMessage(field, "This value is not a valid datetime"));
                return null;
            }
            try {
                OffsetDateTime time = OffsetDateTime.parse(raw.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                if (time.getYear() < 2000 || time.getYear() > 2099) {
                    unreadable.add(new FieldMessage(field, "This value is not a valid datetime"));
                    return null;
                }
                return time.toInstant();
            } catch (DateTimeParseException e) {
                unreadable.add(new FieldMessage(field, "This value is not a valid datetime"));
                return null;
            }
        }
    }
}
