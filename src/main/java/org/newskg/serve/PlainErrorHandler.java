package org.newskg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself (no servlet, a servlet's {@code sendError}, an exception a
 * servlet let escape, a request Jetty refuses to parse) as one plain line: the status and its
 * reason phrase. Never the exception, its message, a stack trace or the servlet's class: those
 * go to the log only.
 */
final class PlainErrorHandler extends ErrorHandler {

    static String line(int status) {
        String reason = HttpStatus.getMessage(status);
        return status + " " + (reason == null ? "Error" : reason) + "\n";
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        byte[] body = line(code).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.TEXT_PLAIN_UTF_8.asString());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.TEXT_PLAIN_UTF_8.asString());
        return ByteBuffer.wrap(line(status).getBytes(StandardCharsets.UTF_8));
    }
}
