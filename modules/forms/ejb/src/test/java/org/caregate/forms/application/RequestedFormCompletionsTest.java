package org.caregate.forms.application;

import static org.caregate.forms.application.InMemoryForms.NOW;
import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.caregate.forms.api.NewRequest;
import org.caregate.forms.api.RequestSearch;
import org.caregate.forms.api.RequestedCompletionView;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.forms.domain.RecurringRequest;
import org.caregate.forms.domain.RequestedCompletion;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.RecurringFormId;
import org.caregate.kernel.id.RequestedFormCompletionId;
import org.caregate.kernel.id.UserId;
import org.junit.jupiter.api.Test;

class RequestedFormCompletionsTest {

    private static final Caller MEMBER = member(7, ORG, false);
    private static final Caller OUTSIDER = member(9, OTHER_ORG, true);

    private final InMemoryForms forms = new InMemoryForms();
    private final long intake = template("Intake questionnaire");

    @Test
    void sendsTheFormToEachPatientOnceAndListsTheRequests() {
        List<RequestedCompletionView> sent = forms.requestFacade.request(MEMBER, once(intake, 20, 21));
        assertEquals(2, sent.size());
        assertEquals(20, sent.get(0).recipientId());
        assertEquals("Open", sent.get(0).status());
        assertEquals("Intake questionnaire", sent.get(0).form().name());
        assertNull(sent.get(0).recurringFormId());
        assertEquals(List.of("requested_form_completion.created " + sent.get(0).id() + " by 7",
                "requested_form_completion.created " + sent.get(1).id() + " by 7"), forms.events);
        template("Allergies");

        assertEquals(1, search(21L, null, null).size());
        assertEquals(2, search(null, "INTAKE", "Open").size());
        assertEquals(2, search(null, null, "Incomplete").size());
        assertEquals(0, search(null, null, "Completed").size());
        assertEquals(0, search(null, "allergies", null).size());
        assertEquals(0, forms.requestFacade.requests(OUTSIDER, new RequestSearch(null, null, null, null, false)).size());
        assertEquals(List.of("status"), fields(() -> search(null, null, "Closed")));
    }

    @Test
    void theSeedsRecurrenceSendsAtTheWallClockTimeOfThePatientOncePerOccurrence() {
        // 2026-12-01 is a Tuesday; patient 21 lives in New York
        RequestedCompletionView first = forms.requestFacade.request(MEMBER, recurring(intake, "21", "Weekly", "1", "5",
                "PM", "Monday", null, null)).get(0);
        RecurringRequest recurrence = forms.requests.recurring.get(first.recurringFormId());
        assertEquals(Instant.parse("2026-12-07T18:05:00Z"), recurrence.nextOccurrenceAt());
        assertEquals(1, forms.requests.requests.size(), "the first request is sent at once");

        forms.now = Instant.parse("2026-12-07T18:04:59Z");
        assertEquals(0, forms.completions.sendDue(50));
        forms.now = Instant.parse("2026-12-07T18:05:00Z");
        assertEquals(1, forms.completions.sendDue(50));
        assertEquals(0, forms.completions.sendDue(50), "advanced: not due again");
        assertEquals(2, forms.requests.requests.size());
        RequestedCompletion occurrence = forms.requests.requests.values().stream()
                .filter(r -> r.occurrenceAt() != null).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-12-07T18:05:00Z"), occurrence.occurrenceAt());
        assertEquals(first.recurringFormId(), occurrence.recurringRequestId());
        assertEquals(Instant.parse("2026-12-14T18:05:00Z"),
                forms.requests.recurring.get(first.recurringFormId()).nextOccurrenceAt());
        assertTrue(forms.events.contains("requested_form_completion.created " + occurrence.id() + " by 7"));
    }

    @Test
    void occurrencesMissedWhileNoServerRanAreSentAsOneRequest() {
        RequestedCompletionView first = forms.requestFacade.request(MEMBER, recurring(intake, "20", "Daily", "9", "0",
                "AM", null, null, null)).get(0);
        forms.now = NOW.plus(Duration.ofDays(3));
        forms.completions.sendDue(50);
        assertEquals(2, forms.requests.requests.size());
        assertEquals(Instant.parse("2026-12-05T09:00:00Z"),
                forms.requests.recurring.get(first.recurringFormId()).nextOccurrenceAt());
    }

