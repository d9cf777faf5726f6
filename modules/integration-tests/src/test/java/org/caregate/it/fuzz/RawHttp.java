package org.caregate.it.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request byte for byte, for what Java's HTTP client refuses to send: a header value with a control
 * character in it, as a hostile client would send it.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status and body of a GET to {@code baseUrl + path} with the given header lines (raw bytes, CRLF each). */
    public static String[] get(String baseUrl, String path, byte[] headerLines) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(headerLines);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
            int bodyStart = answer.indexOf("\r\n\r\n");
            return new String[] {status, bodyStart < 0 ? "" : answer.substring(bodyStart + 4)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
