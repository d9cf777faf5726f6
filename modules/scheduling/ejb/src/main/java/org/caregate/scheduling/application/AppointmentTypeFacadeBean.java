package org.caregate.scheduling.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caregate.identity.api.PeopleDirectory;
import org.caregate.identity.api.Person;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.audit.ChangedFields;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.AppointmentTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.kernel.input.Pages;
import org.caregate.scheduling.api.AppointmentSettingChanges;
import org.caregate.scheduling.api.AppointmentSettingView;
import org.caregate.scheduling.api.AppointmentTypeChanges;
import org.caregate.scheduling.api.AppointmentTypeFacade;
import org.caregate.scheduling.api.AppointmentTypeQuery;
import org.caregate.scheduling.api.AppointmentTypeView;
import org.caregate.scheduling.api.CreditGrant;
import org.caregate.scheduling.api.CreditView;
import org.caregate.scheduling.api.event.AppointmentTypeEvent;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.AppointmentSetting;
import org.caregate.scheduling.domain.AppointmentSettingRepository;
import org.caregate.scheduling.domain.AppointmentType;
import org.caregate.scheduling.domain.AppointmentTypeCredit;
import org.caregate.scheduling.domain.AppointmentTypeCreditRepository;
import org.caregate.scheduling.domain.AppointmentTypeRepository.TypeQuery;
import org.caregate.scheduling.domain.AppointmentTypeRepository;
import org.caregate.scheduling.domain.BookingRules;
import org.caregate.scheduling.domain.ContactType;

/** Appointment types and booking rules: members manage them; everyone sees what they may book. */
@Stateless
public class AppointmentTypeFacadeBean implements AppointmentTypeFacade {

    private static final int DEFAULT_PAGE_SIZE = 10;

    @Inject
    AppointmentTypeRepository types;

    @Inject
    AppointmentSettingRepository settings;

    @Inject
    AppointmentTypeCreditRepository credits;

    @Inject
    AppointmentRepository appointments;

    @EJB
    PeopleDirectory people;

    @Inject
    Calendars calendars;

    @Inject
    AuditTrail audit;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    @Override
    public AppointmentTypeView appointmentType(Caller caller, AppointmentTypeId id) {
        Access.requireAuthenticated(caller);
        AppointmentType type = types.find(caller.organizationId(), id.value())
                .filter(t -> caller.isMember() || (!t.isRetired() && t.clientsCanBook()))
                .orElseThrow(() -> new NotFoundException("Appointment type"));
        return view(type);
    }

    @Override
    public List<AppointmentTypeView> appointmentTypes(Caller caller, AppointmentTypeQuery query) {
        Inputs inputs = new Inputs();
        if (!caller.isAuthenticated() && query.providerId() == null) {
            inputs.problem("provider_id", "is required when booking without an account");
        }
        Optional<Person> provider = calendars.provider(inputs, "provider_id", query.providerId(), caller.organizationId());
        long organizationId = caller.isAuthenticated() ? caller.organizationId()
                : provider.map(Person::organizationId).orElse(0L);
        List<Long> ids = query.appointmentTypeIds() == null ? null : ids(inputs, query.appointmentTypeIds());
        int pageSize = query.pageSize() == null ? DEFAULT_PAGE_SIZE : query.pageSize();
        if (pageSize < 1 || pageSize > 1000) {
            inputs.problem("page_size", "must be between 1 and 1000");
        }
        int offset = query.offset() == null ? 0 : query.offset();
        if (offset < 0) {
            inputs.problem("offset", "must not be negative");
        }
        String keywords = inputs.optional("keywords", query.keywords());
        inputs.check();

        boolean booker = !caller.isMember();
        Boolean clientsCanBook = booker ? Boolean.TRUE : query.clientsCanBook();
        boolean withRetired = !booker && Boolean.TRUE.equals(query.withDeletedApptTypes());
        boolean paginate = !Boolean.FALSE.equals(query.shouldPaginate());
        return Pages.withinUnpagedLimit(types.list(organizationId, new TypeQuery(keywords, query.showGroup(),
                        clientsCanBook, ids, withRetired, paginate ? offset : 0,
                        paginate ? pageSize : Pages.unpagedQueryLimit())), "should_paginate", "appointment types")
                .stream().map(this::view).toList();
    }

