package com.fleetcommerce.gateway.security.web;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A 403 {@code access-denied} problem (the gateway checks authentication only; services check permissions). */
class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponses problems;

    ProblemAccessDeniedHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, ProblemCodes.ACCESS_DENIED,
                "You do not have permission to access this resource.");
    }
}
