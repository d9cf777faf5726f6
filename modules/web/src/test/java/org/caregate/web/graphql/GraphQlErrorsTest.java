package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.graphql.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Issue 11, finding 9: an unexpected failure answered extensions.code "null-pointer", naming the exception. */
class GraphQlErrorsTest {

    @Test
    void anUnexpectedFailureReachesTheClientAsInternalWithoutItsClass() {
        assertThatThrownBy(() -> GraphQlErrors.query(() -> {
            throw new NullPointerException("the view read a missing id");
        })).isInstanceOfSatisfying(GraphQlErrors.Internal.class, e -> {
            assertThat(e.getClass().getAnnotation(ErrorCode.class).value()).isEqualTo("INTERNAL");
            assertThat(e.getMessage()).isEqualTo("Unexpected failure");
            assertThat(e.getCause()).isInstanceOf(NullPointerException.class);
        });
    }
}
