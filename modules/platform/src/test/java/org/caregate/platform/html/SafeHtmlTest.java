package org.caregate.platform.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsFormattingAsWritten() {
        String html = "<p>Please read <strong>carefully</strong>:</p><ul><li>one</li></ul>"
                + "<a href=\"https://example.org/consent\">consent</a>";
        assertEquals(html, SafeHtml.formLabel(html));
    }

    @Test
    void removesScriptsAndEventHandlers() {
        assertEquals("<p>Hello</p>", SafeHtml.formLabel("<p onclick=\"steal()\">Hello</p><script>steal()</script>"));
    }

    @Test
    void removesJavascriptUrls() {
        assertEquals("<a>click</a>", SafeHtml.formLabel("<a href=\"javascript:steal()\">click</a>"));
    }

    @Test
    void removesForeignFramesAndImages() {
        assertEquals("<p>x</p>", SafeHtml.formLabel("<iframe src=\"https://evil.example\"></iframe><p>x</p>"
                + "<img src=\"https://evil.example/pixel.png\">"));
    }
}
