package eu.nis2assessor.adapter.graphql.error;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Requests to the GraphQL endpoint that Spring GraphQL's route would answer with an empty 405/415: a method
 * other than POST, a body that is not JSON, an {@code Accept} that allows neither response type. Routed here
 * first and turned into the matching exception, which {@link GraphQlHttpErrorResolver} renders as a GraphQL
 * error response. Every well-formed request falls through to Spring GraphQL untouched.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlHttpFallbackRoutes {

    /** What Spring GraphQL's handler reads: JSON only (another {@code +json} type it answers with an empty 415). */
    static final List<MediaType> READABLE = List.of(MediaType.APPLICATION_JSON);
    static final List<MediaType> WRITABLE = List.of(GraphQlHttpErrorResolver.GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlFallbackRouterFunction(@Value("${spring.graphql.http.path:/graphql}") String path) {
        RequestPredicate onPath = request -> request.path().equals(path);
        return RouterFunctions.route()
                .route(onPath.and(GraphQlHttpFallbackRoutes::wrongMethod), request -> {
                    throw new HttpRequestMethodNotSupportedException(request.method().name(), List.of("POST"));
                })
                .route(onPath.and(GraphQlHttpFallbackRoutes::unreadableContentType), request -> {
                    throw new HttpMediaTypeNotSupportedException(
                            request.headers().contentType().orElse(null), READABLE, HttpMethod.POST);
                })
                .route(onPath.and(GraphQlHttpFallbackRoutes::unacceptable), request -> {
                    throw new HttpMediaTypeNotAcceptableException(WRITABLE);
                })
                .build();
    }

    private static boolean wrongMethod(ServerRequest request) {
        HttpMethod method = request.method();
        return !HttpMethod.POST.equals(method) && !HttpMethod.OPTIONS.equals(method);
    }

    private static boolean unreadableContentType(ServerRequest request) {
        if (!HttpMethod.POST.equals(request.method())) {
            return false;
        }
        try {
            return request.headers().contentType().map(type -> READABLE.stream().noneMatch(r -> r.includes(type)))
                    .orElse(true);
        } catch (RuntimeException invalidMediaType) {
            return true;
        }
    }

    private static boolean unacceptable(ServerRequest request) {
        if (!HttpMethod.POST.equals(request.method())) {
            return false;
        }
        try {
            List<MediaType> accept = request.headers().accept();
            return !accept.isEmpty() && accept.stream().noneMatch(a -> WRITABLE.stream().anyMatch(a::isCompatibleWith));
        } catch (RuntimeException invalidAccept) {
            return false;
        }
    }
}
