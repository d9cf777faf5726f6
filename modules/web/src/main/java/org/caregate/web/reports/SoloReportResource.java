package org.caregate.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.caregate.kernel.Caller;
import org.caregate.kernel.input.Access;
import org.caregate.reports.api.ReportsFacade;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Solo's "Data Download" (seed 004 "Reports"): the caller's organization's visits in a range of days as CSV. The
 * rows are the reports context's (the same columns as encounter reports), streamed a page of visits at a time, so a
 * year of visits never sits in memory. The range and the caller's membership are checked before the first byte, so
 * refusals keep Solo's JSON error shape.
 */
@ApplicationScoped
@Path("/v1/reports")
@Tag(name = "Reports")
public class SoloReportResource {

    @EJB
    ReportsFacade reports;

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
        StreamingOutput body = out -> reports.writeVisitsCsv(who, range.from(), range.until(), out);
        // seed 004: "Content-Type: application/octet-stream", a binary file in CSV format (UTF-8)
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"csv-data-dump-"
                        + range.from().toString().substring(0, 10) + "-" + to.strip() + ".csv\"")
                .build();
    }
}
