package org.caregate.web.episodes;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.episodes.api.EpisodeFacade;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.UserId;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * Episodes of care for staff portals (Caregate addition; Healthie's contract has none): the same episodes Solo's
 * {@code /qapi/v1/episodes} endpoints write, read-only, for the organization's members.
 */
@GraphQLApi
@RequestScoped
public class EpisodesGraphQlApi {

    @EJB
    EpisodeFacade episodes;

    @Inject
    CurrentCaller caller;

    @Query("episodesOfCare")
    @Description("Caregate addition: the patient's episodes of care, by start (members only).")
    public List<EpisodeNode> episodesOfCare(@Id @Name("user_id") String userId) {
        return GraphQlErrors.query(() -> episodes.ofPatient(caller.get(), UserId.parse("user_id", userId)).stream()
                .map(EpisodeNode::of).toList());
    }

    @Query("episodeOfCare")
    @Description("Caregate addition: one episode of care by its id (a UUID; members only).")
    public EpisodeNode episodeOfCare(@Id @Name("id") String id) {
        return GraphQlErrors.query(() -> EpisodeNode.of(episodes.episode(caller.get(),
                EpisodeId.read(id).orElseThrow(() -> new NotFoundException("Episode")))));
    }
}
