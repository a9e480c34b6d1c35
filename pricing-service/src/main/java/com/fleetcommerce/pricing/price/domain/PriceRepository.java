package com.fleetcommerce.pricing.price.domain;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PriceRepository {

    /** Inserts or replaces the price of its (list, target): the natural key. @return true when it was new */
    boolean upsert(Price price);

    boolean delete(UUID priceListId, PriceTarget target);

    Optional<Price> find(UUID priceListId, PriceTarget target);

    List<Price> pageOfList(UUID priceListId, long offset, int limit);

    long countOfList(UUID priceListId);

    /**
     * Every price (with its list) that could price these SKUs or products: active lists of the currency only. One
     * query whatever the number of SKUs; the resolver does the rest in memory.
     */
    List<PriceCandidate> candidates(Collection<String> skus, Collection<UUID> productIds, Currency currency);

    /** The SKUs a list prices directly, and the products it prices (for working out whose price a list change moves). */
    List<PriceTarget> targetsOfList(UUID priceListId);

    /**
     * Serialises writers that change the prices of the same SKUs (in one fixed order, so they cannot deadlock), so
     * each one's before/after comparison and event versions follow commit order.
     */
    void lockSkus(Collection<String> skus);

    /** {@code count} fresh versions for price events, increasing in the order returned. */
    List<Long> nextEventVersions(int count);

    /** Upserts many prices by natural key in JDBC batches (bulk import); same effect as {@link #upsert} per price. */
    void upsertAll(List<Price> prices);
}
