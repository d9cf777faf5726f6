package org.caregate.forms.application;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caregate.forms.domain.Answer;
import org.caregate.forms.domain.AppointmentRole;
import org.caregate.forms.domain.FilledForm;
import org.caregate.forms.domain.FilledFormRepository;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.scheduling.api.AppointmentFacade;
import org.caregate.scheduling.api.AppointmentView;

/** The filled-forms facade over in-memory forms, the templates of {@link InMemoryForms}, and appointments. */
final class InMemoryFilledForms {

    final InMemoryForms base = new InMemoryForms();
    final Map<Long, FilledForm> forms = new TreeMap<>();
    final Map<Long, AppointmentView> appointments = new TreeMap<>();
    final List<String> events = new ArrayList<>();
    final InMemoryRequests requests = new InMemoryRequests(id -> base.templates.get(id).name());
    final FilledFormFacadeBean facade = new FilledFormFacadeBean();

    InMemoryFilledForms() {
        facade.forms = new Forms();
        facade.templates = base.facade.templates;
        facade.people = base.facade.people;
        facade.appointments = (AppointmentFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AppointmentFacade.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("appointment")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    AppointmentView found = appointments.get(((AppointmentId) args[1]).value());
                    if (found == null || found.organizationId() != ((org.caregate.kernel.Caller) args[0])
                            .organizationId()) {
                        throw new NotFoundException("Appointment");
                    }
                    return found;
                });
        facade.events = (caller, event) -> events.add(event.type().name() + " " + event.resourceId());
        facade.requests = new RequestedCompletions();
        facade.requests.requests = requests;
        facade.requests.events = facade.events;
        facade.clock = Clock.fixed(InMemoryForms.NOW, ZoneOffset.UTC);
    }

    /** An appointment of the organization for {@code patient}. */
    void appointment(long id, long organization, Long patient) {
        Instant start = InMemoryForms.NOW.plusSeconds(3600);
        appointments.put(id, new AppointmentView(id, organization, 7L, patient, List.of(), List.of(), null,
                "Healthie Video Call", start, start.plusSeconds(1800), "", "UTC", 30, null, "scheduled", false, true,
                null, null, null, null, null, List.of(), null, null, start, start));
    }

    private void assignIds(FilledForm form) {
        base.setId(form, FilledForm.class);
        form.answers().forEach(answer -> base.setId(answer, Answer.class));
    }

    final class Forms implements FilledFormRepository {

        @Override
        public void add(FilledForm form) {
            assignIds(form);
            forms.put(form.id(), form);
        }

        @Override
        public void flush() {
            forms.values().forEach(InMemoryFilledForms.this::assignIds);
        }

        @Override
        public void remove(FilledForm form) {
            forms.remove(form.id());
        }

        @Override
        public Optional<FilledForm> lock(long organizationId, long id) {
            return find(organizationId, id);
        }

        @Override
        public Optional<Long> templateOf(long organizationId, long id) {
            return find(organizationId, id).map(FilledForm::templateId);
        }

        @Override
        public Optional<FilledForm> find(long organizationId, long id) {
            return Optional.ofNullable(forms.get(id)).filter(f -> f.organizationId() == organizationId);
        }

        @Override
        public void lockAppointment(long appointmentId) {
        }

        @Override
        public Optional<FilledForm> onAppointment(long organizationId, long appointmentId, AppointmentRole role) {
            return forms.values().stream().filter(f -> f.organizationId() == organizationId)
                    .filter(f -> Long.valueOf(appointmentId).equals(f.appointmentId()))
                    .filter(f -> f.appointmentRole().orElse(null) == role).findFirst();
        }

        @Override
        public Optional<FilledForm> lockOnAppointment(long organizationId, long appointmentId,
                                                      AppointmentRole role) {
            return onAppointment(organizationId, appointmentId, role);
        }

        @Override
        public List<FilledForm> onAppointments(long organizationId, Collection<Long> appointmentIds) {
            return forms.values().stream().filter(f -> f.organizationId() == organizationId)
                    .filter(f -> appointmentIds.contains(f.appointmentId())).toList();
        }

        @Override
        public List<FilledForm> search(long organizationId, Long userId, Long fillerId, Long templateId,
                                       boolean withCharting, Instant from, Instant until, int offset, int limit) {
            return forms.values().stream().filter(f -> f.organizationId() == organizationId && f.finished())
                    .filter(f -> userId == null || f.userId() == userId)
                    .filter(f -> fillerId == null || f.fillerId() == fillerId)
                    .filter(f -> templateId == null || templateId.equals(f.templateId()))
                    .filter(f -> withCharting || !f.charting())
                    .filter(f -> from == null || !f.createdAt().isBefore(from) && f.createdAt().isBefore(until))
                    .sorted(Comparator.comparing(FilledForm::createdAt).thenComparing(FilledForm::id).reversed())
                    .skip(offset).limit(limit).toList();
        }
    }
}
