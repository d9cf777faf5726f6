package org.caregate.forms.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.caregate.forms.api.AnswerInput;
import org.caregate.forms.api.FilledFormFacade;
import org.caregate.forms.api.FilledFormView;
import org.caregate.forms.api.NewFilledForm;
import org.caregate.forms.api.WaitingRoomTemplateView;
import org.caregate.forms.api.WaitingRoomTemplates;
import org.caregate.forms.domain.WaitingRoomTemplateLinks;
import org.caregate.forms.domain.WaitingRoomTemplateLinks.Link;
import org.caregate.kernel.Caller;
import org.caregate.kernel.audit.AuditTrail;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.id.CustomModuleFormId;
import org.caregate.kernel.id.CustomModuleId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.id.WaitingRoomId;
import org.caregate.kernel.input.Access;
import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.WaitingRoomFacade;

/**
 * The templates of waiting rooms (owners and admins link them), question tags (form editors set them), and the draft
 * a perfect answer attaches to the visit it booked, its tagged questions answered from the request (ADR 25).
 */
@Stateless
public class WaitingRoomTemplatesBean implements WaitingRoomTemplates {

    /** A tag: a letter, then letters, digits, '_', '-' or '.', at most 64 in all (the request's field names fit). */
    static final Pattern TAG = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_REASON = 64;

    @Inject
    WaitingRoomTemplateLinks links;

    @EJB
    WaitingRoomFacade waitingRooms;

    @EJB
    FilledFormFacade filledForms;

    @Inject
    AuditTrail audit;

    @Override
    public List<WaitingRoomTemplateView> templatesOf(Caller caller, WaitingRoomId room) {
        Access.requireMember(caller);
        requireRoom(caller, room);
        return views(room, links.links(caller.organizationId(), room.value()));
    }

    @Override
    public List<WaitingRoomTemplateView> linkTemplates(Caller caller, WaitingRoomId room, List<TemplateLink> sent) {
        Access.requireAdministrator(caller, "Only the organization's owner and admins link templates to waiting rooms");
        requireRoom(caller, room);
        Inputs inputs = new Inputs();
        List<Link> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (sent.size() > MAX_TEMPLATES) {
            throw new InvalidInputException("templates", "may hold at most " + MAX_TEMPLATES + " templates");
        }
        for (int i = 0; i < sent.size(); i++) {
            TemplateLink link = sent.get(i);
            String field = "templates[" + i + "]";
            Long templateId = link == null ? null : inputs.requiredId(field + ".custom_module_form_id", link.templateId());
            String reason = link == null ? null : inputs.optional(field + ".reason", link.reason());
            if (reason != null && reason.length() > MAX_REASON) {
                inputs.problem(field + ".reason", "is too long (at most " + MAX_REASON + " characters)");
            }
            if (templateId == null) {
                continue;
            }
            Optional<String> name = links.liveTemplate(caller.organizationId(), templateId);
            if (name.isEmpty()) {
                inputs.problem(field + ".custom_module_form_id", "Form not found");
            } else if (!seen.add(templateId)) {
                inputs.problem(field + ".custom_module_form_id", "is listed twice");
            } else {
                kept.add(new Link(templateId, name.get(), reason, kept.size()));
            }
        }
        inputs.check();
        links.replaceLinks(caller.organizationId(), room.value(), kept);
        audit.record(caller, "waiting_room.templates_linked", "waiting_room", room.value().toString());
        return views(room, kept);
    }

    @Override
    public QuestionTag tagQuestion(Caller caller, CustomModuleId question, String tag) {
        Editors.require(caller);
        long template = links.templateOfQuestion(caller.organizationId(), question.value())
                .orElseThrow(() -> new NotFoundException("Custom module"));
        String value = tag == null || tag.isBlank() ? null : tag.strip();
        if (value != null && !TAG.matcher(value).matches()) {
            throw new InvalidInputException("tag", "must be a letter followed by at most 63 letters, digits, '_', '-' or '.'");
        }
        InvalidInputException taken = new InvalidInputException("tag", "is already the tag of another question of the form");
        if (value != null && links.tagged(caller.organizationId(), template).stream()
                .anyMatch(t -> t.tag().equals(value) && t.questionId() != question.value())) {
            throw taken;
        }
        links.tag(question.value(), value, taken);
        audit.record(caller, "custom_module.tagged", "custom_module", Long.toString(question.value()));
        return new QuestionTag(question.value(), template, value);
    }

    @Override
    public List<QuestionTag> questionTags(Caller caller, CustomModuleFormId template) {
        Access.requireMember(caller);
        if (links.liveTemplate(caller.organizationId(), template.value()).isEmpty()) {
            throw new NotFoundException("Form");
        }
        return links.tagged(caller.organizationId(), template.value()).stream()
                .map(t -> new QuestionTag(t.questionId(), t.templateId(), t.tag())).toList();
    }

    @Override
    public FilledFormView fillForVisit(Caller caller, WaitingRoomId room, String reason, AppointmentId appointment,
                                       long patientId, Map<String, String> values) {
        Access.requireMember(caller);
        Link link = templateFor(links.links(caller.organizationId(), room.value()), reason)
                .orElseThrow(() -> new InvalidInputException("reason",
                        "The location's waiting room has no template for this reason"));
        List<AnswerInput> answers = answers(links.tagged(caller.organizationId(), link.templateId()).stream()
                .map(t -> new QuestionTag(t.questionId(), t.templateId(), t.tag())).toList(), values);
        return filledForms.create(caller, new NewFilledForm(new CustomModuleFormId(link.templateId()),
                new UserId(patientId), false, appointment, answers));
    }

    /** The room's first template kept for this reason, else its first kept for any reason. */
    static Optional<Link> templateFor(List<Link> roomLinks, String reason) {
        return roomLinks.stream().filter(l -> l.reason() != null && l.reason().equalsIgnoreCase(reason)).findFirst()
                .or(() -> roomLinks.stream().filter(l -> l.reason() == null).findFirst());
    }

    /** An answer for each tagged question whose tag has a value, in the questions' order. */
    static List<AnswerInput> answers(List<QuestionTag> tagged, Map<String, String> values) {
        List<AnswerInput> answers = new ArrayList<>();
        for (QuestionTag question : tagged) {
            String value = values.get(question.tag());
            if (value != null) {
                answers.add(new AnswerInput(Long.toString(question.questionId()), value, null));
            }
        }
        return answers;
    }

    private void requireRoom(Caller caller, WaitingRoomId room) {
        String id = room.value().toString();
        if (waitingRooms.waitingRooms(caller).stream().noneMatch(r -> r.id().equals(id))) {
            throw new NotFoundException("Waiting room");
        }
    }

    private static List<WaitingRoomTemplateView> views(WaitingRoomId room, List<Link> kept) {
        return kept.stream().map(l -> new WaitingRoomTemplateView(room.value().toString(), l.templateId(),
                l.templateName(), l.reason(), l.position())).toList();
    }
}
