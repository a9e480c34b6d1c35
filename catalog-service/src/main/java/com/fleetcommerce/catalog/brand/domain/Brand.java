package com.fleetcommerce.catalog.brand.domain;

import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.web.problem.InvalidValueException;

/** A brand products are sold under. The slug is stable (storefront URLs); the name may change. */
public final class Brand {

    public static final int MAX_NAME_LENGTH = 120;

    private final UUID id;
    private final Slug slug;
    private String name;
    private final long version;

    private Brand(UUID id, String name, Slug slug, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.version = version;
        rename(name);
    }

    public static Brand create(UUID id, String name, Slug slug) {
        return new Brand(id, name, slug, 0);
    }

    /** Rebuilds a stored brand; persistence only. */
    public static Brand restore(UUID id, String name, Slug slug, long version) {
        return new Brand(id, name, slug, version);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public long version() {
        return version;
    }
}
