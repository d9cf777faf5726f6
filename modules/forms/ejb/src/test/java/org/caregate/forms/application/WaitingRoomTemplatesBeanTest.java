package org.caregate.forms.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caregate.forms.api.AnswerInput;
import org.caregate.forms.api.WaitingRoomTemplates.QuestionTag;
import org.caregate.forms.domain.WaitingRoomTemplateLinks.Link;
import org.junit.jupiter.api.Test;

class WaitingRoomTemplatesBeanTest {

    private static final Link NEUROLOGY = new Link(1, "Acute Neurology - Physician Services", "Stroke", 0);
    private static final Link EEG = new Link(2, "EEG - Physician Services", "EEG Stat", 1);
    private static final Link PCM = new Link(3, "PCM", null, 2);

    @Test
    void theRoomsTemplateForTheReasonComesFirstThenTheOneForAnyReason() {
        List<Link> room = List.of(NEUROLOGY, EEG, PCM);

        assertThat(WaitingRoomTemplatesBean.templateFor(room, "Stroke")).contains(NEUROLOGY);
        assertThat(WaitingRoomTemplatesBean.templateFor(room, "eeg stat")).contains(EEG);
        assertThat(WaitingRoomTemplatesBean.templateFor(room, "EEG Routine")).contains(PCM);
        assertThat(WaitingRoomTemplatesBean.templateFor(List.of(NEUROLOGY), "EEG Routine")).isEmpty();
    }

    @Test
    void eachTaggedQuestionIsAnsweredWithItsFieldsValueAndUntaggedValuesAreLeftOut() {
        List<QuestionTag> tagged = List.of(new QuestionTag(11, 3, "firstName"), new QuestionTag(12, 3, "dob"),
                new QuestionTag(13, 3, "caller"));

        List<AnswerInput> answers = WaitingRoomTemplatesBean.answers(tagged, Map.of("firstName", "John",
                "dob", "2001-01-20", "reason", "Stroke"));

        assertThat(answers).containsExactly(new AnswerInput("11", "John", null), new AnswerInput("12", "2001-01-20", null));
    }

    @Test
    void aTagIsALetterAndAtMost64NameCharacters() {
        assertThat(WaitingRoomTemplatesBean.TAG.matcher("physicianCallbackNumber").matches()).isTrue();
        assertThat(WaitingRoomTemplatesBean.TAG.matcher("x".repeat(64)).matches()).isTrue();
        assertThat(WaitingRoomTemplatesBean.TAG.matcher("x".repeat(65)).matches()).isFalse();
        assertThat(WaitingRoomTemplatesBean.TAG.matcher("1st").matches()).isFalse();
        assertThat(WaitingRoomTemplatesBean.TAG.matcher("first name").matches()).isFalse();
    }
}
