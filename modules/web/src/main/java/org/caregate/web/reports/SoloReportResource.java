package org.caregate.web.reports;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormView;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.Caller;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.visits.api.VisitAttendanceView;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's "Data Download" (seed 004 "Reports"): the caller's organization's visits in a range of days as CSV.
 * A read model composed here from the scheduling, identity and forms facades (no context owns a report of
 * visits); the body is streamed, a page of {@value #PAGE} visits read per facade call, so a year of visits never
 * sits in memory. The range and the caller's membership are checked before the first byte, so refusals keep
 * Solo's JSON error shape.
 */
@Path("/v1/reports")
@Tag(name = "Reports")
public class SoloReportResource {

    /** Visits read per page. */
    static final int PAGE = 200;

    /** How forms marks the filled form that is an appointment's chart note — Solo's visit note. */
    private static final String CHARTING = "charting";

    @EJB
    AppointmentFacade appointments;

    @EJB
    IdentityFacade identity;

    @EJB
    FilledFormFacade filledForms;

    @EJB
    VideoVisitFacade videoVisits;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/csv-data-dump")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, "text/csv"})
    @Operation(summary = "Get CSV report", description = "The organization's visits starting in the range of days, "
            + "by start, as CSV (RFC 4180, UTF-8, header row; columns in docs/rest.md \"Reports\"). Days are UTC "
            + "days, both included, from not after to, at most 366 days. Cells a spreadsheet would read as a formula "
            + "start with an apostrophe. Members only.")
    public Response csvDataDump(
            @QueryParam("from") @Parameter(description = "(required) Left date range for the report, e.g. 2020-02-10")
            String from,
            @QueryParam("to") @Parameter(description = "(required) Right date range for the report, e.g. 2020-02-11")
            String to) {
        Caller who = caller.get();
        Access.requireMember(who);
        ReportRange range = ReportRange.read(from, to);
        StreamingOutput body = out -> write(who, range, out);
        // seed 004: "Content-Type: application/octet-stream", a binary file in CSV format (UTF-8)
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"csv-data-dump-"
                        + range.from().toString().substring(0, 10) + "-" + to.strip() + ".csv\"")
                .build();
    }

    private void write(Caller who, ReportRange range, java.io.OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (CSVPrinter printer = new CSVPrinter(writer, VisitsCsv.FORMAT)) {
            AppointmentView last = null;
            while (true) {
                List<AppointmentView> page = appointments.startingBetween(who, range.from(), range.until(), last, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                Map<Long, UserView> patients = patients(who, page);
                Set<Long> withNotes = withNotes(who, page);
                Map<Long, VisitAttendanceView> calls = new HashMap<>();
                videoVisits.attendance(who, page.stream().map(AppointmentView::id).toList())
                        .forEach(call -> calls.put(call.appointmentId(), call));
                for (AppointmentView visit : page) {
                    VisitsCsv.print(printer, visit, patients, withNotes, calls);
                }
                printer.flush();
                if (page.size() < PAGE) {
                    break;
                }
                last = page.get(page.size() - 1);
            }
        }
    }

    private Map<Long, UserView> patients(Caller who, List<AppointmentView> page) {
        List<Long> ids = page.stream().map(AppointmentView::patientId).filter(Objects::nonNull).distinct().toList();
        Map<Long, UserView> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            identity.usersWithIds(who, ids).forEach(user -> byId.put(user.id(), user));
        }
        return byId;
    }

    private Set<Long> withNotes(Caller who, List<AppointmentView> page) {
        return filledForms.forAppointments(who, page.stream().map(AppointmentView::id).toList()).stream()
                .filter(form -> CHARTING.equals(form.appointmentRole())).map(FilledFormView::appointmentId)
                .collect(Collectors.toSet());
    }
}
