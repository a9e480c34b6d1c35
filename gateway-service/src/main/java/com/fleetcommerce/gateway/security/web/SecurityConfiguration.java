package com.fleetcommerce.gateway.security.web;

import java.time.Duration;
import java.util.List;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.gateway.support.ClientAddresses;
import com.fleetcommerce.gateway.support.ClientIpProperties;
import com.fleetcommerce.gateway.support.MethodPathPattern;
import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The edge's security: a stateless OAuth2 resource server. Public paths are open without a token, but a token that
 * is sent is always validated (an invalid one is a 401 even on a public path: a client with a broken token should
 * learn it at once, not get a logged-out page). Everything else needs a valid token; which permissions it needs is
 * each service's business. The token goes on unchanged in {@code Authorization}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfiguration {

    /** Probes, scraping and API documents are open by design. */
    static final String[] INFRASTRUCTURE_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/livez", "/readyz",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**" };

    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH,
            "Idempotency-Key", "X-Request-Id", "traceparent", "tracestate");
    static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
            "X-Request-Id", "X-Trace-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining");

    /**
     * Boot's resource-server properties, as every service of the fleet sets them (shared-security's defaults):
     * {@code jwk-set-uri}, {@code issuer-uri} (only compared with {@code iss}, never fetched) and {@code audiences}.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(Environment environment,
                                  @Value("${platform.gateway.jwks-refetch-cooldown:10s}") Duration refetchCooldown,
                                  List<OAuth2TokenValidator<Jwt>> moreValidators) {
        Binder binder = Binder.get(environment);
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        String jwkSetUri = binder.bind(prefix + "jwk-set-uri", String.class).get();
        String issuer = binder.bind(prefix + "issuer-uri", String.class).get();
        List<String> audiences = binder.bind(prefix + "audiences", Bindable.listOf(String.class)).get();
        // a JWKS endpoint that hangs must not hang every request that carries a token
        HttpClient http = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                .responseTimeout(Duration.ofSeconds(3));
        WebClient jwks = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        // besides signature, time, issuer and audience: every other validator bean (the revoked-session check)
        return GatewayJwtDecoders.create(jwkSetUri, issuer, audiences, jwks, refetchCooldown, moreValidators);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(ALLOWED_HEADERS);
        cors.setExposedHeaders(EXPOSED_HEADERS);
        // bearer tokens in a header, never cookies: credentialed requests have nothing to carry
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurityFilterChain(ServerHttpSecurity http, GatewaySecurityProperties properties,
                                                      ReactiveJwtDecoder jwtDecoder, CorsConfigurationSource cors,
                                                      ProblemResponses problems, ClientIpProperties clientIp) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        List<MethodPathPattern> publicPaths = properties.publicPaths().stream().map(MethodPathPattern::parse).toList();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .contentTypeOptions(options -> { })
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .writer(new HstsWriter(new ClientAddresses(clientIp)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .writer(new ContentSecurityPolicyWriter())
                        // caching is the services' call (ETags, Cache-Control on catalog reads); the gateway adds none
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(INFRASTRUCTURE_PATHS).permitAll();
                    for (MethodPathPattern path : publicPaths) {
                        if (path.method() == null) {
                            exchanges.pathMatchers(path.pattern()).permitAll();
                        }
                        else {
                            exchanges.pathMatchers(path.method(), path.pattern()).permitAll();
                            if (HttpMethod.GET.equals(path.method())) {
                                exchanges.pathMatchers(HttpMethod.HEAD, path.pattern()).permitAll();
                            }
                        }
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }
}
