package com.fleetcommerce.pricing.quote.web;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.pricing.quote.application.Quote;
import com.fleetcommerce.shared.web.money.Money;

public record QuoteResponse(String currency, String country, String region, Instant pricedAt,
                            List<QuoteLineResponse> lines, QuoteTotalsResponse totals) {

    static QuoteResponse of(Quote quote) {
        return new QuoteResponse(quote.currency().getCurrencyCode(), quote.country(), quote.region(),
                quote.pricedAt(), quote.lines().stream().map(QuoteLineResponse::of).toList(),
                new QuoteTotalsResponse(Money.of(quote.netTotal(), quote.currency()),
                        Money.of(quote.taxTotal(), quote.currency()), Money.of(quote.grossTotal(), quote.currency())));
    }
}
