package com.fleetcommerce.pricing.price.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.CandidateCache;
import com.fleetcommerce.pricing.price.domain.PriceCandidate;
import com.fleetcommerce.pricing.price.domain.PriceQuery;
import com.fleetcommerce.pricing.price.domain.PriceRepository;
import com.fleetcommerce.pricing.price.domain.PriceResolver;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.pricing.price.domain.SkuProducts;
import org.springframework.stereotype.Service;

/**
 * Effective prices for many items at once. Candidates come from the cache ({@link CandidateCache}, one round trip
 * for all SKUs) and, for the misses, from PostgreSQL in two queries whatever their number: the SKUs' products, then
 * every candidate price of those SKUs and products in the currency. The ranking happens in memory
 * ({@link PriceResolver}), so cached and uncached answers are the same. Price rules are read per request (one
 * query, plus one for product facts when a rule targets brands or categories) and applied after the base price.
 *
 * <p>The product of a SKU is the one pricing has stored (from the catalog, or a staff price PUT carrying both); the
 * caller's {@code productId} is used only for a SKU pricing does not know yet, so a caller cannot borrow another
 * product's price for a known SKU. Such caller-supplied products are read from PostgreSQL and never cached.
 */
@Service
public class EffectivePrices {

    private final PriceRepository prices;
    private final SkuProducts skuProducts;
    private final CandidateCache cache;
    private final RuleContexts ruleContexts;

    EffectivePrices(PriceRepository prices, SkuProducts skuProducts, CandidateCache cache,
                    RuleContexts ruleContexts) {
        this.prices = prices;
        this.skuProducts = skuProducts;
        this.cache = cache;
        this.ruleContexts = ruleContexts;
    }

    /** One answer per item, in the items' order; empty where no price applies. */
    public List<Optional<ResolvedPrice>> resolve(List<PriceLookup> items, String currencyCode, UUID warehouseId,
                                                 String customerGroup, Instant at) {
        Currency currency = PriceListService.currency(currencyCode);
        Set<String> skus = new LinkedHashSet<>();
        items.forEach(item -> skus.add(item.sku()));
        CandidateCache.Lookup lookup = cache.find(currency, skus);
        Map<String, CandidateCache.Entry> entries = new HashMap<>(lookup.hits());

        Set<String> misses = new HashSet<>(skus);
        misses.removeAll(entries.keySet());
        Map<String, UUID> known = misses.isEmpty() ? Map.of() : skuProducts.productsOf(misses);
        // products named by callers for SKUs pricing cannot place yet
        Set<UUID> borrowed = new HashSet<>();
        for (PriceLookup item : items) {
            CandidateCache.Entry hit = entries.get(item.sku());
            boolean unplaced = hit != null ? hit.productId() == null : !known.containsKey(item.sku());
            if (unplaced && item.productId() != null) {
                borrowed.add(item.productId());
            }
        }
        Set<UUID> productIds = new HashSet<>(known.values());
        productIds.addAll(borrowed);
        List<PriceCandidate> loaded = misses.isEmpty() && borrowed.isEmpty() ? List.of()
                : prices.candidates(misses, productIds, currency);

        Map<String, CandidateCache.Entry> fresh = new HashMap<>();
        for (String sku : misses) {
            UUID product = known.get(sku);
            fresh.put(sku, new CandidateCache.Entry(product, loaded.stream()
                    .filter(c -> sku.equals(c.price().target().sku())
                            || (product != null && product.equals(c.price().target().productId())))
                    .toList()));
        }
        if (!fresh.isEmpty()) {
            cache.fill(currency, fresh, lookup.generations());
            entries.putAll(fresh);
        }

        Set<UUID> pricedProducts = new HashSet<>(borrowed);
        entries.values().forEach(entry -> {
            if (entry.productId() != null) {
                pricedProducts.add(entry.productId());
            }
        });
        RuleContext rules = ruleContexts.load(currency, pricedProducts);

        List<Optional<ResolvedPrice>> resolved = new ArrayList<>(items.size());
        for (PriceLookup item : items) {
            CandidateCache.Entry entry = entries.get(item.sku());
            UUID product = entry.productId() != null ? entry.productId() : item.productId();
            List<PriceCandidate> candidates = entry.candidates();
            if (entry.productId() == null && item.productId() != null) {
                candidates = new ArrayList<>(candidates);
                candidates.addAll(loaded.stream()
                        .filter(c -> item.productId().equals(c.price().target().productId())).toList());
            }
            PriceQuery query = PricingProblems.checked(() -> new PriceQuery(item.sku(), product, item.quantity(),
                    warehouseId, customerGroup, currency, at));
            resolved.add(PriceResolver.resolve(query, candidates, rules.rules(), rules.factsOf(product)));
        }
        return resolved;
    }
}
