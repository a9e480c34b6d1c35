package com.fleetcommerce.catalog.product.domain;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * Everything staff describe about a product apart from its SKUs and status. Categories keep their order (the first
 * is the primary one, used for breadcrumbs); images are kept ordered by position. Attribute values (by code) were
 * checked against the categories' templates by the application before they got here.
 */
public record ProductContent(String name, Slug slug, String description, UUID brandId, List<UUID> categoryIds,
                             Seo seo, List<ProductImage> images, SortedMap<String, AttributeValue> attributes) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_CATEGORIES = 20;
    public static final int MAX_IMAGES = 20;
    public static final int MAX_ATTRIBUTES = 100;

    public ProductContent {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidValueException("name", "must be 1-" + MAX_NAME + " characters");
        }
        name = name.strip();
        Objects.requireNonNull(slug, "slug");
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        categoryIds = List.copyOf(categoryIds == null ? List.of() : categoryIds);
        if (categoryIds.size() > MAX_CATEGORIES || new HashSet<>(categoryIds).size() != categoryIds.size()) {
            throw new InvalidValueException("categoryIds", "must be at most " + MAX_CATEGORIES
                    + " distinct categories");
        }
        seo = seo == null ? Seo.NONE : seo;
        images = (images == null ? List.<ProductImage>of() : images).stream()
                .sorted(Comparator.comparingInt(ProductImage::position)).toList();
        if (images.size() > MAX_IMAGES) {
            throw new InvalidValueException("images", "must be at most " + MAX_IMAGES + " images");
        }
        if (images.stream().map(ProductImage::position).distinct().count() != images.size()) {
            throw new InvalidValueException("images", "positions must be distinct");
        }
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? Map.of() : attributes));
    }

    /** Content without attribute values. */
    public ProductContent(String name, Slug slug, String description, UUID brandId, List<UUID> categoryIds, Seo seo,
                          List<ProductImage> images) {
        this(name, slug, description, brandId, categoryIds, seo, images, null);
    }
}
