package org.caregate.billing.infrastructure.claims;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.caregate.billing.domain.claims.IcdCode;
import org.caregate.billing.domain.claims.IcdCodeTable;

/** The ICD-10-CM table ({@code billing.icd10_code}). */
@Dependent
public class JpaIcdCodeTable implements IcdCodeTable {

    @PersistenceContext(unitName = "billing")
    EntityManager em;

    @Override
    public Map<String, String> descriptions(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM IcdCode c WHERE c.code IN :codes", IcdCode.class)
                .setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.toMap(IcdCode::code, IcdCode::description));
    }
}
