package eu.nis2assessor.adapter.graphql.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders HTTP-level failures on the GraphQL endpoint (and anything below its path) as a GraphQL error
 * response, {@code {"errors":[{"message":...,"extensions":{"classification":...}}]}}, with the status code
 * the failure calls for (400 unreadable body, 404 unknown sub-path, 405 method, 406 not acceptable,
 * 415 media type, 500 otherwise). Without it Spring would answer with an empty body, a JSON error of
 * another shape or, for a browser, the HTML "Whitelabel" page.
 *
 * <p>The body is {@code application/graphql-response+json} when the client accepts it, otherwise
 * {@code application/json}. Server faults are logged here and answered with a generic message.
 */
@Component
public class GraphQlHttpErrorResolver implements HandlerExceptionResolver, Ordered {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private static final Logger log = LoggerFactory.getLogger(GraphQlHttpErrorResolver.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The message of a body that is not a GraphQL-over-HTTP request (also used by the request body filter). */
    public static final String INVALID_REQUEST = "The request is not a valid GraphQL-over-HTTP request: send a JSON body"
            + " with a \"query\" string (and optional \"variables\" object, \"operationName\" string)";

    private final String graphQlPath;

    public GraphQlHttpErrorResolver(@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.graphQlPath = graphQlPath.endsWith("/") ? graphQlPath.substring(0, graphQlPath.length() - 1) : graphQlPath;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                         Object handler, Exception ex) {
        if (!appliesTo(request) || response.isCommitted()) {
            return null;
        }
        HttpStatusCode status = statusOf(ex);
        ErrorType classification = classificationOf(status);
        String message;
        if (classification == ErrorType.INTERNAL_ERROR) {
            log.error("Internal error on {} {}", request.getMethod(), request.getRequestURI(), ex);
            message = "Internal error";
        } else {
            message = messageOf(ex, status);
        }
        try {
            write(request, response, status, classification, message, ex);
        } catch (IOException writeFailure) {
            log.warn("Could not write the GraphQL error response: {}", writeFailure.toString());
        }
        return new ModelAndView();
    }

    private boolean appliesTo(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(graphQlPath) || path.startsWith(graphQlPath + "/");
    }

    static HttpStatusCode statusOf(Exception ex) {
        if (ex instanceof ErrorResponse errorResponse) {
            return errorResponse.getStatusCode();
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (ex instanceof InvalidMediaTypeException) {
            // a Content-Type header that does not parse (`///`, `application/json; charset=foo`)
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static ErrorType classificationOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> ErrorType.UNAUTHORIZED;
            case 403 -> ErrorType.FORBIDDEN;
            case 404 -> ErrorType.NOT_FOUND;
            default -> status.is4xxClientError() ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR;
        };
    }

    private String messageOf(Exception ex, HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> INVALID_REQUEST;
            case 404 -> "No such resource: GraphQL is served at " + graphQlPath;
            case 405 -> "Method not allowed: use POST " + graphQlPath;
            case 406 -> "Not acceptable: the endpoint answers application/graphql-response+json or application/json";
            case 415 -> "Unsupported media type: send the request as application/json";
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield known != null ? known.getReasonPhrase() : "Bad request";
            }
        };
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status,
                              ErrorType classification, String message, Exception ex) throws IOException {
        // A 406 means the client accepts neither of our types; answer in plain JSON all the same.
        MediaType contentType = !(ex instanceof HttpMediaTypeNotAcceptableException)
                && acceptsGraphQlResponse(request.getHeader("Accept")) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", classification.name()));
        byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
        response.resetBuffer();
        response.setStatus(status.value());
        if (ex instanceof ErrorResponse errorResponse) {
            errorResponse.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        response.setContentType(contentType.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static boolean acceptsGraphQlResponse(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(m -> m.includes(GRAPHQL_RESPONSE)
                    && !m.isWildcardType());
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
