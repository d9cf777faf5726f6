package org.caregate.outreach.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the patient reads: an email subject and text, or an SMS (kept short). The visit's time is written in the
 * patient's zone, with the zone named.
 */
public final class Letters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** The visit as letters speak of it. */
    public record Visit(String clinic, String patientName, Instant startsAt, String zone, String joinUrl) {
        String when() {
            ZoneId id = ZoneId.of(zone);
            return WHEN.format(startsAt.atZone(id)) + " (" + id.getId() + ")";
        }

        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    private Letters() {
    }

    public static String subject(Purpose purpose, Visit visit) {
        return switch (purpose) {
            case CONFIRMATION -> "Your video visit with " + visit.from() + " is booked";
            case RESCHEDULE -> "Your video visit with " + visit.from() + " has moved";
            case CANCELLATION -> "Your video visit with " + visit.from() + " is cancelled";
            case REMINDER_60 -> "Reminder: your video visit starts in one hour";
            case REMINDER_15 -> "Reminder: your video visit starts in fifteen minutes";
            case FORM_REQUEST, FORM_REQUEST_REMINDER, FORM_SHARED, INTAKE_REMINDER, WELCOME, INVITATION, INVOICE, RECEIPT ->
                    throw notAboutAVisit(purpose);
        };
    }

    public static String email(Purpose purpose, Visit visit) {
        String greeting = "Hello" + (visit.patientName() == null || visit.patientName().isBlank() ? "" : " " + visit.patientName()) + ",\n\n";
        String join = visit.joinUrl() == null ? "" : "\n\nJoin from this link (it opens five minutes before the start):\n"
                + visit.joinUrl();
        String body = switch (purpose) {
            case CONFIRMATION -> "your video visit with " + visit.from() + " is booked for " + visit.when() + "."
                    + " The attached invitation adds it to your calendar." + join;
            case RESCHEDULE -> "your video visit with " + visit.from() + " has moved to " + visit.when() + "."
                    + " The attached invitation updates your calendar." + join;
            case CANCELLATION -> "your video visit with " + visit.from() + " on " + visit.when()
                    + " is cancelled. The attached notice removes it from your calendar.";
            case REMINDER_60, REMINDER_15 -> "a reminder: your video visit with " + visit.from() + " starts "
                    + visit.when() + "." + join;
            case FORM_REQUEST, FORM_REQUEST_REMINDER, FORM_SHARED, INTAKE_REMINDER, WELCOME, INVITATION, INVOICE, RECEIPT ->
                    throw notAboutAVisit(purpose);
        };
        return greeting + body + "\n\n" + visit.from() + "\n";
    }

    public static String sms(Purpose purpose, Visit visit) {
        String join = visit.joinUrl() == null ? "" : " Join: " + visit.joinUrl();
        return switch (purpose) {
            case CONFIRMATION -> visit.from() + ": your video visit is booked for " + visit.when() + "." + join;
            case RESCHEDULE -> visit.from() + ": your video visit has moved to " + visit.when() + "." + join;
            case CANCELLATION -> visit.from() + ": your video visit on " + visit.when() + " is cancelled.";
            case REMINDER_60 -> visit.from() + ": your video visit starts in one hour." + join;
            case REMINDER_15 -> visit.from() + ": your video visit starts in fifteen minutes." + join;
            case FORM_REQUEST, FORM_REQUEST_REMINDER, FORM_SHARED, INTAKE_REMINDER, WELCOME, INVITATION, INVOICE, RECEIPT ->
                    throw notAboutAVisit(purpose);
        };
    }

    /** A form the clinic asks the patient to fill in, as the email speaks of it. */
    public record FormRequest(String clinic, String patientName, String formName) {
        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    /** The subject of the email about a form request or its reminder. */
    public static String subject(Purpose purpose, FormRequest request) {
        return (purpose == Purpose.FORM_REQUEST_REMINDER ? "Reminder: " : "") + request.from()
                + " asks you to fill in \"" + request.formName() + "\"";
    }

    /**
     * The email about a form request or its reminder. It carries no link that signs the patient in: they sign in to
     * the clinic's patient portal as they always do (or ask the clinic to reset their password) and find the form
     * among their requested forms.
     */
    public static String email(Purpose purpose, FormRequest request) {
        String greeting = "Hello" + (request.patientName() == null || request.patientName().isBlank() ? ""
                : " " + request.patientName()) + ",\n\n";
        String ask = purpose == Purpose.FORM_REQUEST_REMINDER
                ? "a reminder: " + request.from() + " is still waiting for you to fill in the form \""
                : request.from() + " asks you to fill in the form \"";
        return greeting + ask + request.formName() + "\". Sign in to your patient account as usual to find it among "
                + "your requested forms; if you cannot sign in, contact " + request.from()
                + " to reset your password.\n\n" + request.from() + "\n";
    }

    /** A patient's intake forms still to fill in, as their reminder speaks of them. */
    public record Intake(String clinic, String patientName, List<String> forms) {

        public Intake {
            forms = List.copyOf(forms);
        }

        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    public static String subject(Intake intake) {
        return "Reminder: " + intake.from() + " is waiting for your intake forms";
    }

    /**
     * The patient's reminder of their intake forms, each named. As every email of Caregate's, it carries no link that
     * signs the patient in.
     */
    public static String email(Intake intake) {
        String greeting = "Hello" + (intake.patientName() == null || intake.patientName().isBlank() ? ""
                : " " + intake.patientName()) + ",\n\n";
        StringBuilder forms = new StringBuilder();
        intake.forms().forEach(form -> forms.append("- ").append(form).append('\n'));
        return greeting + "a reminder: " + intake.from() + " is still waiting for you to complete your intake forms:\n\n"
                + forms + "\nSign in to your patient account as usual to fill them in; if you cannot sign in, contact "
                + intake.from() + " to reset your password.\n\n" + intake.from() + "\n";
    }

    /** A template a colleague shared with a member, as the member's email speaks of it. */
    public record SharedForm(String clinic, String memberName, String formName) {
    }

    public static String subject(SharedForm form) {
        return "A form was shared with you: \"" + form.formName() + "\"";
    }

    /** The member's email about a shared template: it is theirs now, among their forms; no link signs them in. */
    public static String email(SharedForm form) {
        String clinic = form.clinic() == null || form.clinic().isBlank() ? "your practice" : form.clinic();
        return "Hello" + (form.memberName() == null || form.memberName().isBlank() ? "" : " " + form.memberName())
                + ",\n\na colleague at " + clinic + " shared the form \"" + form.formName() + "\" with you. Your own "
                + "copy is now among your forms; sign in as usual to use or change it.\n\n" + clinic + "\n";
    }

    /** Someone with an account at a clinic, as their welcome or invitation speaks of them. */
    public record Account(String clinic, String name) {
        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    /** The subject of a patient's welcome or a member's invitation. */
    public static String subject(Purpose purpose, Account account) {
        return purpose == Purpose.INVITATION ? "You are invited to join " + account.from()
                : "Welcome to " + account.from();
    }

    /**
     * A patient's welcome or a member's invitation. It holds no password and no link that signs in or sets one: the
     * person signs in with the password the clinic gave them, or asks the clinic to set one.
     */
    public static String email(Purpose purpose, Account account) {
        String greeting = "Hello" + (account.name() == null || account.name().isBlank() ? "" : " " + account.name())
                + ",\n\n";
        String body = purpose == Purpose.INVITATION
                ? account.from() + " has added you as a member of its team. Sign in with this email address and the "
                + "password your administrator gave you; if you have none yet, ask them to set one for you."
                : account.from() + " has opened a patient account for you with this email address. Sign in with the "
                + "password the clinic gave you; if you have none yet, ask " + account.from() + " to set one for you.";
        return greeting + body + " For your safety this email holds no password and no sign-in link.\n\n"
                + account.from() + "\n";
    }

    /**
     * An invoice as its payer's email tells it: the invoice number, what it is for, the amount and what is still
     * owed, and the clinic's notes. It holds no link that signs anyone in.
     */
    public record Invoice(String clinic, String payerName, String invoiceId, String details, String price,
                          String debt, String notes) {
        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    public static String subject(Invoice invoice) {
        return "Invoice " + invoice.invoiceId() + " from " + invoice.from();
    }

    public static String email(Invoice invoice) {
        return greeting(invoice.payerName()) + invoice.from() + " has sent you invoice " + invoice.invoiceId()
                + ".\n\n" + invoice.details() + "\nAmount: " + invoice.price() + "\nStill owed: " + invoice.debt()
                + (invoice.notes() == null || invoice.notes().isBlank() ? "" : "\n\nNotes: " + invoice.notes())
                + "\n\nTo pay, contact " + invoice.from() + " or sign in to your patient account as usual. For your "
                + "safety this email holds no payment or sign-in link.\n\n" + invoice.from() + "\n";
    }

    /** A payment's receipt: the amount, the day, and the invoice it paid with what that invoice still owes. */
    public record Receipt(String clinic, String payerName, String amount, String paidOn, String invoiceId,
                          String debt) {
        String from() {
            return clinic == null || clinic.isBlank() ? "your care team" : clinic;
        }
    }

    public static String subject(Receipt receipt) {
        return "Your receipt from " + receipt.from();
    }

    public static String email(Receipt receipt) {
        String invoice = receipt.invoiceId() == null ? ""
                : "\nInvoice: " + receipt.invoiceId() + "\nStill owed on it: " + receipt.debt();
        return greeting(receipt.payerName()) + "thank you: " + receipt.from() + " received your payment.\n\nAmount "
                + "paid: " + receipt.amount() + "\nDate: " + receipt.paidOn() + invoice + "\n\n" + receipt.from()
                + "\n";
    }

    private static String greeting(String name) {
        return "Hello" + (name == null || name.isBlank() ? "" : " " + name) + ",\n\n";
    }

    private static IllegalArgumentException notAboutAVisit(Purpose purpose) {
        return new IllegalArgumentException(purpose.code() + " is not about a visit");
    }
}
