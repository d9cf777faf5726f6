package org.caregate.web.forms;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

/**
 * Healthie's {@code Upload} scalar: a file. Over the GraphQL multipart request spec the file part takes the
 * variable's place; in a JSON body (a Caregate addition) the value is the file as a base64 {@code data:} URL,
 * e.g. {@code data:application/pdf;name=lab.pdf;base64,JVBERi0…} ({@link FileStrings}).
 */
@CustomScalar("Upload")
@Description("A file: a part of a multipart request (graphql-multipart-request-spec), or a base64 data: URL.")
public final class UploadScalar implements CustomStringScalar {

    private final String value;

    public UploadScalar(String value) {
        this.value = value;
    }

    @Override
    public String stringValueForSerialization() {
        return value;
    }
}
