package eu.nis2assessor.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers requests refused by the security filters as GraphQL errors, in the shape every other error has:
 * {@code {"errors":[{"message":...,"extensions":{"classification":"UNAUTHORIZED"}}]}} with HTTP 401 and
 * {@code WWW-Authenticate: Bearer} (RFC 6750) for missing or bad credentials, {@code FORBIDDEN} with 403 for an
 * authenticated caller without the needed scope. A request without bearer credentials that the CSRF filter
 * stops (any POST without a token) is answered as unauthenticated: our API knows no other credentials.
 */
public final class GraphQlSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean badToken = exception instanceof InvalidBearerTokenException;
        String message = badToken ? exception.getMessage()
                : "Authentication required: send Authorization: Bearer <API token or JWT>";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken
                ? "Bearer error=\"invalid_token\", error_description=\"" + message.replace("\"", "'") + "\""
                : "Bearer");
        write(request, response, 401, "UNAUTHORIZED", message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            commence(request, response, null);
            return;
        }
        write(request, response, 403, "FORBIDDEN", "Forbidden: your credentials do not grant access to this resource");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status,
                              String classification, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("classification", classification));
        byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
        response.setStatus(status);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        response.setContentType((accept != null && accept.contains("application/graphql-response+json")
                ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON).toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
