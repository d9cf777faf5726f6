package org.caregate.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses, for every API and the visit page alike, a request whose path or query string holds a control character,
 * an unpaired surrogate, bytes that are not UTF-8 or an encoded dot segment ({@link RequestLimits#address}): a
 * {@code %00} in a patient's or a visit's id reached PostgreSQL, which refuses NUL, and answered 500, and
 * {@code PATCH /teleconsultation/%2e%2e}, resolved to the server's root, answered 501.
 */
@WebFilter("/*")
public class AddressFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> problem = RequestLimits.address(request.getRequestURI(), request.getQueryString());
        if (problem.isPresent()) {
            ErrorResponses.badInput(request, response, "url", problem.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
