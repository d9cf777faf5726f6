package org.caregate.web.episodes;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.episodes.api.EpisodeFacade;
import org.caregate.episodes.api.EpisodeTypeFacade;
import org.caregate.episodes.api.EpisodeTypeView;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.EpisodeId;
import org.caregate.kernel.id.EpisodeTypeId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Access;
import org.caregate.web.graphql.FieldError;
import org.caregate.web.graphql.GraphQlErrors;
import org.caregate.web.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

/**
 * Episodes of care for staff portals (Caregate addition; Healthie's contract has none): the same episodes Solo's
 * {@code /qapi/v1/episodes} endpoints write, read-only, for the organization's members; and the organization's
 * catalogue of episode types, which owners and admins keep.
 */
@GraphQLApi
@ApplicationScoped
public class EpisodesGraphQlApi {

    @EJB
    EpisodeFacade episodes;

    @EJB
    EpisodeTypeFacade types;

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

    @Query("episodeTypes")
    @Description("Caregate addition: the organization's catalogue of episode types, by name (members only). While "
            + "it is empty an episode's type is free text; once it holds a type, episodes name one of them.")
    public List<EpisodeTypeNode> episodeTypes() {
        return GraphQlErrors.query(() -> types.types(caller.get()).stream().map(EpisodeTypeNode::of).toList());
    }

    @Mutation("createEpisodeType")
    @Description("Caregate addition: adds a type to the organization's catalogue (owners and admins); names are "
            + "unique whatever their case; at most 100 types.")
    public EpisodeTypePayload createEpisodeType(@Name("input") CreateEpisodeTypeInput input) {
        return GraphQlErrors.mutation(() -> new EpisodeTypePayload(EpisodeTypeNode.of(types.createType(caller.get(),
                input == null ? null : input.name)), null), messages -> new EpisodeTypePayload(null, messages));
    }

    @Mutation("deleteEpisodeType")
    @Description("Caregate addition: removes a type from the catalogue (owners and admins); episodes of that type "
            + "keep it. Answers the type as it was.")
    public EpisodeTypePayload deleteEpisodeType(@Name("input") DeleteEpisodeTypeInput input) {
        return GraphQlErrors.mutation(() -> {
            Access.requireAdministrator(caller.get(), "Only the organization's owner and admins manage episode types");
            return new EpisodeTypePayload(EpisodeTypeNode.of(types.deleteType(caller.get(),
                    EpisodeTypeId.parse("id", input == null ? null : input.id))), null);
        }, messages -> new EpisodeTypePayload(null, messages));
    }

    /** An entry of the organization's catalogue of episode types. */
    @Name("EpisodeType")
    public record EpisodeTypeNode(@Id @Name("id") String id, @Name("name") String name) {

        static EpisodeTypeNode of(EpisodeTypeView type) {
            return new EpisodeTypeNode(Long.toString(type.id()), type.name());
        }
    }

    /** {@code createEpisodeType(input: createEpisodeTypeInput)}. */
    @Input("createEpisodeTypeInput")
    public static class CreateEpisodeTypeInput {
        @Name("name") public String name;
    }

    /** {@code deleteEpisodeType(input: deleteEpisodeTypeInput)}. */
    @Input("deleteEpisodeTypeInput")
    public static class DeleteEpisodeTypeInput {
        @Id @Name("id") public String id;
    }

    /** What {@code createEpisodeType} and {@code deleteEpisodeType} return. */
    @Name("episodeTypePayload")
    public record EpisodeTypePayload(@Name("episodeType") EpisodeTypeNode episodeType,
                                     @Name("messages") List<FieldError> messages) {
    }
}
