package org.caregate.kernel.error;

import java.util.List;

/** The request was understood but some of its fields are wrong; nothing was changed. */
public class InvalidInputException extends CaregateException {

    private final List<FieldMessage> problems;

    public InvalidInputException(List<FieldMessage> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldMessage(field, message)));
    }

    public List<FieldMessage> problems() {
        return problems;
    }

    private static String describe(List<FieldMessage> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldMessage problem : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(problem.field()).append(": ").append(problem.message());
        }
        return text.toString();
    }
}
