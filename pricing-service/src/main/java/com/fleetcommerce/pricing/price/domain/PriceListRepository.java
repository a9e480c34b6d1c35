package com.fleetcommerce.pricing.price.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PriceListRepository {

    /** @return false when the code is taken */
    boolean insert(PriceList list);

    /** Writes the list when its stored version is {@code expectedVersion}; false when someone changed it first. */
    boolean update(PriceList list, long expectedVersion);

    Optional<PriceList> findById(UUID id);

    Optional<PriceList> findByCode(String code);

    List<PriceList> page(long offset, int limit);

    long count();
}
