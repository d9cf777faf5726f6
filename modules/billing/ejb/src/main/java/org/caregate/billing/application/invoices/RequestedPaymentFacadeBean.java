package org.caregate.billing.application.invoices;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.caregate.billing.api.BillingSettingsFacade;
import org.caregate.billing.api.Money;
import org.caregate.billing.api.event.BillingEmailEvent;
import org.caregate.billing.api.event.RequestedPaymentEvent;
import org.caregate.billing.api.invoices.RequestedPaymentFacade;
import org.caregate.billing.api.invoices.RequestedPaymentQuery;
import org.caregate.billing.api.invoices.RequestedPaymentRequest;
import org.caregate.billing.api.invoices.RequestedPaymentView;
import org.caregate.billing.application.Amounts;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.claims.ClaimRepository;
import org.caregate.billing.domain.claims.Cms1500;
import org.caregate.billing.domain.invoices.InvoiceBalance;
import org.caregate.billing.domain.invoices.InvoiceRules;
import org.caregate.billing.domain.invoices.InvoiceType;
import org.caregate.billing.domain.invoices.RequestedPayer;
import org.caregate.billing.domain.invoices.RequestedPayment;
import org.caregate.billing.domain.invoices.RequestedPaymentRepository;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;

/**
 * Invoices (seed 001 "Invoices"): members send them to the organization's patients or to payers without an account,
 * for a package, a CMS 1500 claim or other services; patients see their own; a payer without an account finds one by
 * its invoice number and their uuid. Every problem of a request is answered at once and nothing is written; the
 * invoice's email goes out when it is created (unless in preview), published from preview, or sent again.
 */
@Stateless
public class RequestedPaymentFacadeBean implements RequestedPaymentFacade {

    static final String NOUN = "Requested payment";
    static final int PAGE = 10;
    private static final int MAX_NOTES = 2000;

    @Inject
    RequestedPaymentRepository invoices;

    @Inject
    OfferingRepository offerings;

    @Inject
    ClaimRepository claims;

    @Inject
    EventPublisher events;

    @EJB
    PeopleDirectory people;

    @EJB
    BillingSettingsFacade settings;

    @Inject
    InvoiceViews views;

    Clock clock = Clock.systemUTC();

