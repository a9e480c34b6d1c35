package com.fleetcommerce.pricing.quote.web;

import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.pricing.price.web.MatchedRuleResponse;
import com.fleetcommerce.pricing.quote.application.QuoteLine;
import com.fleetcommerce.shared.web.money.Money;

/**
 * A priced line. {@code unitPrice} is as the list states it (tax included when {@code taxInclusive});
 * {@code net + tax = lineTotal}, tax rounded once per line (see the README).
 */
public record QuoteLineResponse(String sku, long quantity, Money unitPrice, Money compareAt, boolean taxInclusive,
                                String taxClass, String taxRate, Money net, Money tax, Money lineTotal,
                                MatchedRuleResponse matched) {

    static QuoteLineResponse of(QuoteLine line) {
        ResolvedPrice price = line.price();
        return new QuoteLineResponse(line.sku(), line.quantity(), Money.of(price.unitAmount(), price.currency()),
                price.compareAt() == null ? null : Money.of(price.compareAt(), price.currency()),
                price.taxInclusive(), price.taxClass(), line.taxRatePercent().stripTrailingZeros().toPlainString(),
                Money.of(line.amounts().net(), price.currency()), Money.of(line.amounts().tax(), price.currency()),
                Money.of(line.amounts().gross(), price.currency()), MatchedRuleResponse.of(price));
    }
}
