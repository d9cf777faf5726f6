package org.caregate.outreach.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.caregate.billing.api.invoices.InvoiceNotices;
import org.caregate.forms.api.FormNotices;
import org.caregate.forms.api.FormRequestNotice;
import org.caregate.forms.api.FormShareNotice;
import org.caregate.forms.api.IntakeNotice;
import org.caregate.outreach.domain.Channel;
import org.caregate.outreach.domain.Invitation;
import org.caregate.outreach.domain.Letters;
import org.caregate.outreach.domain.Message;
import org.caregate.outreach.domain.OutreachRepository;
import org.caregate.outreach.domain.Purpose;
import org.caregate.scheduling.api.OutreachVisit;
import org.caregate.scheduling.api.VisitDirectory;

/**
 * Sends one due message, after checking that what it says still holds: nothing but the cancellation notice goes
 * out for a cancelled visit, and a reminder planned for a start time the visit no longer has is withdrawn (its
 * replacement was planned with the move). Notices always describe the visit as it is when they are sent. A message
 * the mail server or gateway refuses is tried again after a minute, at most {@value #MOST_ATTEMPTS} times; a message
 * that cannot be composed or sent at all fails at once with its reason, and the others go on; a reminder is not sent
 * after its visit has started. A form request's email goes out only while the request is open; an invoice's only
 * while the invoice is neither deleted nor in preview.
 */
public class OutreachSender {

    static final int MOST_ATTEMPTS = 5;
    static final Duration RETRY_IN = Duration.ofMinutes(1);

    private final OutreachRepository outreach;
    private final VisitDirectory visits;
    private final FormNotices forms;
    private final Accounts accounts;
    private final InvoiceNotices invoices;
    private final MailOutbox mail;
    private final SmsGateway sms;
    private final Clock clock;

    public OutreachSender(OutreachRepository outreach, VisitDirectory visits, FormNotices forms, Accounts accounts,
                          InvoiceNotices invoices, MailOutbox mail, SmsGateway sms, Clock clock) {
        this.invoices = invoices;
        this.outreach = outreach;
        this.visits = visits;
        this.forms = forms;
        this.accounts = accounts;
        this.mail = mail;
        this.sms = sms;
        this.clock = clock;
    }

    public void send(Message message) {
        if (message.purpose().isAboutAnAccount()) {
            sendAccountEmail(message);
            return;
        }
        if (message.purpose().isAboutMoney()) {
            sendBillingEmail(message);
            return;
        }
        if (message.purpose() == Purpose.FORM_SHARED) {
            sendSharedForm(message);
            return;
        }
        if (message.purpose() == Purpose.INTAKE_REMINDER) {
            sendIntakeReminder(message);
            return;
        }
        if (message.purpose().isAboutAForm()) {
            sendFormRequest(message);
            return;
        }
        Optional<OutreachVisit> found = visits.visit(message.organizationId(), message.visitKind(), message.visitId());
        Optional<String> stale = stale(message, found);
        if (stale.isPresent()) {
            outreach.withdraw(message.id(), stale.get());
            return;
        }
        OutreachVisit visit = found.orElseThrow();
        Letters.Visit letter = new Letters.Visit(visit.clinicName(), visit.patientName(), visit.startsAt(), visit.zone(),
                visit.joinUrl());
        deliver(message, () -> {
            if (message.channel() == Channel.EMAIL) {
                mail.send(message.recipient(), Letters.subject(message.purpose(), letter),
                        Letters.email(message.purpose(), letter), invitation(message, visit));
            } else {
                sms.send(message.recipient(), Letters.sms(message.purpose(), letter));
            }
        });
    }

    /** The email about a form request, unless the request is gone or no longer open. */
    private void sendFormRequest(Message message) {
        Optional<FormRequestNotice> notice = forms.request(message.organizationId(),
                Long.parseLong(message.visitId()));
        if (notice.isEmpty() || !notice.get().open()) {
            outreach.withdraw(message.id(), "the form request is no longer open");
            return;
        }
        Letters.FormRequest letter = new Letters.FormRequest(notice.get().clinicName(), notice.get().patientName(),
                notice.get().formName());
        deliver(message, () -> mail.send(message.recipient(), Letters.subject(message.purpose(), letter),
                Letters.email(message.purpose(), letter), null));
    }

    /** A welcome or invitation, unless the account has gone, been archived or lost its address. */
    private void sendAccountEmail(Message message) {
        Optional<Accounts.Holder> holder = accounts.holder(Long.parseLong(message.visitId()));
        if (holder.isEmpty()) {
            outreach.withdraw(message.id(), "the account is no longer active or has no email address");
            return;
        }
        Letters.Account letter = new Letters.Account(holder.get().clinic(), holder.get().name());
        deliver(message, () -> mail.send(holder.get().email(), Letters.subject(message.purpose(), letter),
                Letters.email(message.purpose(), letter), null));
    }

