package org.caregate.outreach.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caregate.outreach.domain.PhoneNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Outreach settings from the environment (docs/operations.md): the phone region and the SMS gateway. */
@ApplicationScoped
public class OutreachSettings {

    @Inject
    @ConfigProperty(name = "CAREGATE_PHONE_REGION", defaultValue = "US")
    String phoneRegion;

    @Inject
    @ConfigProperty(name = "CAREGATE_SMS_TWILIO_URL", defaultValue = "https://api.twilio.com")
    String twilioUrl;

    @Inject
    @ConfigProperty(name = "CAREGATE_SMS_TWILIO_ACCOUNT_SID")
    Optional<String> twilioAccount;

    @Inject
    @ConfigProperty(name = "CAREGATE_SMS_TWILIO_AUTH_TOKEN")
    Optional<String> twilioToken;

    @Inject
    @ConfigProperty(name = "CAREGATE_SMS_FROM")
    Optional<String> smsFrom;

    @Produces
    PhoneNumbers phoneNumbers() {
        return new PhoneNumbers(phoneRegion);
    }

    TwilioSmsGateway smsGateway() {
        return new TwilioSmsGateway(twilioUrl, twilioAccount.orElse(null), twilioToken.orElse(null), smsFrom.orElse(null));
    }
}