    @Test
    void aRecurrenceEndsOnItsLastDayOrWhenThePatientLeaves() {
        RequestedCompletionView monthly = forms.requestFacade.request(MEMBER, recurring(intake, "20", "monthly", "12",
                "0", "am", null, "31st", "2027-01-30")).get(0);
        assertEquals(Instant.parse("2026-12-31T00:00:00Z"),
                forms.requests.recurring.get(monthly.recurringFormId()).nextOccurrenceAt());
        forms.now = Instant.parse("2026-12-31T00:00:00Z");
        forms.completions.sendDue(50);
        assertTrue(forms.requests.recurring.get(monthly.recurringFormId()).ended(), "January 31st is past its end");

        RequestedCompletionView daily = forms.requestFacade.request(MEMBER, recurring(intake, "21", "Daily", "8", "0",
                "PM", null, null, null)).get(0);
        forms.people.put(21L, new org.caregate.identity.api.Person(21, ORG, true, "F", "L", null, null, null, false,
                null, null));
        forms.now = forms.now.plus(Duration.ofDays(2));
        int before = forms.requests.requests.size();
        forms.completions.sendDue(50);
        assertEquals(before, forms.requests.requests.size());
        assertTrue(forms.requests.recurring.get(daily.recurringFormId()).ended(), "an archived patient gets no more");
    }

    @Test
    void deletingARequestWithItsRecurringFormEndsTheRecurrence() {
        RequestedCompletionView first = forms.requestFacade.request(MEMBER, recurring(intake, "20", "Daily", "9", "0",
                "AM", null, null, null)).get(0);
        RequestedCompletionView deleted = forms.requestFacade.delete(MEMBER, new RequestedFormCompletionId(first.id()),
                new RecurringFormId(first.recurringFormId()));
        assertEquals(first.id(), deleted.id());
        assertTrue(forms.requests.requests.isEmpty());
        assertTrue(forms.events.contains("requested_form_completion.deleted " + first.id() + " by 7"));
        forms.now = NOW.plus(Duration.ofDays(7));
        assertEquals(0, forms.completions.sendDue(50));
        assertTrue(forms.requests.requests.isEmpty(), "no occurrence after the recurrence ended");
    }

    @Test
    void submittingTheFormCompletesThePatientsOpenRequestsOfIt() {
        long other = template("Consent");
        RequestedCompletionView open = forms.requestFacade.request(MEMBER, once(intake, 20)).get(0);
        RequestedCompletionView again = forms.requestFacade.request(MEMBER, once(intake, 20)).get(0);
        RequestedCompletionView consent = forms.requestFacade.request(MEMBER, once(other, 20)).get(0);
        RequestedCompletionView someoneElse = forms.requestFacade.request(MEMBER, once(intake, 21)).get(0);
        forms.events.clear();

        Caller patient = patient(20, ORG);
        assertEquals(List.of(open.id(), again.id()), forms.completions.completeFor(patient, 20, intake, 555));
        assertEquals(List.of("requested_form_completion.updated " + open.id() + " by 20",
                "requested_form_completion.updated " + again.id() + " by 20"), forms.events);
        RequestedCompletion completed = forms.requests.requests.get(open.id());
        assertTrue(completed.completed());
        assertEquals(555L, completed.formAnswerGroupId());
        assertEquals("Open", status(consent.id()));
        assertEquals("Open", status(someoneElse.id()));
        assertEquals("Completed", status(open.id()));
        assertEquals(List.of(), forms.completions.completeFor(patient, 20, intake, 556), "nothing open is left");
        assertEquals(List.of(), forms.completions.completeFor(member(9, OTHER_ORG, false), 22, intake, 557));
    }

    @Test
    void aMemberHasThePatientRemindedOfAnOpenRequest() {
        RequestedCompletionView open = forms.requestFacade.request(MEMBER, once(intake, 20)).get(0);
        forms.requestFacade.remind(MEMBER, new UserId(20), new RequestedFormCompletionId(open.id()));
        assertTrue(forms.events.contains("requested_form_completion.reminded " + open.id() + " by 7"));
        assertThrows(NotFoundException.class, () -> forms.requestFacade.remind(MEMBER, new UserId(21),
                new RequestedFormCompletionId(open.id())));
        forms.completions.completeFor(patient(20, ORG), 20, intake, 9);
        assertEquals(List.of("requested_form_completion_id"), fields(() -> forms.requestFacade.remind(MEMBER,
                new UserId(20), new RequestedFormCompletionId(open.id()))));
    }