    /** An invoice's or a receipt's email, unless the invoice is gone or back in preview, or the payment unpaid. */
    private void sendBillingEmail(Message message) {
        long id = Long.parseLong(message.visitId());
        String clinic = accounts.clinic(message.organizationId()).orElse(null);
        if (message.purpose() == Purpose.INVOICE) {
            Optional<InvoiceNotices.InvoiceNotice> notice = invoices.invoice(message.organizationId(), id);
            if (notice.isEmpty()) {
                outreach.withdraw(message.id(), "the invoice is gone or in preview");
                return;
            }
            InvoiceNotices.InvoiceNotice n = notice.get();
            Letters.Invoice letter = new Letters.Invoice(clinic, n.payerName(), n.invoiceId(), n.details(), n.price(),
                    n.debt(), n.notes());
            deliver(message, () -> mail.send(message.recipient(), Letters.subject(letter), Letters.email(letter),
                    null));
            return;
        }
        Optional<InvoiceNotices.ReceiptNotice> notice = invoices.receipt(message.organizationId(), id);
        if (notice.isEmpty()) {
            outreach.withdraw(message.id(), "the payment is not paid or its payer has no address");
            return;
        }
        InvoiceNotices.ReceiptNotice n = notice.get();
        Letters.Receipt letter = new Letters.Receipt(clinic, n.payerName(), n.amount(), n.paidOn(), n.invoiceId(),
                n.debt());
        deliver(message, () -> mail.send(message.recipient(), Letters.subject(letter), Letters.email(letter), null));
    }

    /** The member's email about a template shared with them, unless the copy is gone. */
    private void sendSharedForm(Message message) {
        Optional<FormShareNotice> notice = forms.sharedForm(message.organizationId(), Long.parseLong(message.visitId()));
        if (notice.isEmpty()) {
            outreach.withdraw(message.id(), "the shared form no longer exists");
            return;
        }
        Letters.SharedForm letter = new Letters.SharedForm(notice.get().clinicName(), notice.get().memberName(),
                notice.get().formName());
        deliver(message, () -> mail.send(message.recipient(), Letters.subject(letter), Letters.email(letter), null));
    }

    /** The patient's reminder of their intake forms, unless none is left to fill in or the patient cannot be reached. */
    private void sendIntakeReminder(Message message) {
        Optional<IntakeNotice> notice = forms.intake(message.organizationId(), Long.parseLong(message.visitId()));
        if (notice.isEmpty() || notice.get().forms().isEmpty()) {
            outreach.withdraw(message.id(), "the patient has no intake forms left to complete or cannot be reached");
            return;
        }
        Letters.Intake letter = new Letters.Intake(notice.get().clinicName(), notice.get().patientName(),
                notice.get().forms());
        deliver(message, () -> mail.send(notice.get().patientEmail(), Letters.subject(letter), Letters.email(letter),
                null));
    }

    /** Sends by {@code sending} and records how it went: sent, to be tried again, or undeliverable. */
    private void deliver(Message message, Runnable sending) {
        try {
            sending.run();
            outreach.markSent(message.id());
        } catch (OutreachFailure e) {
            outreach.markFailed(message.id(), e.getMessage(), RETRY_IN, MOST_ATTEMPTS);
        } catch (RuntimeException e) {
            // not the server's or the gateway's refusal but this message itself (an address no invitation can
            // carry, say): trying again cannot help, and it must not hold up the messages after it
            outreach.markUndeliverable(message.id(), "cannot be sent: " + e);
        }
    }

    /** Why the message must not go out, if it must not. */
    private Optional<String> stale(Message message, Optional<OutreachVisit> found) {
        if (found.isEmpty()) {
            return Optional.of("the visit no longer exists");
        }
        OutreachVisit visit = found.get();
        if (message.purpose() == Purpose.CANCELLATION) {
            return Optional.empty();
        }
        if (visit.cancelled()) {
            return Optional.of("the visit was cancelled");
        }
        if (!message.purpose().isReminder()) {
            return Optional.empty();
        }
        if (!visit.startsAt().equals(message.visitStartsAt())) {
            return Optional.of("the visit moved to " + visit.startsAt());
        }
        if (!clock.instant().isBefore(visit.startsAt())) {
            return Optional.of("the visit has started");
        }
        return Optional.empty();
    }

    /** Confirmations, reschedules and cancellations carry the calendar entry; reminders do not. */
    private Invitation invitation(Message message, OutreachVisit visit) {
        if (message.purpose().isReminder()) {
            return null;
        }
        String clinic = visit.clinicName() == null || visit.clinicName().isBlank() ? "your care team" : visit.clinicName();
        return new Invitation(visit.kind() + "-" + visit.id() + "@caregate", message.sequence(),
                message.purpose() == Purpose.CANCELLATION, visit.startsAt(), visit.endsAt(),
                "Video visit with " + clinic, "Video visit with " + clinic
                + (visit.joinUrl() == null ? "" : ". Join: " + visit.joinUrl()), visit.joinUrl(), mail.sender(),
                message.recipient(), clock.instant());
    }
}