    @Override
    public AppointmentTypeView createAppointmentType(Caller caller, AppointmentTypeChanges type) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        String name = inputs.required("name", type.name());
        Integer length = length(inputs, type.length(), true);
        TypeDetails details = details(inputs, caller.organizationId(), type);
        BookingRules rules = type.appointmentSetting() == null ? null
                : SettingInputs.rules(inputs, type.appointmentSetting(), BookingRules.DEFAULTS);
        inputs.check();

        Instant now = clock.instant();
        AppointmentType created = AppointmentType.offer(caller.organizationId(), name, length, now);
        details.applyTo(created, type, now);
        types.add(created);
        if (rules != null) {
            settings.add(AppointmentSetting.ofAppointmentType(caller.organizationId(), created.id(), rules, now));
        }
        events.publish(caller, AppointmentTypeEvent.of(AppointmentTypeEvent.Action.CREATED, created.id()));
        return view(created);
    }

    @Override
    public AppointmentTypeView updateAppointmentType(Caller caller, AppointmentTypeChanges changes) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        inputs.report(changes.reading(), "id");
        if (changes.id() == null && !inputs.hasProblem("id")) {
            inputs.problem("id", "can't be blank");
        }
        String name = changes.name() == null ? null : inputs.required("name", changes.name());
        Integer length = length(inputs, changes.length(), false);
        TypeDetails details = details(inputs, caller.organizationId(), changes);
        inputs.check();
        AppointmentType type = types.find(caller.organizationId(), changes.id().value()).filter(t -> !t.isRetired())
                .orElseThrow(() -> new NotFoundException("Appointment type"));
        AppointmentTypeView before = view(type);
        Optional<AppointmentSetting> own = settings.ofAppointmentType(type.id());
        BookingRules rules = changes.appointmentSetting() == null ? null : SettingInputs.rules(inputs,
                changes.appointmentSetting(), own.map(AppointmentSetting::rules).orElse(BookingRules.DEFAULTS));
        inputs.check();

        Instant now = clock.instant();
        if (name != null) {
            type.rename(name, now);
        }
        if (length != null) {
            type.changeLength(length, now);
        }
        details.applyTo(type, changes, now);
        if (rules != null) {
            own.ifPresentOrElse(setting -> setting.adopt(rules, now), () -> settings.add(
                    AppointmentSetting.ofAppointmentType(caller.organizationId(), type.id(), rules, now)));
        }
        AppointmentTypeView after = view(type);
        events.publish(caller, new AppointmentTypeEvent(AppointmentTypeEvent.Action.UPDATED, type.id(),
                ChangedFields.between(before, after)));
        return after;
    }

    @Override
    public AppointmentTypeView deleteAppointmentType(Caller caller, AppointmentTypeId id) {
        Access.requireMember(caller);
        AppointmentType type = types.find(caller.organizationId(), id.value()).filter(t -> !t.isRetired())
                .orElseThrow(() -> new NotFoundException("Appointment type"));
        type.retire(clock.instant());
        events.publish(caller, AppointmentTypeEvent.of(AppointmentTypeEvent.Action.DELETED, type.id()));
        return view(type);
    }

    @Override
    public AppointmentSettingView appointmentSetting(Caller caller, AppointmentSettingId id, UserId providerId) {
        Access.requireAuthenticated(caller);
        if (id != null) {
            return settings.find(caller.organizationId(), id.value()).map(SchedulingViews::of)
                    .orElseThrow(() -> new NotFoundException("Appointment setting"));
        }
        long whose = providerId != null ? providerId.value() : caller.userId();
        Person person = people.person(whose).filter(p -> p.organizationId() == caller.organizationId() && !p.isPatient())
                .orElseThrow(() -> new NotFoundException("Provider"));
        return settings.ofProvider(person.id()).map(SchedulingViews::of)
                .orElseGet(() -> SchedulingViews.of(AppointmentSetting.ofProvider(caller.organizationId(), person.id(),
                        BookingRules.DEFAULTS, clock.instant())));
    }

    @Override
    public AppointmentSettingView createAppointmentSetting(Caller caller, AppointmentSettingChanges setting) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        inputs.report(setting.reading(), "provider_id");
        long providerId = setting.providerId() == null ? caller.userId()
                : calendars.provider(inputs, "provider_id", setting.providerId(), caller.organizationId())
                        .map(Person::id).orElse(caller.userId());
        BookingRules rules = SettingInputs.rules(inputs, setting, BookingRules.DEFAULTS);
        if (settings.ofProvider(providerId).isPresent()) {
            inputs.problem("provider_id", "already has appointment settings: use updateAppointmentSetting");
        }
        inputs.check();
        AppointmentSetting created = AppointmentSetting.ofProvider(caller.organizationId(), providerId, rules,
                clock.instant());
        settings.add(created);
        audit.record(caller, "appointment_setting.created", "appointment_setting", created.id().toString());
        return SchedulingViews.of(created);
    }

    @Override
    public AppointmentSettingView updateAppointmentSetting(Caller caller, AppointmentSettingChanges changes) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        AppointmentSetting setting = settings.find(caller.organizationId(), changes.id().value())
                .orElseThrow(() -> new NotFoundException("Appointment setting"));
        BookingRules rules = SettingInputs.rules(inputs, changes, setting.rules());
        inputs.check();
        setting.adopt(rules, clock.instant());
        audit.record(caller, "appointment_setting.updated", "appointment_setting", setting.id().toString());
        return SchedulingViews.of(setting);
    }

    @Override
    public List<CreditView> grantCredits(Caller caller, UserId patient, List<CreditGrant> grants) {
        Access.requireMember(caller);
        Inputs inputs = new Inputs();
        long patientId = patient.value();
        people.person(patientId).filter(p -> p.isPatient() && p.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException("Client"));
        String field = "appointment_type_credits_attributes";
        List<Runnable> changes = new ArrayList<>();
        for (CreditGrant grant : grants) {
            Long typeId = inputs.requiredId(field, grant.appointmentTypeId());
            Optional<AppointmentType> type = typeId == null ? Optional.empty() : types.find(caller.organizationId(), typeId);
            if (typeId != null && type.isEmpty()) {
                inputs.problem(field, "Appointment type not found");
            }
            boolean destroy = Boolean.TRUE.equals(grant.destroy());
            if (!destroy && (grant.totalCredits() == null || grant.totalCredits() < 0)) {
                inputs.problem(field, "total_credits must be zero or more");
            }
            if (type.isPresent() && (destroy || (grant.totalCredits() != null && grant.totalCredits() >= 0))) {
                Optional<AppointmentTypeCredit> existing = credits.find(patientId, typeId);
                Long grantId = inputs.id(field, grant.id());
                if (grantId != null && existing.map(c -> !c.id().equals(grantId)).orElse(true)) {
                    inputs.problem(field, "Credit " + grantId + " not found for this appointment type");
                }
                changes.add(() -> {
                    if (destroy) {
                        existing.ifPresent(credits::remove);
                    } else if (existing.isPresent()) {
                        existing.get().regrant(grant.totalCredits());
                    } else {
                        credits.add(AppointmentTypeCredit.grant(caller.organizationId(), patientId, typeId,
                                grant.totalCredits()));
                    }
                });
            }
        }
        inputs.check();
        changes.forEach(Runnable::run);
        audit.record(caller, "appointment_type_credit.updated", "patient", Long.toString(patientId));
        return credits(caller, List.of(patientId));
    }

    @Override
    public List<CreditView> credits(Caller caller, List<Long> userIds) {
        Access.requireAuthenticated(caller);
        List<Long> visible = userIds.stream().filter(id -> caller.isMember() || id.equals(caller.userId())).toList();
        List<CreditView> found = new ArrayList<>();
        for (AppointmentTypeCredit credit : credits.ofUsers(visible)) {
            types.find(caller.organizationId(), credit.appointmentTypeId()).ifPresent(type -> {
                long used = appointments.activeCountOfType(credit.userId(), type.id());
                found.add(new CreditView(credit.id(), credit.userId(), type.id(), type.name(), credit.totalCredits(),
                        (int) Math.max(0, credit.totalCredits() - used)));
            });
        }
        return found;
    }

    private AppointmentTypeView view(AppointmentType type) {
        return SchedulingViews.of(type, settings.ofAppointmentType(type.id()).orElse(null));
    }

    private static Integer length(Inputs inputs, Integer length, boolean required) {
        if (length == null) {
            if (required) {
                inputs.problem("length", "can't be blank");
            }
            return null;
        }
        if (length < 1 || length > 1440) {
            inputs.problem("length", "must be between 1 and 1440 minutes");
            return null;
        }
        return length;
    }

    /** Appointment type ids as a JSON array (["1", "2"]) or comma-separated. */
    static List<Long> ids(Inputs inputs, String text) {
        String list = text.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1);
        }
        List<Long> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            String id = part.strip().replace("\"", "");
            if (id.isEmpty()) {
                continue;
            }
            Long parsed = inputs.id("appointment_type_ids", id);
            if (parsed != null) {
                ids.add(parsed);
            }
        }
        return ids;
    }

    private TypeDetails details(Inputs inputs, long organizationId, AppointmentTypeChanges changes) {
        List<ContactType> contactTypes = null;
        if (changes.contactTypeOverrides() != null) {
            contactTypes = new ArrayList<>();
            for (String name : changes.contactTypeOverrides()) {
                Optional<ContactType> type = ContactType.named(name);
                if (type.isEmpty()) {
                    inputs.problem("contact_type_overrides", "must be one of video_chat, in_person, phone_call");
                } else {
                    contactTypes.add(type.get());
                }
            }
            if (contactTypes.isEmpty() && !inputs.hasProblem("contact_type_overrides")) {
                inputs.problem("contact_type_overrides", "must name at least one contact type");
            }
        }
        inputs.report(changes.reading(), "user_group_id");
        Long userGroupId = changes.userGroupId() == null ? null : changes.userGroupId().value();
        if (userGroupId != null && !people.hasGroup(organizationId, userGroupId)) {
            inputs.problem("user_group_id", "Group not found");
        }
        String groupIds = inputs.optional("bookable_group_ids", changes.bookableGroupIds());
        if (groupIds != null && !groupIds.equalsIgnoreCase("all")) {
            for (String part : groupIds.split(",")) {
                Long groupId = inputs.id("bookable_group_ids", part.strip());
                if (groupId != null && !people.hasGroup(organizationId, groupId)) {
                    inputs.problem("bookable_group_ids", "Group " + groupId + " not found");
                }
            }
        }
        return new TypeDetails(contactTypes, userGroupId, groupIds);
    }

    /** The checked optional details of a type's input. */
    private record TypeDetails(List<ContactType> contactTypes, Long userGroupId, String bookableGroupIds) {

        void applyTo(AppointmentType type, AppointmentTypeChanges changes, Instant now) {
            if (changes.clientsCanBook() != null) {
                type.letClientsBook(changes.clientsCanBook(), now);
            }
            if (changes.isGroup() != null) {
                type.holdAsGroup(changes.isGroup(), now);
            }
            if (changes.isWaitlistEnabled() != null) {
                type.enableWaitlist(changes.isWaitlistEnabled(), now);
            }
            if (changes.specificGroups() != null || changes.bookableGroupIds() != null
                    || changes.bookableWithoutGroup() != null) {
                type.restrictToGroups(
                        changes.specificGroups() != null ? changes.specificGroups() : type.specificGroups(),
                        changes.bookableGroupIds() != null ? bookableGroupIds : type.bookableGroupIds(),
                        changes.bookableWithoutGroup() != null ? changes.bookableWithoutGroup() : type.bookableWithoutGroup(),
                        now);
            }
            if (changes.reading().sent("user_group_id")) {
                type.placeBookersInGroup(userGroupId, now);
            }
            if (contactTypes != null) {
                type.offerContactTypes(contactTypes, now);
            }
        }
    }
}
