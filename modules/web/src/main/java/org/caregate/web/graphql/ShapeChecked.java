package org.caregate.web.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

/**
 * The depth and complexity checks of an operation, made once per parsed operation rather than at every request. An
 * operation's depth and complexity follow from its document alone unless a field is kept or dropped by a variable
 * ({@code @include}, {@code @skip}): such operations are checked at every request, the others only until they have
 * passed once. The parsed document is the one SmallRye GraphQL's document cache hands out again for the same text, so
 * the operation node itself is the key; it is held weakly and leaves with the cached document. The checks cost 5-8 %
 * of a small request's CPU time before (docs/performance.md, ADR 34).
 */
final class ShapeChecked extends SimplePerformantInstrumentation {

    private static final Set<String> CONDITIONS = Set.of("include", "skip");

    private final Instrumentation checks;
    private final Map<OperationDefinition, Boolean> passed = Collections.synchronizedMap(new WeakHashMap<>());

    /** @param checks the depth and complexity instrumentations, chained; they refuse by throwing */
    ShapeChecked(Instrumentation checks) {
        this.checks = checks;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return checks.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        return checks.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters
                                                                                 parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        if (passed.containsKey(operation)) {
            return SimpleInstrumentationContext.noOp();
        }
        InstrumentationContext<ExecutionResult> checked = checks.beginExecuteOperation(parameters, state);
        if (!dependsOnVariables(operation, parameters)) {
            passed.put(operation, Boolean.TRUE);
        }
        return checked == null ? SimpleInstrumentationContext.noOp() : checked;
    }

    /** Whether a field of the operation, or of a fragment of its document, is kept or dropped by a variable. */
    private static boolean dependsOnVariables(OperationDefinition operation, InstrumentationExecuteOperationParameters
            parameters) {
        Deque<Node<?>> open = new ArrayDeque<>();
        open.push(operation);
        parameters.getExecutionContext().getFragmentsByName().values().forEach(open::push);
        while (!open.isEmpty()) {
            Node<?> node = open.pop();
            if (node instanceof Directive directive && CONDITIONS.contains(directive.getName())) {
                return true;
            }
            node.getChildren().forEach(open::push);
        }
        return false;
    }
}
