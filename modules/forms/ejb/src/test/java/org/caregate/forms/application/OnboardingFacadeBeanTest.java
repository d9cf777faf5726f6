package org.caregate.forms.application;

import static org.caregate.forms.application.InMemoryForms.ORG;
import static org.caregate.forms.application.InMemoryForms.OTHER_ORG;
import static org.caregate.forms.application.InMemoryForms.anonymous;
import static org.caregate.forms.application.InMemoryForms.member;
import static org.caregate.forms.application.InMemoryForms.patient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.forms.api.CompletedOnboardingItemView;
import org.caregate.forms.api.FlowChanges;
import org.caregate.forms.api.FlowSearch;
import org.caregate.forms.api.ItemChanges;
import org.caregate.forms.api.ItemChoice;
import org.caregate.forms.api.OnboardingFlowView;
import org.caregate.forms.api.OnboardingItemView;
import org.caregate.forms.api.TemplateChanges;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.FieldMessage;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.OnboardingFlowId;
import org.caregate.kernel.id.OnboardingItemId;
import org.caregate.kernel.id.UserGroupId;
import org.caregate.kernel.id.UserId;
import org.junit.jupiter.api.Test;

class OnboardingFacadeBeanTest {

    private static final Caller EDITOR = member(7, ORG, true);
    private static final Caller READER = member(8, ORG, false);
    private static final Caller OUTSIDER = member(9, OTHER_ORG, true);
    private static final Caller PATIENT = patient(20, ORG);

    private final InMemoryOnboarding memory = new InMemoryOnboarding();
    private final OnboardingFacadeBean facade = memory.facade;

    @Test
    void createsAFlowForTheGroupsNamedAndListsTheOrganizations() {
        OnboardingFlowView intake = facade.createFlow(EDITOR, new FlowChanges(null, "Intake", groups(100, 101)));
        facade.createFlow(OUTSIDER, new FlowChanges(null, "Elsewhere", null));

        assertEquals(List.of(100L, 101L), intake.groupIds());
        assertEquals(List.of("Intake"), facade.flows(READER, new FlowSearch(null, null, null, false)).stream()
                .map(OnboardingFlowView::name).toList());
        assertEquals(Map.of(100L, intake.id()), memory.port.flowsOf(ORG, List.of(100L, 200L)));
        assertTrue(memory.forms.audit.contains("onboarding_flow.created " + intake.id()));
    }

