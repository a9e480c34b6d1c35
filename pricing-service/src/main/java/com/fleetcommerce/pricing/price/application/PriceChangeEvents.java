package com.fleetcommerce.pricing.price.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.CandidateCache;
import com.fleetcommerce.pricing.price.domain.PriceCandidate;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceQuery;
import com.fleetcommerce.pricing.price.domain.PriceRepository;
import com.fleetcommerce.pricing.price.domain.PriceResolver;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.pricing.price.domain.SkuProducts;
import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.shared.events.outbox.OutboxEntry;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes {@code pricing.price.changed.v1} for every (SKU, warehouse) whose effective price a change moved: the
 * affected SKUs are resolved before the change and again after it, in the same transaction, and only differences
 * become events (through the outbox, so they exist exactly when the change commits).
 *
 * <p>"Effective" here is the price a storefront shows: quantity 1, no customer group, now. Keys are (sku, null) -
 * the price in a warehouse without a price of its own - plus (sku, w) for every warehouse w that has a price of the
 * SKU or its product in the currency. Writers lock the affected SKUs first, so two changes of one SKU never
 * interleave their before/after reads, and event versions follow commit order per SKU.
 * After commit the SKUs' cached candidates are invalidated ({@link CandidateCache}).
 * A window opening or closing by time alone is published by the pricing-worker ({@link #publishTransition});
 * prices of customer-group lists are not published.
 */
@Component
public class PriceChangeEvents {

    public static final String TOPIC = "pricing.price";

    /** The effective prices of some SKUs in one currency, taken before a change. */
    public record Snapshot(Currency currency, Set<String> skus, Map<Key, ResolvedPrice> prices) {
    }

    record Key(String sku, UUID warehouseId) {
    }

    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::sku)
            .thenComparing(Key::warehouseId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final PriceRepository prices;
    private final SkuProducts skuProducts;
    private final OutboxWriter outbox;
    private final Clock clock;
    private final CandidateCache cache;
    private final RuleContexts ruleContexts;

    PriceChangeEvents(PriceRepository prices, SkuProducts skuProducts, OutboxWriter outbox, Clock clock,
                      CandidateCache cache, RuleContexts ruleContexts) {
        this.prices = prices;
        this.skuProducts = skuProducts;
        this.outbox = outbox;
        this.clock = clock;
        this.cache = cache;
        this.ruleContexts = ruleContexts;
    }

    public Snapshot beforePriceChange(Currency currency, PriceTarget target) {
        Set<String> skus = new TreeSet<>();
        if (target.skuLevel()) {
            skus.add(target.sku());
        } else {
            skus.addAll(skuProducts.skusOf(List.of(target.productId())));
        }
        return before(currency, skus);
    }

    public Snapshot beforeListChange(PriceList list) {
        Set<String> skus = new TreeSet<>();
        List<UUID> products = new ArrayList<>();
        for (PriceTarget target : prices.targetsOfList(list.id())) {
            if (target.skuLevel()) {
                skus.add(target.sku());
            } else {
                products.add(target.productId());
            }
        }
        skus.addAll(skuProducts.skusOf(products));
        return before(list.currency(), skus);
    }

    /** For bulk changes: the SKUs are worked out by the caller. */
    public Snapshot beforeChangeOf(Currency currency, Set<String> skus) {
        return before(currency, new TreeSet<>(skus));
    }

    private Snapshot before(Currency currency, Set<String> skus) {
        prices.lockSkus(skus);
        return new Snapshot(currency, skus, effective(currency, skus, Set.of(), clock.instant()));
    }

    /**
     * For time alone (the pricing-worker's scheduled transitions): the SKUs' effective prices at {@code from} and at
     * {@code to}, with today's data, and one event per (sku, warehouse) that differs, stamped {@code to}.
     */
    public int publishTransition(Currency currency, Set<String> skus, Instant from, Instant to) {
        Set<String> sorted = new TreeSet<>(skus);
        if (sorted.isEmpty()) {
            return 0;
        }
        prices.lockSkus(sorted);
        Snapshot before = new Snapshot(currency, sorted, effective(currency, sorted, Set.of(), from));
        return publish(before, to);
    }

    /** Re-resolves the snapshot's SKUs and appends one event per (sku, warehouse) whose effective price moved. */
    public int publishChanges(Snapshot before) {
        return publish(before, clock.instant());
    }

    private int publish(Snapshot before, Instant now) {
        if (before.skus().isEmpty()) {
            return 0;
        }
        invalidateAfterCommit(before.currency(), before.skus());
        // the keys known before too: a deleted warehouse price must be compared with what that warehouse falls back to
        Map<Key, ResolvedPrice> after = effective(before.currency(), before.skus(), before.prices().keySet(), now);
        Set<Key> keys = new TreeSet<>(KEY_ORDER);
        keys.addAll(before.prices().keySet());
        keys.addAll(after.keySet());
        List<Key> moved = keys.stream()
                .filter(key -> !same(before.prices().get(key), after.get(key)))
                .toList();
        List<Long> versions = prices.nextEventVersions(moved.size());
        List<OutboxEntry> entries = new ArrayList<>(moved.size());
        for (int i = 0; i < moved.size(); i++) {
            Key key = moved.get(i);
            Optional<ResolvedPrice> price = Optional.ofNullable(after.get(key));
            PriceChanged event = new PriceChanged(key.sku(), key.warehouseId(), before.currency().getCurrencyCode(),
                    price.isPresent(), price.map(p -> p.unitAmount().toPlainString()).orElse(null),
                    price.map(ResolvedPrice::compareAt).map(BigDecimal::toPlainString).orElse(null),
                    price.map(ResolvedPrice::taxInclusive).orElse(false),
                    price.map(ResolvedPrice::priceListCode).orElse(null), versions.get(i), now);
            entries.add(new OutboxEntry(key.sku(), key.sku(), event));
        }
        outbox.appendAll(TOPIC, entries);
        return entries.size();
    }

    /**
     * Every snapshot SKU, moved or not: a tier or a future window can change without moving today's quantity-1
     * price, and the cache holds candidates for every quantity and instant.
     */
    private void invalidateAfterCommit(Currency currency, Set<String> skus) {
        Set<String> changed = Set.copyOf(skus);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidate(currency, changed);
            }
        });
    }

    private Map<Key, ResolvedPrice> effective(Currency currency, Set<String> skus, Set<Key> alsoKeys, Instant now) {
        Map<String, UUID> products = skuProducts.productsOf(skus);
        RuleContext rules = ruleContexts.load(currency, Set.copyOf(products.values()));
        List<PriceCandidate> candidates = prices.candidates(skus, Set.copyOf(products.values()), currency);
        // indexed once, so a bulk change of thousands of SKUs stays linear
        Map<String, List<PriceCandidate>> bySku = new HashMap<>();
        Map<UUID, List<PriceCandidate>> byProduct = new HashMap<>();
        for (PriceCandidate candidate : candidates) {
            PriceTarget target = candidate.price().target();
            if (target.skuLevel()) {
                bySku.computeIfAbsent(target.sku(), s -> new ArrayList<>()).add(candidate);
            } else {
                byProduct.computeIfAbsent(target.productId(), p -> new ArrayList<>()).add(candidate);
            }
        }
        Map<String, List<UUID>> knownWarehouses = new HashMap<>();
        alsoKeys.forEach(key -> knownWarehouses.computeIfAbsent(key.sku(), s -> new ArrayList<>())
                .add(key.warehouseId()));
        Map<Key, ResolvedPrice> effective = new LinkedHashMap<>();
        for (String sku : skus) {
            UUID product = products.get(sku);
            List<PriceCandidate> mine = new ArrayList<>(bySku.getOrDefault(sku, List.of()));
            if (product != null) {
                mine.addAll(byProduct.getOrDefault(product, List.of()));
            }
            Set<UUID> warehouses = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            warehouses.add(null);
            mine.forEach(c -> warehouses.add(c.price().target().warehouseId()));
            warehouses.addAll(knownWarehouses.getOrDefault(sku, List.of()));
            for (UUID warehouse : warehouses) {
                PriceResolver.resolve(new PriceQuery(sku, product, 1, warehouse, null, currency, now), mine,
                                rules.rules(), rules.factsOf(product))
                        .ifPresent(price -> effective.put(new Key(sku, warehouse), price));
            }
        }
        return effective;
    }

    private static boolean same(ResolvedPrice a, ResolvedPrice b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.unitAmount().compareTo(b.unitAmount()) == 0
                && compare(a.compareAt(), b.compareAt())
                && a.taxInclusive() == b.taxInclusive()
                && a.priceListCode().equals(b.priceListCode());
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
