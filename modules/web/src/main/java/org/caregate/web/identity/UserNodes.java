package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.caregate.identity.api.IdentityFacade;
import org.caregate.web.security.CurrentCaller;

/**
 * The people a page of nodes names (an owner, a filler, a recipient), each looked up once for the whole page and
 * shown only as far as the caller may see them — what GraphQL's batched {@code User} fields need.
 */
@RequestScoped
public class UserNodes {

    @EJB
    IdentityFacade identity;

    @Inject
    CurrentCaller caller;

    /** Each item's person, in the list's order: {@code null} where it names none or one the caller may not see. */
    public <T> List<UserNode> of(List<T> items, Function<T, Long> person) {
        Map<Long, UserNode> found = byId(items.stream().map(person).filter(Objects::nonNull).toList());
        return items.stream().map(item -> {
            Long id = person.apply(item);
            return id == null ? null : found.get(id);
        }).toList();
    }

    /** The people with these ids the caller may see, by id. */
    public Map<Long, UserNode> byId(Collection<Long> ids) {
        Map<Long, UserNode> found = new HashMap<>();
        identity.usersWithIds(caller.get(), List.copyOf(new LinkedHashSet<>(ids)))
                .forEach(user -> found.put(user.id(), UserNode.of(user)));
        return found;
    }
}
