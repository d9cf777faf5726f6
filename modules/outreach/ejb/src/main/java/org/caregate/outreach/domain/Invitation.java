package org.caregate.outreach.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

/**
 * The RFC 5545 calendar entry sent with confirmation, reschedule and cancellation emails, built with ical4j. One
 * visit keeps one UID for its whole life, and every change the patient is told about raises SEQUENCE, so calendar
 * programs update or remove the entry they have instead of adding another. Times are UTC instants ({@code …Z}):
 * exact in every zone, shown by the patient's calendar in the patient's own zone.
 *
 * @param uid      stable per visit, e.g. {@code appointment-42@caregate}
 * @param sequence 0 for the first invitation, then one more per change
 */
public record Invitation(String uid, int sequence, boolean cancel, Instant startsAt, Instant endsAt, String summary,
                         String description, String joinUrl, String organizerEmail, String attendeeEmail,
                         Instant stamp) {

    /** A {@code mailto:} URI for an address, its characters that URIs do not allow ({@code |}, say) escaped. */
    static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an address a calendar entry can carry: " + address, e);
        }
    }

    /** The MIME type of the attachment, with the iTIP method calendar programs act on. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + (cancel ? "CANCEL" : "REQUEST");
    }

    /** The {@code .ics} text. */
    public String ics() {
        VEvent event = new VEvent(startsAt, endsAt, summary);
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Description(description));
        if (joinUrl != null) {
            event.add(new Location(joinUrl));
            event.add(new net.fortuna.ical4j.model.property.Url(URI.create(joinUrl)));
        }
        event.add(new Organizer(mailto(organizerEmail)));
        event.add(new Attendee(mailto(attendeeEmail)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Caregate//Outreach//EN"));
        calendar.add(new Version("2.0", "2.0"));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
