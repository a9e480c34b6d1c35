package com.fleetcommerce.pricing.price.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the effective price among candidates. Only candidates that apply are considered: active list in the asked
 * currency, list and price windows containing the instant ([from, to)), a generic list or one of the caller's
 * customer group, a price for the SKU or for its product, for every warehouse or the asked one. Among those, in order:
 * <ol>
 *   <li>specificity: SKU+warehouse > SKU > product+warehouse > product;</li>
 *   <li>list priority, higher first;</li>
 *   <li>a customer-group list before a generic one;</li>
 *   <li>list code, alphabetically: the final tie-break, so the answer never depends on load order.</li>
 * </ol>
 * A list holds at most one price per target, so these four always decide. The quantity then picks the tier.
 */
public final class PriceResolver {

    private static final Comparator<PriceCandidate> BEST_FIRST = Comparator
            .comparingInt((PriceCandidate c) -> c.price().level().specificity()).reversed()
            .thenComparing(Comparator.comparingInt((PriceCandidate c) -> c.list().priority()).reversed())
            .thenComparing(c -> c.list().customerGroup() == null ? 1 : 0)
            .thenComparing(c -> c.list().code());

    private PriceResolver() {
    }

    public static Optional<ResolvedPrice> resolve(PriceQuery query, Collection<PriceCandidate> candidates) {
        return candidates.stream()
                .filter(c -> applies(c, query))
                .min(BEST_FIRST)
                .map(c -> describe(c, query));
    }

    /** The base price, then the best applicable price rule ({@link PriceAdjustments}) adjusts it. */
    public static Optional<ResolvedPrice> resolve(PriceQuery query, Collection<PriceCandidate> candidates,
                                                  Collection<PriceRule> rules, ProductFacts product) {
        return PriceAdjustments.apply(resolve(query, candidates), rules, product, query.at());
    }

    static boolean applies(PriceCandidate candidate, PriceQuery query) {
        PriceList list = candidate.list();
        Price price = candidate.price();
        PriceTarget target = price.target();
        return list.active()
                && list.currency().equals(query.currency())
                && list.validity().contains(query.at())
                && price.validity().contains(query.at())
                && (list.customerGroup() == null || list.customerGroup().equals(query.customerGroup()))
                && (target.skuLevel() ? target.sku().equals(query.sku())
                        : query.productId() != null && target.productId().equals(query.productId()))
                && (target.warehouseId() == null || Objects.equals(target.warehouseId(), query.warehouseId()));
    }

    private static ResolvedPrice describe(PriceCandidate candidate, PriceQuery query) {
        PriceList list = candidate.list();
        Price price = candidate.price();
        Tier tier = price.tierFor(query.quantity());
        return new ResolvedPrice(query.sku(), list.currency(), tier.amount(), price.compareAt(), list.taxInclusive(),
                price.taxClass(), list.id(), list.code(), list.kind(), list.priority(), list.customerGroup(),
                price.level(), tier.minQuantity(), list.validity().intersect(price.validity()));
    }
}
