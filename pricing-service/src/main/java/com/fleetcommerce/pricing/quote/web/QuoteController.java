package com.fleetcommerce.pricing.quote.web;

import com.fleetcommerce.pricing.quote.application.QuoteService;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/quotes}: open to anyone (storefront, customers, services), because it only reads stored prices
 * and accepts none from the caller. Nothing is stored; order-service prices its orders through it.
 */
@RestController
class QuoteController {

    private final QuoteService quotes;

    QuoteController(QuoteService quotes) {
        this.quotes = quotes;
    }

    @PostMapping("/api/v1/quotes")
    QuoteResponse quote(@Valid @RequestBody QuoteRequestBody body) {
        return QuoteResponse.of(quotes.quote(body.toRequest()));
    }
}