    @Test
    void theSeedsRecurrenceFieldsAreCheckedEachOnItsField() {
        assertEquals(List.of("frequency"), fields(() -> request(recurring(intake, "20", null, "1", "5", "PM", null,
                null, null))));
        assertEquals(List.of("frequency"), fields(() -> request(recurring(intake, "20", "Hourly", "1", "5", "PM", null,
                null, null))));
        assertEquals(List.of("hour", "minute", "period"), fields(() -> request(recurring(intake, "20", "Daily", "13",
                "60", "XM", null, null, null))));
        assertEquals(List.of("hour"), fields(() -> request(recurring(intake, "20", "Daily", "0", "5", "PM", null, null,
                null))));
        assertEquals(List.of("weekday"), fields(() -> request(recurring(intake, "20", "Weekly", "1", "5", "PM", "Mon",
                null, null))));
        assertEquals(List.of("weekday"), fields(() -> request(recurring(intake, "20", "Weekly", "1", "5", "PM", null,
                null, null))));
        assertEquals(List.of("monthday"), fields(() -> request(recurring(intake, "20", "Monthly", "1", "5", "PM", null,
                "32nd", null))));
        assertEquals(List.of("monthday"), fields(() -> request(recurring(intake, "20", "Monthly", "1", "5", "PM", null,
                "twenty", null))));
        assertEquals(List.of("ends_on"), fields(() -> request(recurring(intake, "20", "Daily", "1", "5", "PM", null,
                null, "2026-11-30"))));
        assertEquals(List.of("ends_on"), fields(() -> request(recurring(intake, "20", "Daily", "1", "5", "PM", null,
                null, "30/12/2026"))));
        assertEquals(List.of("ends_on"), fields(() -> request(recurring(intake, "20", "Daily", "1", "5", "PM", null,
                null, ""))));
        assertEquals(List.of("recipient_ids", "form"), fields(() -> request(new NewRequest(List.of(), null, null, null,
                null, null, null, null, null, null, null))));
        assertTrue(forms.requests.requests.isEmpty());
        assertTrue(forms.requests.recurring.isEmpty());

        assertEquals(List.of("ends_on"), fields(() -> request(recurring(intake, "20", "Monthly", "1", "5", "PM", null,
                "27th", "2026-12-26"))), "no occurrence before its end");

        request(recurring(intake, "20", "Monthly", "12", "30", "pm", null, "27", "2026-12-27"));
        assertEquals(Instant.parse("2026-12-27T12:30:00Z"), forms.requests.recurring.values().iterator().next()
                .nextOccurrenceAt(), "12:30 PM is half past noon; a plain day number will do");
    }

    @Test
    void onlyTheOrganizationsMembersSendItsFormsToItsActivePatients() {
        assertThrows(NotFoundException.class, () -> request(once(intake, 22)));
        assertThrows(NotFoundException.class, () -> request(once(intake, 8)), "a member is no recipient");
        assertThrows(NotFoundException.class, () -> request(once(intake, 999)));
        long foreign = forms.facade.createTemplate(OUTSIDER, new TemplateChanges(null, "Theirs", null, null, null)).id();
        assertThrows(NotFoundException.class, () -> request(once(foreign, 20)));
        assertThrows(ForbiddenException.class, () -> forms.requestFacade.request(patient(20, ORG), once(intake, 20)));
        RequestedCompletionView mine = request(once(intake, 20)).get(0);
        assertThrows(NotFoundException.class, () -> forms.requestFacade.delete(OUTSIDER,
                new RequestedFormCompletionId(mine.id()), null));
        assertThrows(ForbiddenException.class, () -> forms.requestFacade.requests(patient(20, ORG),
                new RequestSearch(null, null, null, null, false)));
        long[] many = new long[RequestedFormCompletionFacadeBean.MOST_RECIPIENTS + 1];
        Arrays.setAll(many, i -> 1000 + i);
        assertEquals(List.of("recipient_ids"), fields(() -> request(once(intake, many))));
    }

    private long template(String name) {
        return forms.facade.createTemplate(member(7, ORG, true), new TemplateChanges(null, name, null, null, null)).id();
    }

    private List<RequestedCompletionView> request(NewRequest request) {
        return forms.requestFacade.request(MEMBER, request);
    }

    private List<RequestedCompletionView> search(Long user, String keywords, String status) {
        return forms.requestFacade.requests(MEMBER, new RequestSearch(user == null ? null : new UserId(user), keywords,
                status, null, false));
    }

    private String status(long id) {
        return forms.requestFacade.requests(MEMBER, new RequestSearch(null, null, null, null, false)).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow().status();
    }

    private static NewRequest once(long form, long... recipients) {
        return new NewRequest(Arrays.stream(recipients).mapToObj(UserId::new).toList(), new CustomModuleFormId(form),
                false, null, null, null, null, null, null, null, null);
    }

    private static NewRequest recurring(long form, String recipient, String frequency, String hour, String minute,
                                        String period, String weekday, String monthday, String endsOn) {
        return new NewRequest(List.of(new UserId(Long.parseLong(recipient))), new CustomModuleFormId(form), true,
                frequency, period, minute, hour, weekday, monthday, endsOn != null, endsOn);
    }

    private static List<String> fields(Runnable call) {
        return assertThrows(InvalidInputException.class, call::run).problems().stream().map(FieldMessage::field)
                .toList();
    }
}
