package com.fleetcommerce.gateway.ratelimit.web;

import java.util.List;
import java.util.Map;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.gateway.ratelimit.application.RateLimits;
import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import com.fleetcommerce.gateway.support.ClientAddresses;
import com.fleetcommerce.gateway.support.ClientIpProperties;
import com.fleetcommerce.gateway.support.MethodPathPattern;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits every routed and BFF request: the strict {@code auth} class per client IP for login, MFA, registration and
 * password-reset requests (credential stuffing, account enumeration, mail bombing), else per user ({@code sub}) with
 * a valid token, else per client IP. Runs after Spring Security (so the token is already validated: a forged
 * {@code sub} cannot pick another user's bucket) and after CORS preflights were answered. A refusal is a 429
 * {@code too-many-requests} problem with {@code Retry-After} in seconds.
 */
public class RateLimitFilter implements WebFilter, Ordered {

    /** After Spring Security's WebFilterChainProxy (-100). */
    public static final int ORDER = 0;

    static final String AUTH = "auth";
    static final String USER = "user";
    static final String ANONYMOUS = "anonymous";

    private static final List<String> UNLIMITED_PREFIXES = List.of("/actuator/", "/livez", "/readyz");

    private final RateLimits limits;
    private final Map<String, Limit> classes;
    private final List<MethodPathPattern> authPaths;
    private final ClientAddresses clientIps;
    private final ProblemResponses problems;

    public RateLimitFilter(RateLimits limits, RateLimitProperties properties, ClientIpProperties clientIp,
                           ProblemResponses problems) {
        this.limits = limits;
        this.classes = Map.of(
                AUTH, limit(properties, AUTH),
                USER, limit(properties, USER),
                ANONYMOUS, limit(properties, ANONYMOUS));
        this.authPaths = properties.authPaths().stream().map(MethodPathPattern::parse).toList();
        this.clientIps = new ClientAddresses(clientIp);
        this.problems = problems;
    }

    private static Limit limit(RateLimitProperties properties, String name) {
        RateLimitProperties.ClassLimit configured = properties.classes().get(name);
        if (configured == null) {
            throw new IllegalStateException("platform.gateway.rate-limit.classes." + name + " is not configured");
        }
        return new Limit(configured.limit(), configured.window());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (UNLIMITED_PREFIXES.stream().anyMatch(path::startsWith)) {
            return chain.filter(exchange);
        }
        if (authPaths.stream().anyMatch(pattern -> pattern.matches(exchange.getRequest()))) {
            return limit(exchange, chain, AUTH, clientIps.clientIp(exchange.getRequest()));
        }
        if (!exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            // no token, so no user to count by (most public traffic): skip the security-context lookup
            return limit(exchange, chain, ANONYMOUS, clientIps.clientIp(exchange.getRequest()));
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken().getSubject())
                .filter(subject -> subject != null && !subject.isBlank())
                .flatMap(subject -> limit(exchange, chain, USER, subject).thenReturn(true))
                .switchIfEmpty(Mono.defer(() ->
                        limit(exchange, chain, ANONYMOUS, clientIps.clientIp(exchange.getRequest())).thenReturn(true)))
                .then();
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, String limitClass, String key) {
        Limit limit = classes.get(limitClass);
        return limits.check(limitClass, key, limit).flatMap(decision -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-RateLimit-Limit", String.valueOf(decision.limit()));
            headers.set("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
            if (decision.allowed()) {
                return chain.filter(exchange);
            }
            return refuse(exchange, decision);
        });
    }

    private Mono<Void> refuse(ServerWebExchange exchange, RateLimitDecision decision) {
        long retryAfter = decision.retryAfterSeconds();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.TOO_MANY_REQUESTS,
                "Too many requests. Try again in " + retryAfter + " s.", Map.of("retryAfterSeconds", retryAfter));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
