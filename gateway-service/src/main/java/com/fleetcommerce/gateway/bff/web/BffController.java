package com.fleetcommerce.gateway.bff.web;

import java.util.Map;

import com.fleetcommerce.gateway.bff.application.BffPages;
import com.fleetcommerce.gateway.bff.application.Caller;
import com.fleetcommerce.gateway.bff.application.MeView;
import com.fleetcommerce.gateway.bff.application.ProductPageView;
import com.fleetcommerce.gateway.bff.application.ServiceUnavailableException;
import com.fleetcommerce.gateway.bff.application.UpstreamAnswerException;
import com.fleetcommerce.gateway.bff.application.UpstreamResponse;
import com.fleetcommerce.gateway.edge.web.RequestIds;
import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.shared.web.problem.ProblemCodes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The storefront's backend-for-frontend: pages composed from several services in one round trip. The product page
 * is public (the caller's token, if any, is passed on so services can personalise); {@code /me} needs a token.
 */
@RestController
@RequestMapping("/bff/v1")
class BffController {

    private final BffPages pages;
    private final ProblemResponses problems;

    BffController(BffPages pages, ProblemResponses problems) {
        this.pages = pages;
        this.problems = problems;
    }

    @GetMapping("/products/{idOrSlug}")
    Mono<ProductPageView> product(@PathVariable String idOrSlug, ServerWebExchange exchange) {
        return pages.productPage(idOrSlug, caller(exchange));
    }

    @GetMapping("/me")
    Mono<MeView> me(ServerWebExchange exchange) {
        return pages.me(caller(exchange));
    }

    /** A required part's 4xx (unknown product, refused token) is the answer: status, type and body as the service sent. */
    @ExceptionHandler(UpstreamAnswerException.class)
    ResponseEntity<String> upstreamAnswer(UpstreamAnswerException ex) {
        UpstreamResponse response = ex.response();
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status());
        if (response.contentType() != null) {
            builder.header(HttpHeaders.CONTENT_TYPE, response.contentType());
        }
        return builder.body(response.body());
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    Mono<Void> unavailable(ServiceUnavailableException ex, ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                ex.service() + " is not available or did not answer in time. Try again shortly.",
                Map.of("service", ex.service()));
    }

    private static Caller caller(ServerWebExchange exchange) {
        return new Caller(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION),
                RequestIds.of(exchange));
    }
}
