package com.fleetcommerce.pricing.price.domain;

import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface PriceRuleRepository {

    /** @return false when the code is taken */
    boolean insert(PriceRule rule);

    boolean update(PriceRule rule, long expectedVersion);

    Optional<PriceRule> findById(UUID id);

    List<PriceRule> page(long offset, int limit);

    long count();

    /** Every active rule whose base list is in this currency: few, read whole, filtered in memory. */
    List<PriceRule> activeRules(Currency currency);

    /** Brand and categories of these products, as far as the catalog told pricing. */
    Map<UUID, ProductFacts> factsOf(Collection<UUID> productIds);
}
