package org.caregate.web.graphql;

import io.smallrye.graphql.spi.LookupService;
import io.smallrye.graphql.spi.ManagedInstance;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds GraphQL API beans through this WAR's own bean manager ({@code java:comp/BeanManager}). SmallRye's default
 * look-up picks the EAR's bean manager, which does not see the WAR's beans (WELD-001334).
 *
 * <p>SmallRye asks for the API bean at every field it resolves. The bean manager is looked up once, and the client
 * proxy of a normal-scoped bean (request or application scoped: it finds the current instance itself) is kept per
 * type; a dependent bean is created anew each time, as before. The JNDI look-up per field was 2 % of a booking's
 * CPU time (docs/performance.md).
 */
public class BeanManagerLookupService implements LookupService {

    private final Map<Class<?>, ManagedInstance<?>> normalScoped = new ConcurrentHashMap<>();

    private volatile BeanManager beanManager;

    @Override
    public String getName() {
        return "Caregate WAR bean manager";
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ManagedInstance<T> getInstance(Class<T> type) {
        ManagedInstance<?> known = normalScoped.get(type);
        if (known != null) {
            return (ManagedInstance<T>) known;
        }
        BeanManager beans = beanManager();
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        if (bean == null) {
            throw new IllegalStateException("no CDI bean for " + type.getName());
        }
        CreationalContext<?> context = beans.createCreationalContext(bean);
        T instance = type.cast(beans.getReference(bean, type, context));
        ManagedInstance<T> managed = () -> instance;
        if (beans.isNormalScope(bean.getScope())) {
            normalScoped.putIfAbsent(type, managed);
        }
        return managed;
    }

    @Override
    public boolean isResolvable(Class<?> type) {
        BeanManager beans = beanManager();
        return beans.resolve(beans.getBeans(type)) != null;
    }

    private BeanManager beanManager() {
        BeanManager known = beanManager;
        if (known != null) {
            return known;
        }
        try {
            known = (BeanManager) new InitialContext().lookup("java:comp/BeanManager");
        } catch (NamingException e) {
            throw new IllegalStateException("no bean manager at java:comp/BeanManager", e);
        }
        beanManager = known;
        return known;
    }
}
