package com.fleetcommerce.catalog.brand.application;

import java.util.List;

import com.fleetcommerce.catalog.brand.domain.Brand;

/** One page of brands with the total count. */
public record BrandSlice(List<Brand> items, long total) {
}
