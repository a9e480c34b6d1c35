package com.fleetcommerce.gateway.security.web;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A 401 {@code unauthenticated} problem with the RFC 6750 challenge. The details are shared-web's: a missing token
 * and a refused one get different hints, never the reason a token was refused (that helps only an attacker).
 */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    static final String DETAIL_MISSING = "Authentication is required to access this resource.";
    static final String DETAIL_REJECTED = "The credentials are invalid or have expired.";

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        boolean rejected = ex instanceof OAuth2AuthenticationException || ex instanceof InvalidBearerTokenException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                rejected ? "Bearer error=\"invalid_token\"" : "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                rejected ? DETAIL_REJECTED : DETAIL_MISSING);
    }
}
