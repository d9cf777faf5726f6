package org.caregate.reports.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormView;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.identity.api.UserView;
import org.caregate.kernel.Caller;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.visits.api.VideoVisitFacade;
import org.caregate.visits.api.VisitAttendanceView;

/**
 * The visits CSV, written a page of {@value #PAGE} visits at a time (a year of visits never sits in memory): the
 * organization's visits starting in a range, by start, composed from the scheduling, identity (the patient's MRN),
 * forms (whether a visit note exists) and visits (the video call's status and attendance) facades. RFC 4180 (CRLF, quoting by Commons CSV), a header row, every
 * cell through {@link CsvCells}.
 */
@Dependent
public class VisitRows {

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

    /**
     * Writes the header and one row per visit starting in {@code [from, until)} with the given columns (names of
     * {@link VisitColumns#ALL}); answers how many visits were written.
     */
    public int write(Caller caller, Instant from, Instant until, List<String> columns, Appendable out)
            throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
        int rows = 0;
        CSVPrinter printer = new CSVPrinter(out, format);
        AppointmentView last = null;
        while (true) {
            List<AppointmentView> page = appointments.startingBetween(caller, from, until, last, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, UserView> patients = patients(caller, page);
            Set<Long> withNotes = withNotes(caller, page);
            Map<Long, VisitAttendanceView> calls = calls(caller, page);
            for (AppointmentView visit : page) {
                UserView patient = visit.patientId() == null ? null : patients.get(visit.patientId());
                printer.printRecord(VisitColumns.cells(columns, new VisitColumns.Visit(visit, patient,
                        withNotes.contains(visit.id()), calls.get(visit.id()))));
                rows++;
            }
            printer.flush();
            if (page.size() < PAGE) {
                break;
            }
            last = page.get(page.size() - 1);
        }
        printer.flush();
        return rows;
    }

    private Map<Long, UserView> patients(Caller caller, List<AppointmentView> page) {
        List<Long> ids = page.stream().map(AppointmentView::patientId).filter(Objects::nonNull).distinct().toList();
        Map<Long, UserView> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            identity.usersWithIds(caller, ids).forEach(user -> byId.put(user.id(), user));
        }
        return byId;
    }

    private Map<Long, VisitAttendanceView> calls(Caller caller, List<AppointmentView> page) {
        Map<Long, VisitAttendanceView> byAppointment = new HashMap<>();
        videoVisits.attendance(caller, page.stream().map(AppointmentView::id).toList())
                .forEach(call -> byAppointment.put(call.appointmentId(), call));
        return byAppointment;
    }

    private Set<Long> withNotes(Caller caller, List<AppointmentView> page) {
        return filledForms.forAppointments(caller, page.stream().map(AppointmentView::id).toList()).stream()
                .filter(form -> CHARTING.equals(form.appointmentRole())).map(FilledFormView::appointmentId)
                .collect(Collectors.toSet());
    }
}
