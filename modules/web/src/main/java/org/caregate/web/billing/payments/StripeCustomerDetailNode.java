package org.caregate.web.billing.payments;

import org.caregate.billing.api.CardView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A card on file: what the gateway tells of it (brand, last four, expiry), never its number. */
@Name("StripeCustomerDetail")
public record StripeCustomerDetailNode(
        @Id @Name("id") String id,
        @Name("card_type_label") String cardTypeLabel,
        @Name("is_default") boolean isDefault,
        @Name("card_issuer") String cardIssuer,
        @Name("last_four") String lastFour,
        @Name("expiration") String expiration,
        @Name("created_at") String createdAt) {

    static StripeCustomerDetailNode of(CardView card) {
        String expiration = card.expirationMonth() == null || card.expirationYear() == null ? null
                : String.format("%02d/%d", card.expirationMonth(), card.expirationYear());
        return new StripeCustomerDetailNode(Long.toString(card.id()), card.cardTypeLabel(), card.isDefault(),
                card.brand(), card.lastFour(), expiration, card.createdAt().toString());
    }
}
