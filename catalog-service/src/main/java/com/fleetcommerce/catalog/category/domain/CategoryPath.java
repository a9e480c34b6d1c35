package com.fleetcommerce.catalog.category.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where a category sits in the tree: the ids from the root down to the category itself. Stored as
 * {@code /<root>/.../<self>/}, so "is in the subtree of X" is a prefix test, in Java and in SQL.
 */
public record CategoryPath(List<UUID> ids) {

    public CategoryPath {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("a category path names at least the category itself");
        }
        ids = List.copyOf(ids);
    }

    public static CategoryPath root(UUID id) {
        return new CategoryPath(List.of(id));
    }

    public static CategoryPath parse(String stored) {
        List<UUID> ids = new ArrayList<>();
        for (String part : stored.split("/")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        return new CategoryPath(ids);
    }

    public CategoryPath child(UUID id) {
        List<UUID> longer = new ArrayList<>(ids);
        longer.add(id);
        return new CategoryPath(longer);
    }

    /** 1 for a root category. */
    public int depth() {
        return ids.size();
    }

    public UUID self() {
        return ids.getLast();
    }

    /** The parent's id, or null for a root. */
    public UUID parentId() {
        return ids.size() == 1 ? null : ids.get(ids.size() - 2);
    }

    /** True when this path is {@code ancestor} itself or lies below it. */
    public boolean isWithin(CategoryPath ancestor) {
        return ids.size() >= ancestor.ids.size() && ids.subList(0, ancestor.ids.size()).equals(ancestor.ids);
    }

    /** The stored form; also the prefix every descendant's stored path starts with. */
    public String asString() {
        StringBuilder s = new StringBuilder("/");
        ids.forEach(id -> s.append(id).append('/'));
        return s.toString();
    }
}
