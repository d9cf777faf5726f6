package org.caregate.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentVerdictsTest {

    @Test
    void aDocumentSentAgainIsNotDecidedAgain() {
        RecentVerdicts<Integer> recent = new RecentVerdicts<>(4, 100);
        AtomicInteger decisions = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThat(recent.verdict("{ a }", d -> decisions.incrementAndGet())).isEqualTo(1);
        }
        assertThat(decisions).hasValue(1);
    }

    @Test
    void theMemoryStaysWithinItsCapacityAndLongDocumentsAreNotRemembered() {
        RecentVerdicts<Integer> recent = new RecentVerdicts<>(4, 10);
        for (int i = 0; i < 100; i++) {
            recent.verdict("{ f" + i + " }", String::length);
            assertThat(recent.size()).isLessThanOrEqualTo(4);
        }
        AtomicInteger decisions = new AtomicInteger();
        recent.verdict("{ a very long document }", d -> decisions.incrementAndGet());
        recent.verdict("{ a very long document }", d -> decisions.incrementAndGet());
        assertThat(decisions).hasValue(2);
    }
}
