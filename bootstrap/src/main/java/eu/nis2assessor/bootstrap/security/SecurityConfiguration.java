package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.bootstrap.startup.StartupConfigurationException;
import eu.nis2assessor.application.port.in.AuthenticateApiTokenUseCase;
import eu.nis2assessor.application.port.in.AuthenticateUserUseCase;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import eu.nis2assessor.domain.access.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may call what over HTTP.
 * <ul>
 *   <li>Every request needs bearer credentials (API token or JWT, {@link BearerAuthenticationProvider}) except
 *       {@code /actuator/health/**} and the GraphiQL page with its bundled files (they hold no data);
 *       other Actuator endpoints need the scope {@code tokens:admin}.</li>
 *   <li>Stateless: no session, no cookie. CSRF protection stays on for requests without bearer credentials (a
 *       browser's ambient credentials) and is off for bearer requests, which a foreign page cannot forge.</li>
 *   <li>CORS: only the origins of {@code NIS2_CORS_ALLOWED_ORIGINS} (comma-separated; none by default).</li>
 *   <li>Headers: {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, a Content-Security-Policy
 *       ({@code default-src 'none'; frame-ancestors 'none'} for the API, a {@code 'self'} policy for GraphiQL),
 *       {@code Referrer-Policy: no-referrer}, HSTS on HTTPS requests, {@code Cache-Control: no-store}.</li>
 * </ul>
 * Missing or bad credentials: 401 with a GraphQL {@code UNAUTHORIZED} error; missing scope: {@code FORBIDDEN}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(TokenProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String GRAPHIQL_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'none'";

    @Bean
    static UseCaseAuthorization useCaseAuthorization(ObjectProvider<CurrentCallerPort> callers) {
        return new UseCaseAuthorization(callers);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticateApiTokenUseCase apiTokens,
                                            AuthenticateUserUseCase users, ObjectProvider<JwtDecoder> jwtDecoder,
                                            @Value("${nis2.cors.allowed-origins:}") String allowedOrigins,
                                            @Value("${nis2.bench.unauthenticated:false}") boolean benchUnauthenticated,
                                            ObjectProvider<DefaultTenant> defaultTenant, Environment environment)
            throws Exception {
        GraphQlSecurityErrors errors = new GraphQlSecurityErrors();
        AuthenticationManager bearer = new ProviderManager(new BearerAuthenticationProvider(apiTokens, users, jwtDecoder));
        RequestMatcher graphiql = request -> {
            String path = request.getRequestURI();
            return path.equals("/graphiql") || path.startsWith("/graphiql/");
        };
        // In the bench-only unauthenticated mode, requests without credentials stand for bearer requests: no CSRF check.
        RequestMatcher withBearer = benchUnauthenticated ? request -> true : SecurityConfiguration::hasBearer;
        http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(withBearer))
                .cors(cors -> cors.configurationSource(cors(allowedOrigins)))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(pathPattern("/actuator/health"), pathPattern("/actuator/health/**")).permitAll()
                        .requestMatchers(pathPattern(HttpMethod.GET, "/graphiql"), pathPattern(HttpMethod.GET, "/graphiql/"),
                                pathPattern(HttpMethod.GET, "/graphiql/vendor/**"),
                                pathPattern(HttpMethod.GET, "/graphiql/*.js")).permitAll()
                        .requestMatchers(pathPattern("/actuator/**"))
                        .hasAuthority(CallerAuthentication.authority(Scope.TOKENS_ADMIN))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(graphiql,
                                new StaticHeadersWriter("Content-Security-Policy", GRAPHIQL_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(graphiql),
                                new StaticHeadersWriter("Content-Security-Policy", API_CSP))));
        if (benchUnauthenticated) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new StartupConfigurationException("nis2.bench.unauthenticated is for benchmarks only and refused in the prod profile");
            }
            log.warn("*** nis2.bench.unauthenticated=true: requests without credentials run as the system caller of the"
                    + " default tenant. For the authentication benchmark only; never expose this server. ***");
            http.addFilterBefore(new BenchUnauthenticatedFilter(defaultTenant.getObject()), AnonymousAuthenticationFilter.class);
        }
        return http.build();
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static CorsConfigurationSource cors(String allowedOrigins) {
        List<String> origins = Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
