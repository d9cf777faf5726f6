package org.caregate.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One participant's way into a visit: an unguessable token (256 random bits) bound to the visit, a role and,
 * where known, the participant. Whoever holds the link is that participant, as with any meeting link.
 */
@Entity
@Table(name = "visit_link")
public class VisitLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String token;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "display_name")
    private String displayName;

    protected VisitLink() {
    }

    public static VisitLink issue(long appointmentId, VisitRole role, Long userId, String displayName) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        VisitLink link = new VisitLink();
        link.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        link.appointmentId = appointmentId;
        link.role = role.key();
        link.userId = userId;
        link.displayName = displayName;
        return link;
    }

    public String token() {
        return token;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public VisitRole role() {
        return VisitRole.ofKey(role);
    }

    public Long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
