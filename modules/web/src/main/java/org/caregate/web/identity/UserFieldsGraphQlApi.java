package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.identity.api.GroupFacade;
import org.caregate.identity.api.LocationFacade;
import org.caregate.identity.api.MembershipFacade;
import org.caregate.identity.api.TagFacade;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** Fields of Healthie's {@code User} that are resolved only when a client asks for them. */
@GraphQLApi
@ApplicationScoped
public class UserFieldsGraphQlApi {

    @EJB
    GroupFacade groups;

    @EJB
    TagFacade tags;

    @EJB
    LocationFacade locations;

    @EJB
    MembershipFacade memberships;

    @Inject
    CurrentCaller caller;

    @Name("user_group")
    @Description("The patient's group, if any.")
    public UserGroupNode userGroup(@Source UserNode user) {
        return GraphQlErrors.query(() -> groups.groupOf(caller.get(), Long.parseLong(user.id())).map(UserGroupNode::of)
                .orElse(null));
    }

    @Name("active_tags")
    @Description("The tags applied to the user.")
    public List<List<TagNode>> activeTags(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> tags.tagsOf(caller.get(), ids(users)).stream()
                .map(applied -> applied.stream().map(TagNode::of).toList()).toList());
    }

    @Name("locations")
    @Description("The user's addresses.")
    public List<List<LocationNode>> locations(@Source List<UserNode> users) {
        return GraphQlErrors.query(() -> locations.locationsOf(caller.get(), ids(users)).stream()
                .map(addresses -> addresses.stream().map(LocationNode::of).toList()).toList());
    }

    /** Lists of users are resolved in one call per field, not one per user. */
    private static List<Long> ids(List<UserNode> users) {
        return users.stream().map(user -> Long.parseLong(user.id())).toList();
    }

    @Name("has_api_access")
    @Description("Whether the user holds an API key that works.")
    public Boolean hasApiAccess(@Source UserNode user) {
        return GraphQlErrors.query(() -> memberships.hasApiAccess(caller.get(), Long.parseLong(user.id())));
    }
}
