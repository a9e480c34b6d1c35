package com.fleetcommerce.catalog.product.web;

import java.util.UUID;

import com.fleetcommerce.catalog.brand.domain.Brand;

/** The brand of a product, as a link. */
public record BrandRef(UUID id, String name, String slug) {

    static BrandRef from(Brand b) {
        return b == null ? null : new BrandRef(b.id(), b.name(), b.slug().value());
    }
}
