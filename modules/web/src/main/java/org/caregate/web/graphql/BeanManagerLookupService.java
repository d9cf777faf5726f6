package org.caregate.web.graphql;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds GraphQL API beans through this WAR's own bean manager ({@code java:comp/BeanManager}). SmallRye's default
 * look-up picks the EAR's bean manager, which does not see the WAR's beans (WELD-001334).
 */
public class BeanManagerLookupService implements LookupService {

    @Override
    public String getName() {
        return "Caregate WAR bean manager";
    }

    @Override
    public <T> ManagedInstance<T> getInstance(Class<T> type) {
        BeanManager beans = beanManager();
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        if (bean == null) {
            throw new IllegalStateException("no CDI bean for " + type.getName());
        }
        CreationalContext<?> context = beans.createCreationalContext(bean);
        T instance = type.cast(beans.getReference(bean, type, context));
        return () -> instance;
    }

    @Override
    public boolean isResolvable(Class<?> type) {
        BeanManager beans = beanManager();
        return beans.resolve(beans.getBeans(type)) != null;
    }

    private static BeanManager beanManager() {
        try {
            return (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
        } catch (NamingException e) {
            throw new IllegalStateException("no bean manager at java:comp/BeanManager", e);
        }
    }
}
