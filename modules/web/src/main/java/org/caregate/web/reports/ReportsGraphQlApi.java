package org.caregate.web.reports;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.id.ReportPresetId;
import org.caregate.reports.api.ReportPresetChanges;
import org.caregate.reports.api.ReportPresetView;
import org.caregate.reports.api.ReportsFacade;
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
 * Presets of Solo's encounter reports over GraphQL (a Caregate addition: Solo configures them in its web
 * application): which columns of the visits CSV a report shows. Members read them; owners and admins manage them.
 */
@GraphQLApi
@ApplicationScoped
public class ReportsGraphQlApi {

    @EJB
    ReportsFacade reports;

    @Inject
    CurrentCaller caller;

    @Query("reportPresets")
    @Description("Caregate addition: the presets of encounter reports (POST /qapi/v1/encounter-report/create's "
            + "presetId), the built-in one with every column first, then the others by name. Members only.")
    public List<ReportPresetNode> reportPresets() {
        return GraphQlErrors.query(() -> reports.presets(caller.get()).stream().map(ReportPresetNode::of).toList());
    }

    @Query("reportColumns")
    @Description("Caregate addition: every column of the visits CSV (the CSV data dump's), in order: what a preset "
            + "chooses among.")
    public List<String> reportColumns() {
        return GraphQlErrors.query(() -> {
            reports.presets(caller.get()); // members only, as the presets
            return reports.columns();
        });
    }

    @Mutation("createReportPreset")
    @Description("Caregate addition: adds a preset (owners and admins): a name unique in the organization whatever "
            + "its case (at most 100 characters) and at least one column of reportColumns, each once, in the order "
            + "the report shows them. At most 50 presets.")
    public ReportPresetPayload createReportPreset(@Name("input") CreateReportPresetInput input) {
        return GraphQlErrors.mutation(() -> new ReportPresetPayload(ReportPresetNode.of(reports.createPreset(
                        caller.get(), new ReportPresetChanges(input == null ? null : input.name,
                                input == null ? null : input.columns))), null),
                messages -> new ReportPresetPayload(null, messages));
    }

    @Mutation("updateReportPreset")
    @Description("Caregate addition: renames a preset and/or chooses its columns again (owners and admins); what is "
            + "left out stays. The built-in preset does not change.")
    public ReportPresetPayload updateReportPreset(@Name("input") UpdateReportPresetInput input) {
        return GraphQlErrors.mutation(() -> new ReportPresetPayload(ReportPresetNode.of(reports.updatePreset(
                        caller.get(), id(input == null ? null : input.id), new ReportPresetChanges(input.name,
                                input.columns))), null),
                messages -> new ReportPresetPayload(null, messages));
    }

    @Mutation("deleteReportPreset")
    @Description("Caregate addition: removes a preset (owners and admins) and answers it as it was; reports still "
            + "pending with it fail. The built-in preset cannot be removed.")
    public ReportPresetPayload deleteReportPreset(@Name("input") DeleteReportPresetInput input) {
        return GraphQlErrors.mutation(() -> new ReportPresetPayload(ReportPresetNode.of(reports.deletePreset(
                        caller.get(), id(input == null ? null : input.id))), null),
                messages -> new ReportPresetPayload(null, messages));
    }

    private static ReportPresetId id(String raw) {
        return ReportPresetId.read(raw).orElseThrow(() -> new NotFoundException("Preset"));
    }

    /** A preset of encounter reports. */
    @Name("ReportPreset")
    public record ReportPresetNode(@Id @Name("id") String id, @Name("name") String name,
                                   @Name("columns") List<String> columns, @Name("built_in") Boolean builtIn) {

        static ReportPresetNode of(ReportPresetView preset) {
            return new ReportPresetNode(preset.id().toString(), preset.name(), preset.columns(), preset.builtIn());
        }
    }

    /** {@code createReportPreset(input: createReportPresetInput)}. */
    @Input("createReportPresetInput")
    public static class CreateReportPresetInput {
        @Name("name") public String name;
        @Name("columns") public List<String> columns;
    }

    /** {@code updateReportPreset(input: updateReportPresetInput)}. */
    @Input("updateReportPresetInput")
    public static class UpdateReportPresetInput {
        @Id @Name("id") public String id;
        @Name("name") public String name;
        @Name("columns") public List<String> columns;
    }

    /** {@code deleteReportPreset(input: deleteReportPresetInput)}. */
    @Input("deleteReportPresetInput")
    public static class DeleteReportPresetInput {
        @Id @Name("id") public String id;
    }

    /** What the preset mutations return. */
    @Name("reportPresetPayload")
    public record ReportPresetPayload(@Name("reportPreset") ReportPresetNode reportPreset,
                                      @Name("messages") List<FieldError> messages) {
    }
}
