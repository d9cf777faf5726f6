package org.caregate.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedFieldsTest {

    record PatientView(String firstName, String lastName, Integer userGroupId, List<String> tags) {
    }

    @Test
    void namesTheComponentsThatDifferInSnakeCase() {
        PatientView before = new PatientView("Ada", "Lovelace", null, List.of("vip"));
        assertThat(ChangedFields.between(before, new PatientView("Ada", "Byron", 4, List.of("vip"))))
                .containsExactly("last_name", "user_group_id");
        assertThat(ChangedFields.between(before, before)).isEmpty();
        assertThat(ChangedFields.between(before, new PatientView("Ada", "Lovelace", null, List.of())))
                .containsExactly("tags");
    }
}
