package com.fleetcommerce.shared.security;

import com.fleetcommerce.shared.security.jwt.JwtDecoderCaching;
import com.fleetcommerce.shared.security.principal.PlatformJwtAuthenticationConverter;
import com.fleetcommerce.shared.security.web.PublicPath;
import com.fleetcommerce.shared.web.autoconfigure.PlatformProblemsAutoConfiguration;
import com.fleetcommerce.shared.web.problem.ProblemAccessDeniedHandler;
import com.fleetcommerce.shared.web.problem.ProblemAuthenticationEntryPoint;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every servlet service is an OAuth2 resource server that validates the platform's RS256 access tokens itself
 * (defence in depth behind the gateway): stateless, no CSRF (bearer tokens, no cookies), health/info/prometheus and
 * API docs open, {@code platform.security.public-paths} open, everything else authenticated; 401/403 as shared-web's
 * problems, with the RFC 6750 bearer challenges.
 * <p>
 * Runs before Boot's web security auto-configurations so that their default chains back off, and before shared-web's
 * problem auto-configuration so that its plain 401/403 writers back off in favour of the bearer-challenging ones.
 */
@AutoConfiguration(before = PlatformProblemsAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

    /** Always open: probes and scraping must work without a token, and API docs are published by design. */
    public static final String[] INFRASTRUCTURE_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/livez", "/readyz", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            // error dispatches of public requests (a 404 on a public path must stay a 404, not become a 401)
            "/error" };

    /** Lets {@code @PreAuthorize("hasAuthority('{value}')")} meta-annotations take attribute values. */
    @Bean
    @ConditionalOnMissingBean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformJwtAuthenticationConverter platformJwtAuthenticationConverter() {
        return new PlatformJwtAuthenticationConverter();
    }

    /** RS256 only, whatever else a service lists in jws-algorithms: an HS256 or "none" token is never accepted. */
    /** Static: a post-processor must exist before the beans it wraps. */
    @Bean
    static JwtDecoderCaching platformJwtDecoderCaching(
            @Value("${platform.security.jwt-cache-size:10000}") long maxSize) {
        return new JwtDecoderCaching(maxSize);
    }

    @Bean
    @ConditionalOnClass(JwkSetUriJwtDecoderBuilderCustomizer.class)
    JwkSetUriJwtDecoderBuilderCustomizer platformRs256Only() {
        return builder -> builder.jwsAlgorithms(algorithms -> {
            algorithms.clear();
            algorithms.add(SignatureAlgorithm.RS256);
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableMethodSecurity
    static class MethodSecurityConfiguration {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ResourceServerConfiguration {

        /**
         * shared-web's 401 problem, with Spring's bearer challenge: {@code WWW-Authenticate: Bearer}, and
         * {@code error="invalid_token"} with its description when a token was sent and rejected.
         */
        @Bean
        @ConditionalOnMissingBean
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
            return new ProblemAuthenticationEntryPoint(writer, new BearerTokenAuthenticationEntryPoint());
        }

        /** shared-web's 403 problem, with {@code WWW-Authenticate: Bearer error="insufficient_scope"} for tokens. */
        @Bean
        @ConditionalOnMissingBean
        ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
            return new ProblemAccessDeniedHandler(writer, new BearerTokenAccessDeniedHandler());
        }

        /**
         * Replace it by declaring a bean of the same name; add rules for some paths with a chain of your own that
         * has a {@code securityMatcher} and a higher precedence (this one matches every request, so it comes last).
         */
        @Bean(name = "platformSecurityFilterChain")
        @ConditionalOnMissingBean(name = "platformSecurityFilterChain")
        @Order(Ordered.LOWEST_PRECEDENCE - 100)
        SecurityFilterChain platformSecurityFilterChain(HttpSecurity http, PlatformSecurityProperties properties,
                                                        PlatformJwtAuthenticationConverter jwtConverter,
                                                        ProblemAuthenticationEntryPoint entryPoint,
                                                        ProblemAccessDeniedHandler accessDeniedHandler) throws Exception {
            http.csrf(AbstractHttpConfigurer::disable)
                    .httpBasic(AbstractHttpConfigurer::disable)
                    .formLogin(AbstractHttpConfigurer::disable)
                    .logout(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authorizeHttpRequests(requests -> {
                        requests.requestMatchers(INFRASTRUCTURE_PATHS).permitAll();
                        for (String entry : properties.publicPaths()) {
                            PublicPath path = PublicPath.parse(entry);
                            if (path.method() == null) {
                                requests.requestMatchers(path.pattern()).permitAll();
                            } else {
                                requests.requestMatchers(path.method(), path.pattern()).permitAll();
                            }
                        }
                        requests.anyRequest().authenticated();
                    })
                    .oauth2ResourceServer(resourceServer -> resourceServer
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDeniedHandler))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDeniedHandler));
            return http.build();
        }
    }
}
