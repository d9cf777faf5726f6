package org.caregate.visits.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JitsiMeetTest {

    private static JitsiMeet jitsi(String appId, String secret) {
        JitsiMeet jitsi = new JitsiMeet();
        jitsi.baseUrl = "https://meet.hospital.example/";
        jitsi.appId = Optional.ofNullable(appId);
        jitsi.appSecret = Optional.ofNullable(secret);
        return jitsi;
    }

    @Test
    void anOpenDeploymentGetsTheRoomAndTheDisplayName() {
        String url = jitsi(null, null).roomUrl("caregate-abc", "Dr. \"Pat\" Lee", true, null);
        assertThat(url).isEqualTo("https://meet.hospital.example/caregate-abc"
                + "#userInfo.displayName=%22Dr.%20Pat%20Lee%22&config.prejoinPageEnabled=false");
    }

    @Test
    void aSecuredDeploymentGetsAnHs256TokenForTheRoomTheParticipantAndTheEnd() throws Exception {
        Instant until = Instant.parse("2026-12-07T15:00:00Z");
        String url = jitsi("caregate", "s3cret").roomUrl("caregate-abc", "Pat", false, until);
        String token = url.substring(url.indexOf("?jwt=") + 5, url.indexOf('#'));
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8)));
        assertThat(parts[2]).isEqualTo(expected);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"iss\":\"caregate\"", "\"sub\":\"meet.hospital.example\"",
                "\"room\":\"caregate-abc\"", "\"exp\":" + until.getEpochSecond(), "\"moderator\":false", "\"name\":\"Pat\"");
    }
}
