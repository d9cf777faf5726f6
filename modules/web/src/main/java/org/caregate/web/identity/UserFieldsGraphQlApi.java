package org.caregate.web.identity;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
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
    public List<TagNode> activeTags(@Source UserNode user) {
        return GraphQlErrors.query(() -> tags.tagsOf(caller.get(), Long.parseLong(user.id())).stream().map(TagNode::of).toList());
    }

    @Name("locations")
    @Description("The user's addresses.")
    public List<LocationNode> locations(@Source UserNode user) {
        return GraphQlErrors.query(() -> locations.locationsOf(caller.get(), Long.parseLong(user.id())).stream()
                .map(LocationNode::of).toList());
    }

    @Name("has_api_access")
    @Description("Whether the user holds an API key that works.")
    public Boolean hasApiAccess(@Source UserNode user) {
        return GraphQlErrors.query(() -> memberships.hasApiAccess(caller.get(), Long.parseLong(user.id())));
    }
}
