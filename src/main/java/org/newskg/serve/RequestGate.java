package org.newskg.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first look at every request, before anything reads or decodes it: a body with a
 * {@code Content-Encoding} (gzip, deflate …) is refused with {@code 415}, so the size limit is on
 * the bytes a servlet reads (Fuseki would inflate it: 50 KB of gzip became megabytes of query).
 * Refusals are one plain line ({@link PlainErrorHandler}).
 */
final class RequestGate extends Handler.Wrapper {

    RequestGate(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            return refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415);
        }
        return super.handle(request, response, callback);
    }

    private static boolean refuse(Request request, Response response, Callback callback, int status) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the body, if any, is not read
        Response.writeError(request, response, callback, status);
        return true;
    }
}
