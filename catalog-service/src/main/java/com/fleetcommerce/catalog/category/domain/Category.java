package com.fleetcommerce.catalog.category.domain;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.CatalogRuleViolation;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.web.problem.InvalidValueException;

/**
 * A node of the category tree. The slug never changes (it is in storefront URLs); the name can, and a category can
 * move with its whole subtree, but never below itself and never deeper than {@link #MAX_DEPTH} levels.
 */
public final class Category {

    public static final int MAX_DEPTH = 6;
    public static final int MAX_NAME_LENGTH = 120;

    private final UUID id;
    private final Slug slug;
    private String name;
    private CategoryPath path;
    private final long version;

    private Category(UUID id, String name, Slug slug, CategoryPath path, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.path = Objects.requireNonNull(path, "path");
        this.version = version;
        rename(name);
    }

    /** A new category, a root when {@code parent} is null. */
    public static Category create(UUID id, String name, Slug slug, Category parent) {
        CategoryPath path = parent == null ? CategoryPath.root(id) : parent.path.child(id);
        if (path.depth() > MAX_DEPTH) {
            throw tooDeep(path.depth());
        }
        return new Category(id, name, slug, path, 0);
    }

    /** Rebuilds a stored category; persistence only. */
    public static Category restore(UUID id, String name, Slug slug, CategoryPath path, long version) {
        return new Category(id, name, slug, path, version);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        this.name = newName.strip();
    }

    /**
     * Moves this category and everything below it under {@code newParent} (null: make it a root).
     *
     * @param subtreeHeight levels below this category (0 for a leaf), to keep the deepest descendant within limits
     * @return the new path; every descendant's path changes by the same prefix
     */
    public CategoryPath moveUnder(Category newParent, int subtreeHeight) {
        if (newParent != null && newParent.path.isWithin(path)) {
            throw new CatalogRuleViolation("category-move-cycle",
                    "a category cannot move under itself or one of its descendants",
                    Map.of("categoryId", id, "parentId", newParent.id));
        }
        CategoryPath moved = newParent == null ? CategoryPath.root(id) : newParent.path.child(id);
        if (moved.depth() + subtreeHeight > MAX_DEPTH) {
            throw tooDeep(moved.depth() + subtreeHeight);
        }
        this.path = moved;
        return moved;
    }

    private static CatalogRuleViolation tooDeep(int depth) {
        return new CatalogRuleViolation("category-too-deep",
                "the category tree is at most " + MAX_DEPTH + " levels deep; this change would make it " + depth,
                Map.of("maxDepth", MAX_DEPTH));
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

    public CategoryPath path() {
        return path;
    }

    public UUID parentId() {
        return path.parentId();
    }

    public int depth() {
        return path.depth();
    }

    public long version() {
        return version;
    }
}
