package org.caregate.web.forms;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caregate.forms.api.DocumentFacade;
import org.caregate.kernel.error.CaregateException;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.kernel.error.UnauthenticatedException;
import org.caregate.kernel.id.DocumentId;
import org.caregate.web.security.CurrentCaller;

/**
 * {@code GET /documents/{id}/download}: a document's content, for a caller who may read the document (the same key
 * and the same rule as the {@code document} query), streamed from the store as it is read. Always an attachment
 * ({@code Content-Disposition}) with {@code nosniff}, so no upload is ever rendered as a page of Caregate's. Each
 * download is recorded as an open.
 */
@WebServlet(urlPatterns = "/documents/*")
public class DocumentDownloadServlet extends HttpServlet {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Pattern DOWNLOAD = Pattern.compile("/([0-9]{1,18})/download");

    @EJB
    DocumentFacade documents;

    @Inject
    CurrentCaller caller;

    /** Where the document with this id is downloaded, relative to the server. */
    static String path(long documentId) {
        return "/documents/" + documentId + "/download";
    }

    private static int status(CaregateException refusal) {
        if (refusal instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (refusal instanceof UnauthenticatedException) {
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        return refusal instanceof ForbiddenException ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = DOWNLOAD.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
                throw new NotFoundException("Document");
            }
            documents.download(caller.get(), new DocumentId(Long.parseLong(matcher.group(1))), document -> {
                response.setContentType(document.contentType());
                response.setContentLengthLong(document.size());
                response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(document.displayName(), StandardCharsets.UTF_8).replace("+", "%20"));
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "private, no-store");
                try {
                    return response.getOutputStream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (CaregateException e) {
            response.resetBuffer();
            response.setStatus(status(e));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.createObjectBuilder().add("error", JSON.createObjectBuilder()
                    .add("message", e.getMessage())).build().toString());
        }
    }
}
