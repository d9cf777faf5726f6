package org.caregate.web.graphql;

import java.util.List;
import org.caregate.kernel.error.FieldMessage;
import org.eclipse.microprofile.graphql.Name;

/** One entry of a Healthie payload's {@code messages}: the input field at fault and what is wrong with it. */
@Name("FieldError")
public record FieldError(@Name("field") String field, @Name("message") String message) {

    public static List<FieldError> of(List<FieldMessage> problems) {
        return problems.stream().map(p -> new FieldError(p.field(), p.message())).toList();
    }
}
