package org.caregate.kernel.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields an update changed, named as API clients know them ({@code pm_status}, {@code first_name}): the
 * components of a view record that differ between the view before the change and the view after it.
 */
public final class ChangedFields {

    private ChangedFields() {
    }

    /** The snake_case names of the components whose values differ, in declaration order. */
    public static <R extends Record> List<String> between(R before, R after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("cannot compare a " + before.getClass() + " with a " + after.getClass());
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (!Objects.equals(value(component, before), value(component, after))) {
                changed.add(snakeCase(component.getName()));
            }
        }
        return changed;
    }

    static String snakeCase(String camelCase) {
        StringBuilder snake = new StringBuilder(camelCase.length() + 4);
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
