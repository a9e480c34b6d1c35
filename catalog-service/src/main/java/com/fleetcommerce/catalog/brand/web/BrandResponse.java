package com.fleetcommerce.catalog.brand.web;

import java.util.UUID;

import com.fleetcommerce.catalog.brand.domain.Brand;

/** A brand; {@code version} is also the ETag. */
public record BrandResponse(UUID id, String name, String slug, long version) {

    static BrandResponse from(Brand b) {
        return new BrandResponse(b.id(), b.name(), b.slug().value(), b.version());
    }
}