    @Test
    void onlyEditorsChangeFlowsAndGroupsMustBeTheOrganizations() {
        assertThrows(ForbiddenException.class, () -> facade.createFlow(READER, new FlowChanges(null, "X", null)));
        assertThrows(ForbiddenException.class, () -> facade.createFlow(PATIENT, new FlowChanges(null, "X", null)));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> facade.createFlow(EDITOR, new FlowChanges(null, " ", groups(200))));
        assertEquals(List.of(new FieldMessage("name", "can't be blank"),
                new FieldMessage("groups_to_use_onboarding_flow", "User group not found")), refused.problems());
    }

    @Test
    void updatingTheGroupsMakesExactlyThoseUseTheFlowAndMovesThemFromTheirPreviousOne() {
        OnboardingFlowView first = facade.createFlow(EDITOR, new FlowChanges(null, "First", groups(100, 101)));
        OnboardingFlowView second = facade.createFlow(EDITOR, new FlowChanges(null, "Second", null));

        facade.updateFlow(EDITOR, new FlowChanges(flow(second), null, groups(101)));
        assertEquals(Map.of(100L, first.id(), 101L, second.id()), memory.groupFlows);

        facade.updateFlow(EDITOR, new FlowChanges(flow(first), "Renamed", List.of()));
        assertEquals(Map.of(101L, second.id()), memory.groupFlows);
        assertEquals("Renamed", memory.flows.get(first.id()).name());
    }

    @Test
    void deletingAFlowHandsItsGroupsToTheReceiverOrLeavesThemWithout() {
        OnboardingFlowView first = facade.createFlow(EDITOR, new FlowChanges(null, "First", groups(100)));
        OnboardingFlowView second = facade.createFlow(EDITOR, new FlowChanges(null, "Second", groups(101)));
        OnboardingFlowView elsewhere = facade.createFlow(OUTSIDER, new FlowChanges(null, "Elsewhere", null));

        assertThrows(InvalidInputException.class, () -> facade.deleteFlow(EDITOR, flow(first), flow(elsewhere)));
        assertThrows(InvalidInputException.class, () -> facade.deleteFlow(EDITOR, flow(first), flow(first)));
        facade.deleteFlow(EDITOR, flow(first), flow(second));
        assertEquals(Map.of(100L, second.id(), 101L, second.id()), memory.groupFlows);

        facade.deleteFlow(EDITOR, flow(second), null);
        assertEquals(Map.of(), memory.groupFlows);
        assertThrows(NotFoundException.class, () -> facade.deleteFlow(OUTSIDER, flow(first), null));
    }

    @Test
    void identitysPortAttachesOnlyTheOrganizationsFlows() {
        OnboardingFlowView intake = facade.createFlow(EDITOR, new FlowChanges(null, "Intake", null));
        assertFalse(memory.port.attach(OTHER_ORG, 200, intake.id()), "another organization's flow");
        assertFalse(memory.port.attach(ORG, 100, 999_999));
        assertTrue(memory.port.attach(ORG, 100, intake.id()));
        assertEquals(List.of(100L), facade.flow(EDITOR, flow(intake), null).orElseThrow().groupIds());
        memory.port.forget(ORG, 100);
        assertEquals(Map.of(), memory.groupFlows);
    }

    @Test
    void itemsAskForTheOrganizationsFormsInOrder() {
        OnboardingFlowView intake = facade.createFlow(EDITOR, new FlowChanges(null, "Intake", null));
        long consent = form(EDITOR, "Consent");
        long history = form(EDITOR, "History");
        long foreign = form(OUTSIDER, "Foreign");

        List<OnboardingItemView> created = facade.createItems(EDITOR, new ItemChanges(null, flow(intake),
                List.of(choice(consent), choice(history)), true, null));
        assertEquals(List.of("Consent", "History"), created.stream().map(OnboardingItemView::displayName).toList());
        assertEquals(List.of(0, 1), created.stream().map(OnboardingItemView::rowOrder).toList());
        assertEquals("Module Form", created.get(0).itemType());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> facade.createItems(EDITOR,
                new ItemChanges(null, flow(intake), List.of(new ItemChoice("Insurance Form", "1"),
                        choice(foreign)), null, null)));
        assertEquals(List.of("is_skippable", "item_type", "item_id"),
                refused.problems().stream().map(FieldMessage::field).toList());

        OnboardingItemView moved = facade.updateItem(EDITOR, new ItemChanges(item(created.get(1)), null, List.of(),
                false, 0));
        assertEquals(0, moved.rowOrder());
        assertFalse(moved.skippable());
        assertEquals(List.of("History", "Consent"), facade.flow(EDITOR, flow(intake), null).orElseThrow().items()
                .stream().map(OnboardingItemView::displayName).toList());
        assertThrows(InvalidInputException.class, () -> facade.updateItem(EDITOR, new ItemChanges(item(moved), null,
                List.of(), null, 2)));
        assertEquals(List.of(consent), facade.availableItemTypes(EDITOR, null).stream()
                .filter(option -> option.id() == consent).map(option -> option.id()).toList());
        assertEquals(List.of(), facade.availableItemTypes(EDITOR, flow(intake)));
    }

    @Test
    void anItemMovesToTheEndOfAnotherFlowOfTheOrganization() {
        OnboardingFlowView from = facade.createFlow(EDITOR, new FlowChanges(null, "From", null));
        OnboardingFlowView to = facade.createFlow(EDITOR, new FlowChanges(null, "To", null));
        OnboardingFlowView elsewhere = facade.createFlow(OUTSIDER, new FlowChanges(null, "Elsewhere", null));
        List<OnboardingItemView> leaving = facade.createItems(EDITOR, new ItemChanges(null, flow(from),
                List.of(choice(form(EDITOR, "A")), choice(form(EDITOR, "B"))), true, null));
        facade.createItems(EDITOR, new ItemChanges(null, flow(to), List.of(choice(form(EDITOR, "C"))), true, null));

        assertEquals("onboarding_flow_id", assertThrows(InvalidInputException.class, () -> facade.updateItem(EDITOR,
                new ItemChanges(item(leaving.get(0)), flow(elsewhere), List.of(), null, null))).problems().get(0)
                .field());
        OnboardingItemView moved = facade.updateItem(EDITOR, new ItemChanges(item(leaving.get(0)), flow(to), List.of(),
                null, null));
        assertEquals(to.id(), moved.flowId());
        assertEquals(1, moved.rowOrder());
        assertEquals(List.of("B"), names(from));
        assertEquals(0, facade.flow(EDITOR, flow(from), null).orElseThrow().items().get(0).rowOrder());
        assertEquals(List.of("C", "A"), names(to));
    }

    @Test
    void anItemIsPublicByIdButASignedInCallerSeesOnlyTheirOrganizations() {
        OnboardingItemView item = onlyItem(true);
        assertEquals(item.id(), facade.item(anonymous(), item(item)).id());
        assertEquals(item.id(), facade.item(PATIENT, item(item)).id());
        assertThrows(NotFoundException.class, () -> facade.item(OUTSIDER, item(item)));
        assertThrows(NotFoundException.class, () -> facade.deleteItem(OUTSIDER, item(item)));
    }

    @Test
    void aPatientCompletesTheItemsOfTheirGroupsFlowAndSkipsOnlySkippableOnes() {
        OnboardingItemView mandatory = onlyItem(false);
        memory.placeInGroup(20, 100L);

        InvalidInputException skip = assertThrows(InvalidInputException.class,
                () -> facade.completeItem(PATIENT, item(mandatory), null, true));
        assertEquals("skipped", skip.problems().get(0).field());

        CompletedOnboardingItemView done = facade.completeItem(PATIENT, item(mandatory), null, false);
        assertEquals(20, done.userId());
        assertEquals(List.of("completed_onboarding_item.created " + done.id()), memory.events);
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> facade.completeItem(PATIENT, item(mandatory), null, false));
        assertEquals("has already been completed", twice.problems().get(0).message());

        OnboardingFlowView mine = facade.flow(PATIENT, null, new UserId(21)).orElseThrow();
        assertEquals(done.id(), mine.items().get(0).completed().id(), "a patient's user_id is ignored");
        assertEquals(20L, mine.userId());
    }

    @Test
    void aPatientIsRemindedOfTheirIntakeOnlyWhileFormsAreLeftToFill() {
        OnboardingItemView mandatory = onlyItem(false);
        assertThrows(InvalidInputException.class, () -> facade.remindOfIntake(READER, new UserId(20)),
                "without a group's flow there is no intake");
        memory.placeInGroup(20, 100L);

        facade.remindOfIntake(READER, new UserId(20));
        assertEquals("intake.reminded 20", memory.events.get(memory.events.size() - 1));
        assertThrows(ForbiddenException.class, () -> facade.remindOfIntake(PATIENT, new UserId(20)));
        assertThrows(NotFoundException.class, () -> facade.remindOfIntake(OUTSIDER, new UserId(20)));

        facade.completeItem(PATIENT, item(mandatory), null, false);
        InvalidInputException done = assertThrows(InvalidInputException.class,
                () -> facade.remindOfIntake(READER, new UserId(20)));
        assertEquals("is_intake_item", done.problems().get(0).field());
    }

    @Test
    void aSkippedItemMayBeCompletedLater() {
        OnboardingItemView optional = onlyItem(true);
        memory.placeInGroup(20, 100L);
        CompletedOnboardingItemView skipped = facade.completeItem(PATIENT, item(optional), null, true);
        assertTrue(skipped.skipped());
        CompletedOnboardingItemView completed = facade.completeItem(EDITOR, item(optional), new UserId(20), false);
        assertEquals(skipped.id(), completed.id());
        assertFalse(completed.skipped());
        assertEquals("completed_onboarding_item.updated " + skipped.id(), memory.events.get(1));
    }

    @Test
    void onlyItemsOfThePatientsFlowAndOnlyTheOrganizationsPatients() {
        OnboardingItemView item = onlyItem(true);
        memory.patient(21, ORG);
        memory.patient(22, OTHER_ORG);
        memory.placeInGroup(21, 101L);

        assertEquals("is not part of the patient's onboarding flow", assertThrows(InvalidInputException.class,
                () -> facade.completeItem(EDITOR, item(item), new UserId(21), false)).problems().get(0).message());
        assertEquals("user_id", assertThrows(InvalidInputException.class,
                () -> facade.completeItem(EDITOR, item(item), new UserId(22), false)).problems().get(0).field());
        assertEquals("user_id", assertThrows(InvalidInputException.class,
                () -> facade.completeItem(EDITOR, item(item), null, false)).problems().get(0).field());
        assertEquals("user_id", assertThrows(InvalidInputException.class,
                () -> facade.completeItem(PATIENT, item(item), new UserId(21), false)).problems().get(0).field());
        assertEquals("onboarding_item_id", assertThrows(InvalidInputException.class,
                () -> facade.completeItem(OUTSIDER, item(item), new UserId(22), false)).problems().get(0).field());
        assertThrows(NotFoundException.class, () -> facade.flow(EDITOR, null, new UserId(22)));
        assertEquals(Optional.empty(), facade.flow(EDITOR, null, new UserId(21)), "group 101 uses no flow");
    }

    @Test
    void recordsOfDeletedItemsOrOfAFlowLeftAreUnassociated() {
        OnboardingItemView first = onlyItem(true);
        OnboardingItemView second = facade.createItems(EDITOR, new ItemChanges(null, new OnboardingFlowId(
                first.flowId()), List.of(choice(form(EDITOR, "Second"))), true, null)).get(0);
        memory.placeInGroup(20, 100L);
        facade.completeItem(PATIENT, item(first), null, false);
        facade.completeItem(PATIENT, item(second), null, true);
        assertEquals(List.of(), facade.unassociatedCompletedItems(PATIENT, null));

        facade.deleteItem(EDITOR, item(first));
        List<CompletedOnboardingItemView> unassociated = facade.unassociatedCompletedItems(EDITOR, new UserId(20));
        assertEquals(1, unassociated.size());
        assertNull(unassociated.get(0).onboardingItemId());

        memory.placeInGroup(20, null);
        assertEquals(2, facade.unassociatedCompletedItems(PATIENT, null).size());
        assertThrows(NotFoundException.class, () -> facade.unassociatedCompletedItems(PATIENT, new UserId(21)));
        assertThrows(NotFoundException.class, () -> facade.unassociatedCompletedItems(OUTSIDER, new UserId(20)));
    }

    private OnboardingItemView onlyItem(boolean skippable) {
        OnboardingFlowView intake = facade.createFlow(EDITOR, new FlowChanges(null, "Intake", groups(100)));
        return facade.createItems(EDITOR, new ItemChanges(null, flow(intake), List.of(choice(form(EDITOR,
                "Consent"))), skippable, null)).get(0);
    }

    private List<String> names(OnboardingFlowView flow) {
        return facade.flow(EDITOR, flow(flow), null).orElseThrow().items().stream()
                .map(OnboardingItemView::displayName).toList();
    }

    private long form(Caller caller, String name) {
        return memory.forms.facade.createTemplate(caller, new TemplateChanges(null, name, null, null, null)).id();
    }

    private static ItemChoice choice(long form) {
        return new ItemChoice("Module Form", Long.toString(form));
    }

    private static List<UserGroupId> groups(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(UserGroupId::new).toList();
    }

    private static OnboardingFlowId flow(OnboardingFlowView flow) {
        return new OnboardingFlowId(flow.id());
    }

    private static OnboardingItemId item(OnboardingItemView item) {
        return new OnboardingItemId(item.id());
    }
}
