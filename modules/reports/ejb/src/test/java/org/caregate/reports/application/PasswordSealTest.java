package org.caregate.reports.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasswordSealTest {

    static final String SEED_PASSWORD = "IK5adv2N5V-gr£9v6";
    private final PasswordSeal seal = new PasswordSeal(key((byte) 7));

    @Test
    void theSeedsNonAsciiPasswordComesBackAsGiven() throws GeneralSecurityException {
        UUID report = UUID.randomUUID();
        byte[] sealed = seal.seal(SEED_PASSWORD.toCharArray(), report);
        assertThat(new String(seal.open(sealed, report))).isEqualTo(SEED_PASSWORD);
    }

    @Test
    void theSealedFormNeverHoldsThePasswordInClearAndDiffersEachTime() {
        UUID report = UUID.randomUUID();
        byte[] first = seal.seal(SEED_PASSWORD.toCharArray(), report);
        byte[] second = seal.seal(SEED_PASSWORD.toCharArray(), report);
        assertThat(first).isNotEqualTo(second);
        byte[] clear = SEED_PASSWORD.getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(first, clear)).isEqualTo(-1);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("IK5adv2N5V");
    }

    @Test
    void doesNotOpenForAnotherReportUnderAnotherKeyOrWhenTampered() {
        UUID report = UUID.randomUUID();
        byte[] sealed = seal.seal(SEED_PASSWORD.toCharArray(), report);
        assertThatThrownBy(() -> seal.open(sealed, UUID.randomUUID())).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> new PasswordSeal(key((byte) 8)).open(sealed, report))
                .isInstanceOf(GeneralSecurityException.class);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> seal.open(tampered, report)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> seal.open(null, report)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void refusesAKeyThatIsNotAes256() {
        assertThatThrownBy(() -> new PasswordSeal(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }
}
