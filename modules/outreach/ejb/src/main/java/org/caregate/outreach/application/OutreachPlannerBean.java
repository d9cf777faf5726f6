package org.caregate.outreach.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.caregate.billing.api.event.BillingEmailEvent;
import org.caregate.billing.api.invoices.InvoiceNotices;
import org.caregate.forms.api.FormNotices;
import org.caregate.forms.api.FormRequestNotice;
import org.caregate.forms.api.FormShareNotice;
import org.caregate.forms.api.IntakeNotice;
import org.caregate.forms.api.event.FormTemplateEvent;
import org.caregate.forms.api.event.IntakeReminderEvent;
import org.caregate.forms.api.event.RequestedFormCompletionEvent;
import org.caregate.identity.api.OrganizationDirectory;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.event.AccountEmailEvent;
import org.caregate.kernel.event.PublishedEvent;
import org.caregate.outreach.domain.Channel;
import org.caregate.outreach.domain.Message;
import org.caregate.outreach.domain.OutreachRepository;
import org.caregate.outreach.domain.OutreachSchedule;
import org.caregate.outreach.domain.PhoneNumbers;
import org.caregate.outreach.domain.Purpose;
import org.caregate.scheduling.api.OutreachVisit;
import org.caregate.scheduling.api.VisitDirectory;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.visits.api.event.PartnerVideoRoomEvent;

/**
 * Plans what a visit's event owes its patient (seed 000's schedule), in the consuming message's transaction and
 * once per event: a booking plans the confirmation and reminders; a move withdraws the pending reminders and plans
 * the reschedule notice and new reminders; a cancellation withdraws the pending reminders and plans the
 * cancellation notice. Events may be consumed in either order and side by side: each plan first takes the visit's
 * row ({@link OutreachRepository#sequence}), so plans of one visit run one after the other and each sees what the
 * previous one planned, and each plan reads the visit as it is now. A form completion request sent to a patient,
 * and each reminder of it a member asks for, owes the patient an email; a template shared with a member owes the
 * member one; so does a patient's welcome and a member's invitation, an invoice (to its payer) and a receipt.
 */
@Stateless
public class OutreachPlannerBean {

    /** The kind of "visit" a form request's messages name. */
    public static final String FORM_REQUEST = RequestedFormCompletionEvent.RESOURCE;

    /** The kind an invoice's emails name (the id is the invoice's). */
    public static final String INVOICE = "requested_payment";

    /** The kind a receipt's emails name (the id is the payment's). */
    public static final String RECEIPT = "billing_item";

    @Inject
    OutreachRepository outreach;

    @Inject
    VisitDirectory visits;

    @Inject
    PhoneNumbers phones;

    @Inject
    FormNotices forms;

    @Inject
    PeopleDirectory people;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    InvoiceNotices invoices;

    Clock clock = Clock.systemUTC();

    /** What happened to a visit, in the terms of the events topic. */
    public enum Change { BOOKED, MOVED, CANCELLED }

    /** The change an event is, if outreach cares about it. */
    public static Optional<Change> change(PublishedEvent event) {
        Optional<Change> ofAppointment = event.action(AppointmentEvent.RESOURCE, AppointmentEvent.Action.class)
                .map(action -> switch (action) {
                    case CREATED -> Change.BOOKED;
                    case RESCHEDULED -> Change.MOVED;
                    case CANCELLED, DELETED -> Change.CANCELLED;
                    case UPDATED, COMPLETED, NO_SHOW, LWBS, INCOMPLETED -> null;
                });
        if (ofAppointment.isPresent()) {
            return ofAppointment;
        }
        return event.action(PartnerVideoRoomEvent.RESOURCE, PartnerVideoRoomEvent.Action.class)
                .map(action -> switch (action) {
                    case CREATED -> Change.BOOKED;
                    case RESCHEDULED -> Change.MOVED;
                    case CANCELLED -> Change.CANCELLED;
                });
    }

