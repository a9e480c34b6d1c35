package com.fleetcommerce.pricing.price.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.ScheduledTargets;
import com.fleetcommerce.pricing.price.domain.SkuProducts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the price changes that time alone makes: a price, list or rule whose window starts or ends. A durable
 * watermark says up to which instant boundaries were handled; one run takes the boundaries in
 * {@code (watermark, now]}, re-resolves the affected SKUs at the watermark and at {@code now}, appends one
 * {@code pricing.price.changed.v1} per (SKU, warehouse) that differs, and moves the watermark, all in one
 * transaction. So after a restart or downtime the next run catches up once, and nothing fires twice (the watermark
 * row is locked, and a run that does not move forward does nothing). A window that opened and closed entirely
 * during downtime moves no price between the two instants and publishes nothing.
 */
@Service
public class ScheduledTransitions {

    /** The watermark of the pricing-worker's job. */
    public static final String WATERMARK = "pricing.price-transitions";

    /** Outcome of a run: the interval handled and the events written (empty interval: first run or nothing to do). */
    public record Run(Instant from, Instant to, int events) {
    }

    private final ScheduledTargets targets;
    private final SkuProducts skuProducts;
    private final PriceChangeEvents events;

    ScheduledTransitions(ScheduledTargets targets, SkuProducts skuProducts, PriceChangeEvents events) {
        this.targets = targets;
        this.skuProducts = skuProducts;
        this.events = events;
    }

    @Transactional
    public Run advance(String watermark, Instant now) {
        var stored = targets.lockWatermark(watermark);
        if (stored.isEmpty()) {
            targets.startWatermark(watermark, now);
            return new Run(now, now, 0);
        }
        Instant from = stored.get();
        if (!now.isAfter(from)) {
            return new Run(from, from, 0);
        }
        Map<String, Set<String>> skusByCurrency = new TreeMap<>();
        Map<String, Set<UUID>> productsByCurrency = new TreeMap<>();
        for (ScheduledTargets.Affected affected : targets.affectedBetween(from, now)) {
            if (affected.target().skuLevel()) {
                skusByCurrency.computeIfAbsent(affected.currency(), c -> new TreeSet<>()).add(affected.target().sku());
            } else {
                productsByCurrency.computeIfAbsent(affected.currency(), c -> new TreeSet<>())
                        .add(affected.target().productId());
            }
        }
        productsByCurrency.forEach((currency, products) -> skusByCurrency
                .computeIfAbsent(currency, c -> new TreeSet<>()).addAll(skuProducts.skusOf(new ArrayList<>(products))));
        int written = 0;
        for (Map.Entry<String, Set<String>> entry : skusByCurrency.entrySet()) {
            written += events.publishTransition(Currency.getInstance(entry.getKey()), entry.getValue(), from, now);
        }
        targets.moveWatermark(watermark, now);
        return new Run(from, now, written);
    }
}
