package com.fleetcommerce.catalog.category.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;

/** Storage port for the category tree; implemented in the persistence layer. */
public interface CategoryRepository {

    /**
     * Serialises changes of the tree's shape (create, move) until the transaction ends, so two concurrent moves can
     * never build a cycle between them and a child is never created under a path that is being rewritten.
     */
    void lockTree();

    Optional<Category> findById(UUID id);

    /** Reads and row-locks the category until the transaction ends. */
    Optional<Category> lockById(UUID id);

    Optional<Category> findBySlug(Slug slug);

    boolean slugTaken(Slug slug);

    List<Category> findAll();

    List<Category> findByIds(Collection<UUID> ids);

    /** Levels below the category: 0 for a leaf. */
    int subtreeHeight(CategoryPath path);

    void insert(Category category);

    /** Bumps the version only: something attached to the category (its attribute template) changed. */
    long touch(Category category);

    /** Stores the new name; returns the new version. */
    long rename(Category category);

    /** Rewrites the path of {@code from} and of every category below it to start with {@code to}. */
    void moveSubtree(CategoryPath from, CategoryPath to);
}
