package org.caregate.visits.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.caregate.visits.application.VideoPlatform;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jitsi Meet, which hospitals can host themselves: CAREGATE_JITSI_URL (default https://meet.jit.si) and, for a
 * deployment secured with JWT, CAREGATE_JITSI_APP_ID and CAREGATE_JITSI_APP_SECRET — then each entry carries a
 * token (HS256) naming the room, the participant, whether they moderate, and when it expires.
 */
@ApplicationScoped
public class JitsiMeet implements VideoPlatform {

    @Inject
    @ConfigProperty(name = "caregate.jitsi.url", defaultValue = "https://meet.jit.si")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "caregate.jitsi.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "caregate.jitsi.app-secret")
    Optional<String> appSecret;

    @Override
    public String roomUrl(String roomName, String displayName, boolean moderator, Instant until) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        StringBuilder url = new StringBuilder(base).append('/').append(roomName);
        if (appId.isPresent() && appSecret.isPresent()) {
            url.append("?jwt=").append(token(roomName, displayName, moderator, until));
        }
        String name = displayName == null ? "" : displayName;
        return url.append("#userInfo.displayName=").append(encode("\"" + name.replace("\"", "") + "\""))
                .append("&config.prejoinPageEnabled=false").toString();
    }

    String token(String roomName, String displayName, boolean moderator, Instant until) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long expires = (until != null ? until : Instant.now().plusSeconds(86_400)).getEpochSecond();
        String payload = "{\"aud\":\"jitsi\",\"iss\":" + json(appId.orElseThrow()) + ",\"sub\":"
                + json(URI.create(baseUrl).getHost()) + ",\"room\":" + json(roomName) + ",\"exp\":" + expires
                + ",\"context\":{\"user\":{\"name\":" + json(displayName == null ? "" : displayName)
                + ",\"moderator\":" + moderator + "}}}";
        String signed = header + "." + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signed + "." + encoder.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
