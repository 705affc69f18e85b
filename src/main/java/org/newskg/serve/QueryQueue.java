package org.newskg.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * At most {@code running} requests to the dataset ({@code /newskg/*}: queries, named queries,
 * viz, Graph Store reads) handled at once and {@code queued} waiting for them, without holding a
 * thread, at most {@code maxWait}; the next one, or one that waited too long, is answered
 * {@code 503 Service Unavailable} at once (Jetty's {@link QoSHandler}), as one plain line.
 */
final class QueryQueue extends Handler.Wrapper {

    QueryQueue(Handler next, String pathSpec, int running, int queued, Duration maxWait) {
        QoSHandler qos = new QoSHandler(next);
        qos.includePath(pathSpec);
        qos.setMaxRequestCount(running);
        qos.setMaxSuspendedRequestCount(queued);
        qos.setMaxSuspend(maxWait);
        setHandler(qos);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new PlainBusy(request, response), callback);
    }

    /** QoSHandler answers a full queue with an empty 503; this gives it the plain line errors have. */
    private static final class PlainBusy extends Response.Wrapper {
        PlainBusy(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (last && content == null && getStatus() == HttpStatus.SERVICE_UNAVAILABLE_503 && !isCommitted()) {
                byte[] body = PlainErrorHandler.line(HttpStatus.SERVICE_UNAVAILABLE_503).getBytes(StandardCharsets.UTF_8);
                getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.TEXT_PLAIN_UTF_8.asString());
                getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                super.write(true, ByteBuffer.wrap(body), callback);
                return;
            }
            super.write(last, content, callback);
        }
    }
}
