package eu.nis2assessor.adapter.graphql.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the abuse limits: the {@link AbuseLimitsInstrumentation} (Spring Boot adds every {@code Instrumentation}
 * bean to graphql-java) and the {@link RequestBodyLimitFilter}, ordered before every other filter (Spring Security's
 * chain included), so that an oversized body costs nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
public class GraphQlLimitsConfiguration {

    /** Before Spring Security's filter chain (order -100) and every other servlet filter. */
    public static final int BODY_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    AbuseLimitsInstrumentation abuseLimitsInstrumentation(GraphQlLimitsProperties limits) {
        return new AbuseLimitsInstrumentation(limits);
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(GraphQlLimitsProperties limits,
            @Value("${spring.graphql.http.path:/graphql}") String path) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxBodyBytes(), path));
        registration.setName("graphQlRequestBodyLimitFilter");
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        registration.addUrlPatterns(path, path + "/*");
        return registration;
    }
}
