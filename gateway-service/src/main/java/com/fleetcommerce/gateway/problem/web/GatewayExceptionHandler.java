package com.fleetcommerce.gateway.problem.web;

import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error that reaches the top of the reactive stack becomes a problem response: no route (404), a method the
 * route does not take (405), an unknown service instance (503), a gateway timeout, anything unexpected (500). Ordered
 * before Boot's {@code DefaultErrorWebExceptionHandler} (-1), whose JSON is not a problem. 5xx details never carry
 * the exception's message: it may name internal hosts.
 */
@Component
@Order(-2)
public class GatewayExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    private final ProblemResponses problems;

    public GatewayExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        HttpStatusCode status = ex instanceof ResponseStatusException rse ? rse.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError() && !(ex instanceof ResponseStatusException)) {
            log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        }
        String code = ProblemCodes.forStatus(status.value());
        return problems.write(exchange, status, code, detail(status, ex));
    }

    private static String detail(HttpStatusCode status, Throwable ex) {
        return switch (status.value()) {
            case 404 -> "No resource is served at this path.";
            case 405 -> "This method is not supported on this path.";
            case 413 -> ex instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
                    : "The request body is too large.";
            case 503 -> "A service behind the gateway is not available. Try again shortly.";
            case 504 -> "A service behind the gateway did not answer in time.";
            default -> status.is5xxServerError() ? "An unexpected error occurred."
                    : ex instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
                    : ProblemCodes.titleOf(ProblemCodes.forStatus(status.value()));
        };
    }
}
