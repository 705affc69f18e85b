package org.newskg.serve;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first look at every request, before anything reads or decodes it. Refused, each with one
 * plain line ({@link PlainErrorHandler}):
 * <ul>
 * <li>a {@code Host} that is not the address the server listens on, {@code localhost} or a
 * loopback address ({@code 421}; any IP address when listening on every interface): a web page
 * whose name an attacker points at 127.0.0.1 (DNS rebinding) is not let in;</li>
 * <li>{@code TRACE} ({@code 405}): it would echo the request, cookies included;</li>
 * <li>JSONP, a {@code callback} parameter ({@code 400}): it lets any web page read the answers;</li>
 * <li>a {@code Content-Type} with a charset Java does not know ({@code 415});</li>
 * <li>a body with a {@code Content-Encoding} (gzip, deflate …) ({@code 415}), so the size limit
 * is on the bytes a servlet reads (Fuseki would inflate it: 50 KB of gzip became megabytes of query).</li>
 * </ul>
 */
final class RequestGate extends Handler.Wrapper {

    private final Set<String> hosts;
    private final boolean anyAddress;

    /** {@code boundHost}: the interface the server listens on, as given ({@code 0.0.0.0} or {@code ::} for all). */
    RequestGate(Handler next, String boundHost) {
        super(next);
        String bound = normal(boundHost);
        this.anyAddress = "0.0.0.0".equals(bound) || "::".equals(bound) || "0:0:0:0:0:0:0:0".equals(bound);
        this.hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1", bound));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = request.getHttpURI().getHost();
        if (host != null && !host.isEmpty() && !allowedHost(normal(host))) {
            return refuse(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421);
        }
        String method = request.getMethod();
        if ("TRACE".equalsIgnoreCase(method) || "TRACK".equalsIgnoreCase(method)) {
            return refuse(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        }
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && !knownCharset(type)) {
            return refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415);
        }
        String query = request.getHttpURI().getQuery();
        if (query != null && jsonp(query)) {
            return refuse(request, response, callback, HttpStatus.BAD_REQUEST_400);
        }
        String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            return refuse(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415);
        }
        return super.handle(request, response, callback);
    }

    /** False when the content type names a charset Java does not have. */
    private static boolean knownCharset(String contentType) {
        String cs = MimeTypes.getCharsetFromContentType(contentType);
        try {
            return cs == null || Charset.isSupported(cs);
        } catch (IllegalArgumentException badName) {
            return false;
        }
    }

    private boolean allowedHost(String host) {
        return hosts.contains(host) || anyAddress && (IPV4.matcher(host).matches() || host.contains(":"));
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Lower case, without IPv6 brackets or a trailing dot. */
    private static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** True when the query string has a {@code callback} parameter (Fuseki's JSONP), in any spelling. */
    private static boolean jsonp(String query) {
        for (String pair : query.split("[&;]")) {
            String name = pair.split("=", 2)[0];
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                // compare as it is
            }
            if ("callback".equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean refuse(Request request, Response response, Callback callback, int status) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the body, if any, is not read
        Response.writeError(request, response, callback, status);
        return true;
    }
}