    /** The messages planned; none when the event was consumed before or the patient cannot be reached. */
    public int plan(PublishedEvent event) {
        Optional<RequestedFormCompletionEvent.Action> formRequest = event.action(RequestedFormCompletionEvent.RESOURCE,
                RequestedFormCompletionEvent.Action.class);
        if (formRequest.isPresent()) {
            return planFormRequest(event, formRequest.get());
        }
        if (event.action(FormTemplateEvent.RESOURCE, FormTemplateEvent.Action.class).isPresent()) {
            return planSharedForm(event);
        }
        if (event.action(IntakeReminderEvent.RESOURCE, IntakeReminderEvent.Action.class).isPresent()) {
            return planIntakeReminder(event);
        }
        Optional<AccountEmailEvent.Action> account = event.action(AccountEmailEvent.RESOURCE,
                AccountEmailEvent.Action.class);
        if (account.isPresent()) {
            return planAccountEmail(event, account.get());
        }
        Optional<BillingEmailEvent.Action> money = event.action(BillingEmailEvent.RESOURCE,
                BillingEmailEvent.Action.class);
        if (money.isPresent()) {
            return planBillingEmail(event, money.get());
        }
        Optional<Change> change = change(event);
        if (event.organizationId() == null || event.resourceId() == null || change.isEmpty()
                || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        long organizationId = event.organizationId();
        Optional<OutreachVisit> found = visits.visit(organizationId, event.resourceType(), event.resourceId());
        if (found.isEmpty()) {
            return 0;
        }
        OutreachVisit visit = found.get();
        String email = visit.patientEmail() == null || visit.patientEmail().isBlank() ? null : visit.patientEmail().strip();
        String phone = phones.e164(visit.patientPhone()).orElse(null);
        if (email == null && phone == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<OutreachSchedule.Owed> owed;
        int sequence;
        switch (change.get()) {
            case BOOKED -> {
                sequence = outreach.sequence(visit.kind(), visit.id(), organizationId, false);
                owed = visit.cancelled() ? List.of() : OutreachSchedule.booked(email, phone, visit.startsAt(), now);
            }
            case MOVED -> {
                sequence = outreach.sequence(visit.kind(), visit.id(), organizationId, true);
                outreach.withdrawPendingReminders(visit.kind(), visit.id());
                owed = OutreachSchedule.rescheduled(email, phone, visit.startsAt(), now);
            }
            default -> {
                sequence = outreach.sequence(visit.kind(), visit.id(), organizationId, true);
                outreach.withdrawPendingReminders(visit.kind(), visit.id());
                owed = OutreachSchedule.cancelled(email, phone, now);
            }
        }
        for (OutreachSchedule.Owed message : owed) {
            outreach.plan(new Message(UUID.randomUUID(), visit.kind(), visit.id(), organizationId, message.purpose(),
                    message.channel(), message.recipient(), sequence, visit.startsAt(), message.dueAt()));
        }
        return owed.size();
    }

    /**
     * A form request sent ({@code created}) or a reminder asked for ({@code reminded}) owes the patient one email at
     * once; each reminder is numbered, so every one asked for goes out. Nothing is owed for an event consumed before,
     * a request no longer open or a patient without an email address.
     */
    private int planFormRequest(PublishedEvent event, RequestedFormCompletionEvent.Action action) {
        boolean reminder = action == RequestedFormCompletionEvent.Action.REMINDED;
        if (event.organizationId() == null || event.resourceId() == null
                || action != RequestedFormCompletionEvent.Action.CREATED && !reminder
                || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        Optional<FormRequestNotice> notice = forms.request(event.organizationId(),
                Long.parseLong(event.resourceId()));
        if (notice.isEmpty() || !notice.get().open() || notice.get().patientEmail() == null) {
            return 0;
        }
        int sequence = outreach.sequence(FORM_REQUEST, event.resourceId(), event.organizationId(), reminder);
        outreach.plan(new Message(UUID.randomUUID(), FORM_REQUEST, event.resourceId(), event.organizationId(),
                reminder ? Purpose.FORM_REQUEST_REMINDER : Purpose.FORM_REQUEST, Channel.EMAIL,
                notice.get().patientEmail(), sequence, null, clock.instant()));
        return 1;
    }

    /**
     * A welcome or an invitation owes the person one email at once, if their account is active and has an address;
     * each is numbered, so every one asked for goes out.
     */
    private int planAccountEmail(PublishedEvent event, AccountEmailEvent.Action action) {
        if (event.organizationId() == null || event.resourceId() == null || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        Optional<Accounts.Holder> holder = new Accounts(people, organizations).holder(Long.parseLong(event.resourceId()));
        if (holder.isEmpty()) {
            return 0;
        }
        outreach.plan(new Message(UUID.randomUUID(), AccountEmailEvent.RESOURCE, event.resourceId(),
                holder.get().organizationId(), action == AccountEmailEvent.Action.INVITED ? Purpose.INVITATION
                : Purpose.WELCOME, Channel.EMAIL, holder.get().email(),
                outreach.sequence(AccountEmailEvent.RESOURCE, event.resourceId(), holder.get().organizationId(), true),
                null, clock.instant()));
        return 1;
    }

    /**
     * An invoice owes its payer an email, a paid payment its payer a receipt, at once, if they have an address; each
     * is numbered, so every one asked for goes out.
     */
    private int planBillingEmail(PublishedEvent event, BillingEmailEvent.Action action) {
        if (event.organizationId() == null || event.resourceId() == null || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        long organization = event.organizationId();
        long id = Long.parseLong(event.resourceId());
        boolean invoice = action == BillingEmailEvent.Action.INVOICE;
        Optional<String> email = invoice ? invoices.invoice(organization, id).map(InvoiceNotices.InvoiceNotice::email)
                : invoices.receipt(organization, id).map(InvoiceNotices.ReceiptNotice::email);
        if (email.isEmpty()) {
            return 0;
        }
        String kind = invoice ? INVOICE : RECEIPT;
        outreach.plan(new Message(UUID.randomUUID(), kind, event.resourceId(), organization,
                invoice ? Purpose.INVOICE : Purpose.RECEIPT, Channel.EMAIL, email.get(),
                outreach.sequence(kind, event.resourceId(), organization, true), null, clock.instant()));
        return 1;
    }

    /**
     * A reminder of a patient's intake forms owes them one email at once, if they can be reached and have forms left
     * to fill in; each is numbered, so every one asked for goes out.
     */
    private int planIntakeReminder(PublishedEvent event) {
        if (event.organizationId() == null || event.resourceId() == null || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        Optional<IntakeNotice> notice = forms.intake(event.organizationId(), Long.parseLong(event.resourceId()));
        if (notice.isEmpty() || notice.get().forms().isEmpty()) {
            return 0;
        }
        outreach.plan(new Message(UUID.randomUUID(), IntakeReminderEvent.RESOURCE, event.resourceId(),
                event.organizationId(), Purpose.INTAKE_REMINDER, Channel.EMAIL, notice.get().patientEmail(),
                outreach.sequence(IntakeReminderEvent.RESOURCE, event.resourceId(), event.organizationId(), true),
                null, clock.instant()));
        return 1;
    }

    /** A template shared with a member owes them one email at once, if they have an address. */
    private int planSharedForm(PublishedEvent event) {
        if (event.organizationId() == null || event.resourceId() == null || !outreach.consumeOnce(event.id())) {
            return 0;
        }
        Optional<FormShareNotice> notice = forms.sharedForm(event.organizationId(), Long.parseLong(event.resourceId()));
        if (notice.isEmpty()) {
            return 0;
        }
        outreach.plan(new Message(UUID.randomUUID(), FormTemplateEvent.RESOURCE, event.resourceId(),
                event.organizationId(), Purpose.FORM_SHARED, Channel.EMAIL, notice.get().memberEmail(),
                outreach.sequence(FormTemplateEvent.RESOURCE, event.resourceId(), event.organizationId(), false), null,
                clock.instant()));
        return 1;
    }
}
