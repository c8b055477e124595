package eu.nis2assessor.adapter.graphql.limits;

import eu.nis2assessor.adapter.graphql.error.GraphQlHttpErrorResolver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps the size of request bodies on the GraphQL endpoint ({@code nis2.graphql.max-body-bytes}), before anything else
 * (security included) looks at the request:
 * <ul>
 *   <li>a {@code Content-Length} above the limit is refused at once, without reading the body;</li>
 *   <li>a body without a length (chunked) is read into memory while it is counted, and refused as soon as it passes
 *       the limit; the request then goes on with the buffered body.</li>
 * </ul>
 * The refusal is {@code 413 Content Too Large} with a GraphQL error body ({@code BAD_REQUEST}) naming the limit, and
 * {@code Connection: close}, so that the server does not read (Tomcat: swallow) the rest of an oversized body. A body
 * that is JSON {@code null} is answered {@code 400} here as well (see {@link #NULL_BODY_CHECK_BYTES}).
 */
public final class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);
    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBytes;
    private final String path;

    public RequestBodyLimitFilter(long maxBytes, String graphQlPath) {
        this.maxBytes = maxBytes;
        this.path = graphQlPath.endsWith("/") ? graphQlPath.substring(0, graphQlPath.length() - 1) : graphQlPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return !(uri.equals(path) || uri.startsWith(path + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, declared);
            return;
        }
        if (declared > NULL_BODY_CHECK_BYTES) {
            chain.doFilter(request, response); // the container reads at most the declared length
            return;
        }
        // no length (chunked): read while counting; a tiny body: read, to see whether it is JSON null
        byte[] body = readAtMost(request.getInputStream(), maxBytes);
        if (body == null) {
            refuse(request, response, -1);
            return;
        }
        if (isJsonNull(body)) {
            writeError(request, response, 400, GraphQlHttpErrorResolver.INVALID_REQUEST, Map.of(), false);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /**
     * Bodies up to this many bytes are read here to be checked for JSON {@code null}: Spring GraphQL reads that body
     * as "no request" and fails on it with an internal error instead of answering 400.
     */
    static final int NULL_BODY_CHECK_BYTES = 16;

    static boolean isJsonNull(byte[] body) {
        return new String(body, StandardCharsets.ISO_8859_1).strip().equals("null");
    }

    /** The whole stream, or null as soon as it has more than {@code max} bytes. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared) throws IOException {
        if (log.isDebugEnabled()) {
            log.debug("Request body on {} refused: {} bytes declared, limit {}", request.getRequestURI(),
                    declared < 0 ? "no length," : declared, maxBytes);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", Refusals.MAX_BODY_BYTES);
        extensions.put("maximum", maxBytes);
        writeError(request, response, 413, "Request body exceeds " + maxBytes + " bytes (" + Refusals.MAX_BODY_BYTES + ")",
                extensions, true);
    }

    /** A GraphQL error response ({@code BAD_REQUEST}) with the given status; {@code close}: no further requests. */
    private static void writeError(HttpServletRequest request, HttpServletResponse response, int status, String message,
                                   Map<String, Object> more, boolean close) throws IOException {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", "BAD_REQUEST");
        extensions.putAll(more);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
        response.resetBuffer();
        response.setStatus(status);
        if (close) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setContentType((acceptsGraphQlResponse(request) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON).toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static boolean acceptsGraphQlResponse(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> !m.isWildcardType() && m.includes(GRAPHQL_RESPONSE));
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    /** The request with its body already read (and counted). */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final ServletInputStream stream;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.stream = stream(new ByteArrayInputStream(body));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        private static ServletInputStream stream(ByteArrayInputStream in) {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