    @Override
    public List<RequestedPaymentView> invoices(Caller caller, RequestedPaymentQuery query) {
        Access.requireAuthenticated(caller);
        Inputs inputs = new Inputs();
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0 || offset > 100_000) {
            inputs.problem("offset", "must be between 0 and 100000");
        }
        String keywords = inputs.optional("keywords", query.keywords());
        String sort = inputs.optional("sort_by", query.sortBy());
        if (sort != null && !List.of("created_at_desc", "created_at_asc").contains(sort.toLowerCase(Locale.ROOT))) {
            inputs.problem("sort_by", "must be created_at_desc or created_at_asc");
        }
        String status = inputs.optional("status_filter", query.statusFilter());
        if (status != null && InvoiceBalance.manualMarkOf(status).isEmpty()) {
            inputs.problem("status_filter", "must be one of " + String.join(", ", InvoiceBalance.STATUSES));
        }
        Long sender = inputs.id("sender_id", query.senderId());
        inputs.check();
        boolean preview = Boolean.TRUE.equals(query.preview());
        if (!caller.isMember() && preview) {
            return List.of();
        }
        Long recipient = caller.isMember() ? null : caller.userId();
        return invoices.search(caller.organizationId(), new RequestedPaymentRepository.InvoiceSearch(recipient, sender,
                        preview, keywords, status, Boolean.TRUE.equals(query.onlyUnpaid()),
                        "created_at_asc".equalsIgnoreCase(sort), offset, PAGE))
                .stream().map(invoice -> view(invoice, caller.isMember(), false)).toList();
    }

    @Override
    public RequestedPaymentView invoice(Caller caller, String id, String invoiceId, String uuid, Boolean preview) {
        Inputs inputs = new Inputs();
        Long parsed = inputs.id("id", id);
        String number = inputs.optional("invoice_id", invoiceId);
        String external = inputs.optional("uuid", uuid);
        if (parsed == null && number == null && external == null && !inputs.hasProblem("id")) {
            inputs.problem("id", "one of id, or invoice_id with uuid, must be given");
        }
        if (parsed == null && (number == null) != (external == null)) {
            inputs.problem(number == null ? "invoice_id" : "uuid", "must be given together with "
                    + (number == null ? "uuid" : "invoice_id"));
        }
        inputs.check();
        RequestedPaymentView found = parsed != null ? byId(caller, parsed) : byPayer(caller, number, external);
        if (preview != null && preview != found.preview()) {
            throw new NotFoundException(NOUN);
        }
        return found;
    }

    private RequestedPaymentView byId(Caller caller, long id) {
        Access.requireAuthenticated(caller);
        RequestedPayment invoice = invoices.find(caller.organizationId(), id).filter(i -> i.deletedAt() == null)
                .filter(i -> caller.isMember() || !i.isPreview() && Long.valueOf(caller.userId())
                        .equals(i.recipientId()))
                .orElseThrow(() -> new NotFoundException(NOUN));
        return view(invoice, caller.isMember(), false);
    }

    /**
     * A payer without an account's invoice: their uuid and the invoice number must both match — compared in constant
     * time — or it is not found, exactly as an unknown pair. A caller with a key sees only their organization's.
     */
    private RequestedPaymentView byPayer(Caller caller, String number, String external) {
        UUID key;
        try {
            key = UUID.fromString(external);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(NOUN);
        }
        Optional<RequestedPayer> payer = invoices.payerByUuid(key)
                .filter(p -> MessageDigest.isEqual(bytes(p.uuid().toString()), bytes(external.toLowerCase(Locale.ROOT))))
                .filter(p -> !caller.isAuthenticated() || Long.valueOf(p.organizationId())
                        .equals(caller.organizationId()));
        RequestedPayment match = null;
        for (RequestedPayment invoice : payer.map(p -> invoices.ofPayer(p.id())).orElse(List.of())) {
            if (MessageDigest.isEqual(bytes(invoice.invoiceNumber()), bytes(number)) && !invoice.isPreview()) {
                match = invoice;
            }
        }
        if (match == null) {
            throw new NotFoundException(NOUN);
        }
        boolean member = caller.isMember() && Long.valueOf(match.organizationId()).equals(caller.organizationId());
        return view(match, member, !member);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public RequestedPaymentView create(Caller caller, RequestedPaymentRequest request) {
        Access.requireMember(caller);
        long organization = caller.organizationId();
        Currency currency = settings.currency(caller);
        Inputs inputs = new Inputs();
        Read read = read(inputs, request, currency);
        InvoiceType type = read.type;
        if (type == null && !inputs.hasProblem("invoice_type")) {
            inputs.problem("invoice_type", "can't be blank (offering, cms1500 or other)");
        }
        if (type != null) {
            InvoiceRules.problems(new InvoiceRules.Shape(type, read.offering != null, read.cms1500 != null,
                    read.services != null, read.serviceDate != null, read.price != null,
                    read.recipient != null || type == InvoiceType.CMS1500 && read.cms1500 != null,
                    request.requestedPayer() != null)).forEach(inputs::problem);
        }
        Priced priced = lookUp(inputs, organization, read, type, null);
        long sender = read.sender != null ? read.sender : caller.userId();
        inputs.check();
        RequestedPayment invoice = new RequestedPayment(organization, number(organization, sender), sender, currency,
                clock.instant());
        invoice.invoiceFor(type, read.offering, read.cms1500, read.services, read.serviceDate, clock.instant());
        invoice.addressTo(priced.recipient, payerOf(organization, request.requestedPayer()), clock.instant());
        invoice.reprice(read.price != null ? read.price.amount() : priced.defaultPrice, clock.instant());
        invoice.note(read.notes, clock.instant());
        invoice.markManuallyPaid(Boolean.TRUE.equals(read.manualMark), clock.instant());
        invoice.preview(Boolean.TRUE.equals(read.preview), clock.instant());
        invoices.add(invoice);
        events.publish(caller, new RequestedPaymentEvent(RequestedPaymentEvent.Action.CREATED, invoice.id(),
                List.of()));
        if (!invoice.isPreview() || Boolean.TRUE.equals(request.sendRequestEmail())) {
            owe(caller, BillingEmailEvent.Action.INVOICE, invoice.id());
        }
        return view(invoice, true, false);
    }

    @Override
    public RequestedPaymentView update(Caller caller, RequestedPaymentRequest request) {
        Access.requireMember(caller);
        long organization = caller.organizationId();
        Inputs ids = new Inputs();
        Long id = ids.requiredId("id", request.id());
        ids.check();
        RequestedPayment invoice = invoices.lock(organization, id).filter(i -> i.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException(NOUN));
        Inputs inputs = new Inputs();
        Read read = read(inputs, request, invoice.currency());
        InvoiceType type = read.type != null ? read.type : invoice.type();
        boolean retyped = type != invoice.type();
        Long offering = read.offering != null ? read.offering : retyped ? null : invoice.offeringId();
        Long cms1500 = read.cms1500 != null ? read.cms1500 : retyped ? null : invoice.cms1500Id();
        String services = read.services != null ? read.services : retyped ? null : invoice.servicesProvided();
        LocalDate serviceDate = read.serviceDate != null ? read.serviceDate : retyped ? null : invoice.serviceDate();
        InvoiceRules.problems(new InvoiceRules.Shape(type, offering != null, cms1500 != null, services != null,
                serviceDate != null, true, true, true)).forEach(inputs::problem);
        // only what the request names is looked up again: a package deleted since does not block editing the notes
        Priced priced = lookUp(inputs, organization, read, type, invoice.recipientId());
        if (read.recipient != null && read.cms1500 == null && cms1500 != null) {
            // the claim it keeps must stay the patient's it is addressed to
            claims.cms1500(organization, cms1500).filter(claim -> claim.patientId() != read.recipient)
                    .ifPresent(claim -> inputs.problem("recipient_id", "is not the patient of the invoice's CMS 1500"));
        }
        InvoiceBalance before = invoices.balance(invoice);
        List<Long> payments = invoices.paymentIds(organization, invoice.id());
        if (read.recipient != null && !read.recipient.equals(invoice.recipientId()) && !payments.isEmpty()) {
            inputs.problem("recipient_id", "An invoice with payments keeps the patient it was sent to");
        }
        BigDecimal price = read.price != null ? read.price.amount()
                : read.offering != null || read.cms1500 != null ? priced.defaultPrice : invoice.price();
        BigDecimal taken = before.paid().add(before.charging());
        if (price.compareTo(taken) < 0) {
            inputs.problem("price", "must be at least what was paid (" + new Money(taken, invoice.currency())
                    .toPlainString() + ")");
        }
        Long receiptOf = null;
        if (Boolean.TRUE.equals(request.resendReceipt())) {
            receiptOf = invoices.lastPaidPayment(organization, invoice.id()).orElse(null);
            if (receiptOf == null) {
                inputs.problem("resend_receipt", "The invoice has no paid payment to send a receipt for");
            }
        }
        boolean published = invoice.isPreview() && Boolean.FALSE.equals(read.preview);
        boolean stillPreview = read.preview != null ? read.preview : invoice.isPreview();
        if (Boolean.TRUE.equals(request.sendRequestEmail()) && stillPreview) {
            inputs.problem("send_request_email", "An invoice in preview is not sent; publish it with is_preview: false");
        }
        if (request.requestedPayer() != null && !payments.isEmpty()) {
            inputs.problem("requested_payer", "An invoice with payments keeps its payer");
        }
        inputs.check();
        List<String> changed = new ArrayList<>();
        if (read.type != null || read.offering != null || read.cms1500 != null || read.services != null
                || read.serviceDate != null) {
            invoice.invoiceFor(type, offering, cms1500, services, serviceDate, clock.instant());
            changed.add("invoice_type");
            changed.add("details");
        }
        if (read.recipient != null || priced.recipient != null && invoice.recipientId() == null
                || request.requestedPayer() != null) {
            Long recipient = priced.recipient != null ? priced.recipient : invoice.recipientId();
            Long payer = request.requestedPayer() != null ? payerOf(organization, request.requestedPayer()) : invoice.requestedPayerId();
            invoice.addressTo(recipient, payer, clock.instant());
            changed.add("recipient");
            changed.add("requested_payer");
        }
        if (price.compareTo(invoice.price()) != 0) {
            invoice.reprice(price, clock.instant());
            changed.add("price");
            changed.add("debt");
        }
        if (read.sender != null && read.sender != invoice.senderId()) {
            invoice.sentBy(read.sender, clock.instant());
            changed.add("sender");
        }
        if (read.notes != null) {
            invoice.note(read.notes, clock.instant());
            changed.add("notes");
        }
        if (read.manualMark != null && read.manualMark != invoice.manuallyPaid()) {
            invoice.markManuallyPaid(read.manualMark, clock.instant());
            changed.add("is_manually_paid");
            changed.add("status");
            changed.add("debt");
        }
        if (read.preview != null && read.preview != invoice.isPreview()) {
            invoice.preview(read.preview, clock.instant());
            changed.add("is_preview");
        }
        if (!changed.isEmpty()) {
            events.publish(caller, new RequestedPaymentEvent(RequestedPaymentEvent.Action.UPDATED, invoice.id(),
                    changed.stream().distinct().toList()));
        }
        if (published || Boolean.TRUE.equals(request.sendRequestEmail())) {
            owe(caller, BillingEmailEvent.Action.INVOICE, invoice.id());
        }
        if (receiptOf != null) {
            owe(caller, BillingEmailEvent.Action.RECEIPT, receiptOf);
        }
        return view(invoice, true, false);
    }

    @Override
    public RequestedPaymentView delete(Caller caller, String id) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        Long parsed = inputs.requiredId("id", id);
        inputs.check();
        RequestedPayment invoice = invoices.lock(caller.organizationId(), parsed).filter(i -> i.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException(NOUN));
        invoice.delete(clock.instant());
        events.publish(caller, new RequestedPaymentEvent(RequestedPaymentEvent.Action.UPDATED, invoice.id(),
                List.of("deleted_at")));
        return view(invoice, true, false);
    }

    /** The request's fields, read and bounded. */
    private record Read(InvoiceType type, Long recipient, Long sender, Long offering, Long cms1500, Money price,
                        String notes, LocalDate serviceDate, String services, Boolean manualMark, Boolean preview) {
    }

    /** Whom the invoice is for and its price by default (its package's or claim's), once looked up. */
    private record Priced(Long recipient, BigDecimal defaultPrice) {
    }

    private static Read read(Inputs inputs, RequestedPaymentRequest request, Currency currency) {
        InvoiceType type = null;
        if (request.invoiceType() != null && !request.invoiceType().isBlank()) {
            type = InvoiceType.parse(request.invoiceType()).orElse(null);
            if (type == null) {
                inputs.problem("invoice_type", "must be offering, cms1500 or other");
            }
        }
        Long recipient = inputs.id("recipient_id", request.recipientId());
        Long sender = inputs.id("sender_id", request.senderId());
        Long offering = inputs.id("offering_id", request.offeringId());
        Long cms1500 = inputs.id("cms1500_id", request.cms1500Id());
        Money price = null;
        if (request.price() != null && !request.price().isBlank()) {
            Amounts.Result amount = Amounts.read(request.price(), currency);
            if (amount.problem() != null) {
                inputs.problem("price", amount.problem());
            }
            price = amount.money();
        }
        String notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            inputs.problem("notes", "is too long (at most " + MAX_NOTES + " characters)");
        }
        String services = inputs.optional("services_provided", request.servicesProvided());
        LocalDate serviceDate = null;
        if (request.serviceDate() != null && !request.serviceDate().isBlank()) {
            try {
                serviceDate = inputs.calendarDate("service_date", LocalDate.parse(request.serviceDate().strip()));
            } catch (DateTimeParseException e) {
                inputs.problem("service_date", "must be a date such as 2024-01-31");
            }
        }
        Boolean manualMark = null;
        if (request.status() != null && !request.status().isBlank()) {
            manualMark = InvoiceBalance.manualMarkOf(request.status()).orElse(null);
            if (manualMark == null) {
                inputs.problem("status", "must be one of " + String.join(", ", InvoiceBalance.STATUSES));
            }
        }
        if (request.userPackageSelectionId() != null && !request.userPackageSelectionId().isBlank()) {
            inputs.problem("user_package_selection_id", "Package selection not found");
        }
        RequestedPaymentRequest.Payer payer = request.requestedPayer();
        if (payer != null) {
            inputs.required("requested_payer", payer.firstName());
            inputs.optional("requested_payer", payer.lastName());
            inputs.email("requested_payer", payer.email(), true);
        }
        return new Read(type, recipient, sender, offering, cms1500, price, notes, serviceDate, services, manualMark,
                request.isPreview());
    }

    /**
     * Checks the people, package and claim named against the organization; a CMS 1500's patient is the recipient. A
     * claim must be the patient's the invoice is addressed to: the one named, else the one it already has
     * ({@code addressedTo}, on update).
     */
    private Priced lookUp(Inputs inputs, long organization, Read read, InvoiceType type, Long addressedTo) {
        Long recipient = read.recipient;
        if (recipient != null && people.person(recipient)
                .filter(p -> p.isPatient() && p.organizationId() == organization).isEmpty()) {
            inputs.problem("recipient_id", "Patient not found");
        }
        if (read.sender != null && people.person(read.sender)
                .filter(p -> !p.isPatient() && p.active() && p.organizationId() == organization).isEmpty()) {
            inputs.problem("sender_id", "Provider not found");
        }
        BigDecimal defaultPrice = BigDecimal.ZERO;
        if (type == InvoiceType.OFFERING && read.offering != null) {
            Optional<Offering> offering = offerings.find(organization, read.offering);
            if (offering.isEmpty()) {
                inputs.problem("offering_id", "Offering not found");
            } else {
                defaultPrice = offering.get().price();
            }
        }
        if (type == InvoiceType.CMS1500 && read.cms1500 != null) {
            Optional<Cms1500> claim = claims.cms1500(organization, read.cms1500);
            if (claim.isEmpty()) {
                inputs.problem("cms1500_id", "CMS 1500 not found");
            } else {
                defaultPrice = claim.get().totalFee();
                Long patient = recipient != null ? recipient : addressedTo;
                if (patient == null) {
                    recipient = claim.get().patientId();
                } else if (patient != claim.get().patientId()) {
                    inputs.problem("cms1500_id", "is another patient's CMS 1500");
                }
            }
        }
        return new Priced(recipient, defaultPrice);
    }

    /** A payer without an account, recorded with a new uuid. */
    private Long payerOf(long organization, RequestedPaymentRequest.Payer payer) {
        return payer == null ? null : invoices.addPayer(new RequestedPayer(organization, payer.firstName().strip(),
                payer.lastName() == null || payer.lastName().isBlank() ? null : payer.lastName().strip(),
                payer.email().strip(), clock.instant())).id();
    }

    /** The organization's next invoice number, "<sender's initials>-<n>-<year>" ("UU-1-2022"). */
    private String number(long organization, long sender) {
        Optional<Person> member = people.person(sender);
        String initials = member.map(p -> initial(p.firstName()) + initial(p.lastName())).orElse("");
        ZoneId zone = member.map(RequestedPaymentFacadeBean::zoneOf).orElse(ZoneId.of("UTC"));
        return (initials.isEmpty() ? "INV" : initials) + "-" + invoices.nextNumber(organization) + "-"
                + LocalDate.now(clock.withZone(zone)).getYear();
    }

    private static String initial(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int first = name.strip().codePointAt(0);
        return Character.isLetter(first) && first < 128 ? String.valueOf((char) first).toUpperCase(Locale.ROOT) : "";
    }

    static ZoneId zoneOf(Person person) {
        try {
            return person.timezone() == null || person.timezone().isBlank() ? ZoneId.of("UTC")
                    : ZoneId.of(person.timezone());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private void owe(Caller caller, BillingEmailEvent.Action action, long id) {
        events.publish(caller, new BillingEmailEvent(action, id));
    }

    private RequestedPaymentView view(RequestedPayment invoice, boolean member, boolean forPayer) {
        return views.of(invoice, member, forPayer);
    }
}
