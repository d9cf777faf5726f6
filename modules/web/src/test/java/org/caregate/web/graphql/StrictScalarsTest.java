package org.caregate.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 9: GraphQL {@code Int} values wrapped modulo 2³² and were stored (4294967297 saved 1), while
 * -2147483648, a valid Int, was refused; SmallRye's other scalars answered with their message codes. The strict Int
 * reads every value in range and refuses the rest; the others refuse in plain words.
 */
class StrictScalarsTest {

    @SuppressWarnings("unchecked")
    private static final Coercing<Integer, Integer> INT = (Coercing<Integer, Integer>) StrictScalars.INT.getCoercing();
    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    @Test
    void everyIntInRangeIsRead() {
        assertThat(literal(new IntValue(BigInteger.valueOf(Integer.MIN_VALUE)))).isEqualTo(Integer.MIN_VALUE);
        assertThat(literal(new IntValue(BigInteger.valueOf(Integer.MAX_VALUE)))).isEqualTo(Integer.MAX_VALUE);
        assertThat(literal(new StringValue("30"))).isEqualTo(30);
        assertThat(literal(new FloatValue(new BigDecimal("15.0")))).isEqualTo(15);
        assertThat(INT.parseValue(-2147483648L, CONTEXT, Locale.ROOT)).isEqualTo(Integer.MIN_VALUE);
        assertThat(INT.parseValue(new BigDecimal("45"), CONTEXT, Locale.ROOT)).isEqualTo(45);
        assertThat(INT.parseValue("60", CONTEXT, Locale.ROOT)).isEqualTo(60);
    }

    @Test
    void nothingWrapsOrRounds() {
        for (String beyond : new String[] {"4294967297", "2147483648", "-2147483649", "9223372036854775808", "9".repeat(5_000)}) {
            assertThatThrownBy(() -> literal(new IntValue(new BigInteger(beyond))))
                    .isInstanceOf(CoercingParseLiteralException.class).hasMessageContaining("whole number from -2147483648");
            assertThatThrownBy(() -> INT.parseValue(new BigInteger(beyond), CONTEXT, Locale.ROOT))
                    .isInstanceOf(CoercingParseValueException.class);
        }
        assertThatThrownBy(() -> INT.parseValue(4294967297L, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> INT.parseValue(1.5, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> INT.parseValue(Double.POSITIVE_INFINITY, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> INT.parseValue(true, CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> INT.parseValue("1" + "0".repeat(100), CONTEXT, Locale.ROOT)).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> literal(new FloatValue(new BigDecimal("1e309")))).isInstanceOf(CoercingParseLiteralException.class);
        assertThatThrownBy(() -> literal(new FloatValue(new BigDecimal("1.5")))).isInstanceOf(CoercingParseLiteralException.class);
    }

    private static Integer literal(graphql.language.Value<?> value) {
        return INT.parseLiteral(value, CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT);
    }

    @Test
    void theSchemaIsBuiltWithTheStrictIntAndScalarsThatNameNoMessageCode() {
        new StrictScalars().onStartup(java.util.Set.of(), null);
        assertThat(GraphQLScalarTypes.getScalarByClassName(Integer.class.getName())).isSameAs(StrictScalars.INT);
        assertThat(GraphQLScalarTypes.getScalarByClassName(int.class.getName())).isSameAs(StrictScalars.INT);
        assertThat(GraphQLScalarTypes.getScalarByName("Int")).isSameAs(StrictScalars.INT);
        GraphQLScalarType dateTime = GraphQLScalarTypes.getScalarByClassName(java.time.OffsetDateTime.class.getName());
        GraphQLScalarType floating = GraphQLScalarTypes.getScalarByClassName(Double.class.getName());
        assertThatThrownBy(() -> floating.getCoercing().parseLiteral(new BooleanValue(true),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessageNotContaining("SRGQL").hasMessageMatching("(?s).+");
        assertThatThrownBy(() -> dateTime.getCoercing().parseValue(true, CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Expected an ISO 8601 date and time with an offset, e.g. 2022-02-22T15:30:00Z");
        assertThatThrownBy(() -> dateTime.getCoercing().parseValue("2021-13-01", CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Expected an ISO 8601 date and time with an offset, e.g. 2022-02-22T15:30:00Z");
        assertThatThrownBy(() -> dateTime.getCoercing().parseLiteral(new StringValue("1970-01-01"),
                CoercedVariables.emptyVariables(), CONTEXT, Locale.ROOT))
                .isInstanceOf(CoercingParseLiteralException.class);
        assertThat(dateTime.getCoercing().parseValue("2031-03-03T10:00:00+01:00", CONTEXT, Locale.ROOT)).isNotNull();
        assertThat(StrictScalars.plain("SRGQL000013: Expected type [DateTime] but was [Boolean]."))
                .isEqualTo("Expected type [DateTime] but was [Boolean].");
    }
}
