package com.fleetcommerce.catalog.brand.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;

/** Storage port for brands; implemented in the persistence layer. */
public interface BrandRepository {

    Optional<Brand> findById(UUID id);

    Optional<Brand> lockById(UUID id);

    Optional<Brand> findBySlug(Slug slug);

    List<Brand> findByIds(Collection<UUID> ids);

    /** Ordered by name, then slug. */
    List<Brand> findPage(int page, int size);

    long count();

    void insert(Brand brand);

    /** Stores the new name; returns the new version. */
    long rename(Brand brand);
}
