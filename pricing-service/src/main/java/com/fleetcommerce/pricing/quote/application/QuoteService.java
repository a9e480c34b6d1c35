package com.fleetcommerce.pricing.quote.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fleetcommerce.pricing.price.application.EffectivePrices;
import com.fleetcommerce.pricing.price.application.PriceLookup;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.pricing.tax.domain.LineAmounts;
import com.fleetcommerce.pricing.tax.domain.LineTax;
import com.fleetcommerce.pricing.tax.domain.TaxRate;
import com.fleetcommerce.pricing.tax.domain.TaxRates;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a basket from stored prices only (a caller cannot send a price): resolution for all lines in two queries,
 * tax rates for all lines in one, then per line the rounding rule of {@link LineTax}. All or nothing: one SKU without
 * a price, or a tax class without a rate at the destination, refuses the whole quote naming what is missing.
 */
@Service
public class QuoteService {

    private final EffectivePrices prices;
    private final TaxService taxes;
    private final Clock clock;

    QuoteService(EffectivePrices prices, TaxService taxes, Clock clock) {
        this.prices = prices;
        this.taxes = taxes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Quote quote(QuoteRequest request) {
        Instant at = request.at() != null ? request.at() : clock.instant();
        List<Optional<ResolvedPrice>> resolved = prices.resolve(request.lines(), request.currency(),
                request.warehouseId(), request.customerGroup(), at);

        Set<String> unpriced = new LinkedHashSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i).isEmpty()) {
                unpriced.add(request.lines().get(i).sku());
            }
        }
        if (!unpriced.isEmpty()) {
            throw new BusinessRuleException("price-not-found", HttpStatus.UNPROCESSABLE_CONTENT,
                    "No price in " + request.currency() + " applies to: " + String.join(", ", unpriced),
                    Map.of("skus", List.copyOf(unpriced)));
        }

        Set<String> classes = new LinkedHashSet<>();
        resolved.forEach(price -> classes.add(price.orElseThrow().taxClass()));
        List<TaxRate> rates = taxes.ratesFor(classes, request.country());
        Map<String, BigDecimal> rateOfClass = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String taxClass : classes) {
            TaxRates.pick(rates, taxClass, request.country(), request.region())
                    .ifPresentOrElse(rate -> rateOfClass.put(taxClass, rate.ratePercent()), () -> missing.add(taxClass));
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("tax-rate-not-found", HttpStatus.UNPROCESSABLE_CONTENT,
                    "No tax rate for class " + String.join(", ", missing) + " in " + request.country(),
                    Map.of("taxClasses", missing, "country", request.country()));
        }

        List<QuoteLine> lines = new ArrayList<>(resolved.size());
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        for (int i = 0; i < resolved.size(); i++) {
            PriceLookup item = request.lines().get(i);
            ResolvedPrice price = resolved.get(i).orElseThrow();
            BigDecimal rate = rateOfClass.get(price.taxClass());
            LineAmounts amounts = LineTax.compute(price.unitAmount(), item.quantity(), rate, price.taxInclusive(),
                    price.currency());
            lines.add(new QuoteLine(item.sku(), item.quantity(), price, rate, amounts));
            net = net.add(amounts.net());
            tax = tax.add(amounts.tax());
            gross = gross.add(amounts.gross());
        }
        return new Quote(resolved.getFirst().orElseThrow().currency(), request.country(), request.region(), at, lines,
                net, tax, gross);
    }
}
