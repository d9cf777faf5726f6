package org.caregate.outreach.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.caregate.outreach.application.OutreachFailure;
import org.caregate.outreach.application.SmsGateway;

/**
 * SMS through Twilio's Programmable Messaging API: {@code POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json}
 * with the form fields {@code To}, {@code From}, {@code Body}, authenticated with the account SID and auth token
 * (HTTP Basic). The base URL is a setting so that tests (and hospitals with an SMS relay speaking the same API)
 * point it elsewhere. Unconfigured, every SMS fails with a clear reason and stays in the log of messages.
 */
public class TwilioSmsGateway implements SmsGateway {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String accountSid;
    private final String authToken;
    private final String from;

    public TwilioSmsGateway(String baseUrl, String accountSid, String authToken, String from) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.from = from;
    }

    @Override
    public void send(String to, String text) {
        if (accountSid == null || authToken == null || from == null) {
            throw new OutreachFailure("SMS is not configured (CAREGATE_SMS_TWILIO_ACCOUNT_SID, "
                    + "CAREGATE_SMS_TWILIO_AUTH_TOKEN, CAREGATE_SMS_FROM)", null);
        }
        String form = "To=" + encode(to) + "&From=" + encode(from) + "&Body=" + encode(text);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/2010-04-01/Accounts/" + encode(accountSid)
                        + "/Messages.json"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body();
                throw new OutreachFailure("the SMS gateway answered " + response.statusCode() + ": "
                        + body.substring(0, Math.min(200, body.length())), null);
            }
        } catch (IOException e) {
            throw new OutreachFailure("the SMS gateway could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutreachFailure("interrupted while sending an SMS", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
