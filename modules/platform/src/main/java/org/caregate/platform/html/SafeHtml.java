package org.caregate.platform.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML that one client writes and others render, cleaned to what each use allows: no scripts, no event handler
 * attributes ({@code on*=}), no {@code javascript:} or other non-web URLs, no frames. What is left is kept as
 * written, so cleaning clean HTML changes nothing.
 */
public final class SafeHtml {

    /** Read-only text in a form (a label between questions): formatting, lists, links and images over http(s). */
    private static final Safelist FORM_LABEL = Safelist.relaxed()
            .removeTags("img")
            .addTags("span", "hr")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SafeHtml() {
    }

    /** What the HTML says, as plain text: tags gone, entities decoded, white space collapsed. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }

    /** The label's HTML with everything but {@link #FORM_LABEL} removed. */
    public static String formLabel(String html) {
        return Jsoup.clean(html, "", FORM_LABEL, OUTPUT);
    }
}
