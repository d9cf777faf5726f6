package org.caregate.web.graphql;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.spi.EventingService;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;

/**
 * Makes {@code [ID]} arguments work: {@code @Id @Name("offering_ids") List<String> ids} is declared {@code [ID]} in
 * the schema, as Healthie's seed prints it, and now also arrives as a list of strings.
 *
 * <p>The cause, in SmallRye GraphQL 2.17's schema builder ({@code ReferenceCreator#getReference}): the {@code @Id}
 * annotation is checked before collections and arrays are unwrapped, so the argument's reference becomes the ID
 * scalar <em>with the container's Java class</em> ({@code java.util.List}, {@code [Ljava.lang.String;}) instead of the
 * element's. At run time {@code ArgumentHelper} then "corrects" every element to that class through JSON-B — binding
 * {@code "12"} to a {@code java.util.List} — which fails as the validation error "argument 'offering_ids' with value
 * 'StringValue{value='12'}' is not a valid 'Unknown Scalar Type [java.util.List]'" (for variables and inline literals
 * alike). Input-type fields were spared because an input object is bound by JSON-B as a whole.
 *
 * <p>The fix: SmallRye offers each operation of its model to {@link EventingService#createOperation} before it builds
 * the GraphQL field and its data fetcher from it; there, an ID argument whose class is its own wrapper's gets the
 * element's class back (from the Java method's generic parameter type). The schema stays {@code [ID]}; the data
 * fetcher receives {@code List<String>}.
 */
public class IdListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public Operation createOperation(Operation operation) {
        List<Argument> arguments = operation.getArguments();
        for (int position = 0; position < arguments.size(); position++) {
            Argument argument = arguments.get(position);
            Reference reference = argument.getReference();
            if (isBrokenIdList(argument, reference)) {
                String element = elementClass(operation, position, arguments.size());
                reference.setClassName(element);
                reference.setGraphQLClassName(element);
            }
        }
        return operation;
    }

    /** An ID argument (list or array) whose reference names the container instead of the element. */
    static boolean isBrokenIdList(Argument argument, Reference reference) {
        return reference != null && reference.getType() == ReferenceType.SCALAR && "ID".equals(reference.getName())
                && argument.hasWrapper() && reference.getClassName().equals(argument.getWrapper().getWrapperClassName());
    }

    /** The element class of the operation's Java parameter at this position; {@code String} when not found. */
    static String elementClass(Operation operation, int position, int count) {
        try {
            Class<?> owner = Class.forName(operation.getClassName(), false,
                    Thread.currentThread().getContextClassLoader());
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(operation.getMethodName()) && method.getParameterCount() == count) {
                    return innermost(method.getGenericParameterTypes()[position]);
                }
            }
        } catch (ClassNotFoundException | LinkageError unknown) {
            // falls back to String, what every id list of Caregate holds
        }
        return String.class.getName();
    }

    static String innermost(Type type) {
        Type current = type;
        for (int depth = 0; depth < 8; depth++) {
            if (current instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
                current = parameterized.getActualTypeArguments()[0];
            } else if (current instanceof GenericArrayType array) {
                current = array.getGenericComponentType();
            } else if (current instanceof Class<?> array && array.isArray()) {
                current = array.getComponentType();
            } else if (current instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
                current = wildcard.getUpperBounds()[0];
            } else if (current instanceof Class<?> element) {
                return element.getName();
            } else {
                break;
            }
        }
        return String.class.getName();
    }
}
