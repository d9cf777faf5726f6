package org.caregate.web.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * GraphQL's scalars as clients may rely on them, registered before the schema is built (a container initializer runs
 * before {@link SchemaAtStart}, the listener that builds it):
 * <ul>
 * <li>{@code Int} as the specification defines it: a whole number from -2,147,483,648 to 2,147,483,647, anything
 * else refused. SmallRye GraphQL 2.17's own {@code Int} wraps a larger number modulo 2³² (so
 * {@code minimum_advance_cancel_time: 4294967297} was stored as 1 and a 64-bit {@code day_of_week} became a
 * Sunday) while it refused -2,147,483,648. Whole numbers sent as strings ({@code "30"}) are still read, as SmallRye
 * did.</li>
 * <li>every other SmallRye scalar (dates, times, floats, big numbers) unchanged, except that a refusal no longer
 * quotes SmallRye's message code ({@code SRGQL000013: Expected type [DateTime] but was [Boolean]}), and that a
 * {@code DateTime} must be an ISO 8601 date and time with an offset before the engine accepts it.</li>
 * </ul>
 */
public class StrictScalars implements ServletContainerInitializer {

    private static final String RANGE = "a whole number from -2147483648 to 2147483647";

    /** The strict {@code Int}. */
    static final GraphQLScalarType INT = GraphQLScalarType.newScalar().name("Int")
            .description("A whole number from -2147483648 to 2147483647").coercing(new StrictInt()).build();

    private static final Pattern MESSAGE_CODE = Pattern.compile("SRGQL\\d+: ");
    private static final String UNREADABLE_DATE_TIME = "Expected an ISO 8601 date and time with an offset, "
            + "e.g. 2022-02-22T15:30:00Z";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Map<GraphQLScalarType, GraphQLScalarType> replaced = new IdentityHashMap<>();
        for (Map.Entry<String, GraphQLScalarType> scalar : Map.copyOf(GraphQLScalarTypes.getScalarMap()).entrySet()) {
            GraphQLScalarType original = scalar.getValue();
            GraphQLScalarType strict = original.getName().equals("Int") ? INT
                    : original.getCoercing().getClass().getName().startsWith("io.smallrye.")
                    ? replaced.computeIfAbsent(original, StrictScalars::withPlainMessages) : null;
            if (strict != null) {
                GraphQLScalarTypes.registerCustomScalar(strict.getName(), scalar.getKey(), strict);
            }
        }
    }

    /** The scalar with SmallRye's coercing, its refusals' messages without SmallRye's message codes. */
    @SuppressWarnings("unchecked")
    private static GraphQLScalarType withPlainMessages(GraphQLScalarType scalar) {
        return scalar.transform(builder -> builder.coercing(new PlainMessages((Coercing<Object, Object>) scalar.getCoercing(),
                scalar.getName().equals("DateTime") ? StrictScalars::isOffsetDateTime : value -> true)));
    }

    /**
     * Whether a {@code DateTime} is one Caregate can read: every {@code DateTime} it takes is an
     * {@code OffsetDateTime}, which SmallRye reads only after the engine has accepted the value, and whose failure
     * (a month 13, a date without a time) it answers by naming the Java input class.
     */
    static boolean isOffsetDateTime(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String plain(String message) {
        return message == null ? null : MESSAGE_CODE.matcher(message).replaceAll("");
    }

    /** The integer a value stands for, if it is a whole number in range; {@code null} otherwise. */
    static Integer whole(Object value) {
        BigDecimal number;
        try {
            if (value instanceof Number n) {
                number = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            } else if (value instanceof String text && text.strip().length() <= 12) {
                number = new BigDecimal(text.strip());
            } else {
                return null;
            }
            return number.intValueExact();
        } catch (NumberFormatException | ArithmeticException notWholeOrTooLarge) {
            return null;
        }
    }

    /** Delegates to SmallRye's coercing; a refusal keeps its kind and loses the message code. */
    private static final class PlainMessages implements Coercing<Object, Object> {

        private final Coercing<Object, Object> smallRye;
        private final Predicate<Object> readable;

        PlainMessages(Coercing<Object, Object> smallRye, Predicate<Object> readable) {
            this.smallRye = smallRye;
            this.readable = readable;
        }

        @Override
        public Object serialize(Object output, GraphQLContext context, Locale locale) {
            try {
                return smallRye.serialize(output, context, locale);
            } catch (CoercingSerializeException e) {
                throw new CoercingSerializeException(plain(e.getMessage()));
            }
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!readable.test(input)) {
                throw new CoercingParseValueException(UNREADABLE_DATE_TIME);
            }
            try {
                return smallRye.parseValue(input, context, locale);
            } catch (CoercingParseValueException e) {
                throw new CoercingParseValueException(plain(e.getMessage()));
            }
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!readable.test(input instanceof StringValue text ? text.getValue() : input)) {
                throw new CoercingParseLiteralException(UNREADABLE_DATE_TIME);
            }
            try {
                return smallRye.parseLiteral(input, variables, context, locale);
            } catch (CoercingParseLiteralException e) {
                throw new CoercingParseLiteralException(plain(e.getMessage()));
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return smallRye.valueToLiteral(input, context, locale);
        }
    }

    private static final class StrictInt implements Coercing<Integer, Integer> {

        @Override
        public Integer serialize(Object output, GraphQLContext context, Locale locale) {
            Integer whole = whole(output);
            if (whole == null) {
                throw new CoercingSerializeException("Int cannot represent this value");
            }
            return whole;
        }

        @Override
        public Integer parseValue(Object input, GraphQLContext context, Locale locale) {
            Integer whole = input instanceof Boolean ? null : whole(input);
            if (whole == null) {
                throw new CoercingParseValueException("Expected " + RANGE);
            }
            return whole;
        }

        @Override
        public Integer parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            Integer whole = null;
            if (input instanceof IntValue number && number.getValue().bitLength() < 32) {
                whole = number.getValue().intValue();
            } else if (input instanceof FloatValue number && number.getValue().precision() <= 40) {
                whole = whole(number.getValue());
            } else if (input instanceof StringValue text) {
                whole = whole(text.getValue());
            }
            if (whole == null) {
                throw new CoercingParseLiteralException("Expected " + RANGE);
            }
            return whole;
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return IntValue.of(serialize(input, context, locale));
        }
    }
}
