package org.caregate.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.caregate.forms.api.Upload;
import org.caregate.kernel.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** {@code file_string} and JSON-sent uploads: bare base64 or a base64 data: URL, which may name the file. */
class FileStringsTest {

    private static final byte[] BYTES = "%PDF-1.4 example".getBytes(StandardCharsets.US_ASCII);
    private static final String BASE64 = Base64.getEncoder().encodeToString(BYTES);

    @Test
    void bareBase64IsTheFileWithNothingDeclared() throws Exception {
        Upload upload = FileStrings.read("file_string", BASE64);
        assertThat(upload.content().readAllBytes()).isEqualTo(BYTES);
        assertThat(upload.declaredType()).isNull();
        assertThat(upload.fileName()).isNull();
    }

    @Test
    void aDataUrlDeclaresItsTypeAndMayNameTheFile() throws Exception {
        Upload upload = FileStrings.read("file", "data:application/pdf;name=lab%20results.pdf;base64," + BASE64);
        assertThat(upload.content().readAllBytes()).isEqualTo(BYTES);
        assertThat(upload.declaredType()).isEqualTo("application/pdf");
        assertThat(upload.fileName()).isEqualTo("lab results.pdf");
    }

    @Test
    void whatIsNotBase64IsRefusedInItsField() {
        assertThatThrownBy(() -> FileStrings.read("file_string", "data:text/plain,hello"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("file_string");
        assertThatThrownBy(() -> FileStrings.read("file", "data:;name=%zz;base64," + BASE64))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FileStrings.read("file_string", "%%%="))
                .isInstanceOf(InvalidInputException.class);
    }
}
