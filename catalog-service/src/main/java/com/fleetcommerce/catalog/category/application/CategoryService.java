package com.fleetcommerce.catalog.category.application;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.category.domain.CategoryPath;
import com.fleetcommerce.catalog.category.domain.CategoryRepository;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.catalog.common.application.CatalogProblems;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff shape the category tree; everyone reads it. */
@Service
public class CategoryService {

    static final String RESOURCE = "category";
    private static final int SLUG_ATTEMPTS = 50;

    private final CategoryRepository categories;
    private final StaffAudit audit;

    public CategoryService(CategoryRepository categories, StaffAudit audit) {
        this.categories = categories;
        this.audit = audit;
    }

    /**
     * Creates a category under {@code parentId} (null: a root). Without a slug one is derived from the name,
     * with a numeric suffix when taken; a given slug that is taken is a 409.
     */
    @Transactional
    public Category create(String name, Slug slug, UUID parentId) {
        categories.lockTree();
        Category parent = null;
        if (parentId != null) {
            parent = categories.findById(parentId)
                    .orElseThrow(() -> CatalogProblems.unknownReference("parentId", parentId));
        }
        Slug chosen = slug != null ? requireFree(slug) : freeSlugFor(name);
        Category fixedParent = parent;
        Category category = CatalogProblems.guarded(() -> Category.create(Uuids.v7(), name, chosen, fixedParent));
        try {
            categories.insert(category);
        } catch (DuplicateKeyException raced) {
            throw CatalogProblems.raced(raced);
        }
        audit.changed("category.created", RESOURCE, category.id().toString(), null, auditState(category));
        return category;
    }

    @Transactional(readOnly = true)
    public CategoryView get(UUID id) {
        Category category = find(id);
        return new CategoryView(category, breadcrumbs(category));
    }

    @Transactional(readOnly = true)
    public Optional<Category> findBySlug(Slug slug) {
        return categories.findBySlug(slug);
    }

    /** The categories from the root down to {@code category}, itself included. */
    @Transactional(readOnly = true)
    public List<Category> breadcrumbs(Category category) {
        Map<UUID, Category> byId = categories.findByIds(category.path().ids()).stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        return category.path().ids().stream().map(byId::get).toList();
    }

    /** Existing categories among {@code ids}, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, Category> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return categories.findByIds(new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
    }

    /** The path whose prefix selects the category's subtree; 404 for an unknown category. */
    @Transactional(readOnly = true)
    public CategoryPath subtree(UUID id) {
        return find(id).path();
    }

    /** The whole tree, roots and children ordered by name. */
    @Transactional(readOnly = true)
    public List<CategoryNode> tree() {
        Map<UUID, List<Category>> children = new HashMap<>();
        List<Category> roots = new ArrayList<>();
        for (Category c : categories.findAll()) {
            if (c.parentId() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        // Accents sort with their base letter ("Áo" before "Men"), as a reader expects; a Collator is not
        // thread-safe, so each call gets its own.
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        Comparator<Category> byName = Comparator.comparing(Category::name, collator)
                .thenComparing(c -> c.slug().value());
        return nodes(roots, children, byName);
    }

    @Transactional
    public CategoryView rename(UUID id, long expectedVersion, String name) {
        Category category = current(id, expectedVersion);
        Map<String, Object> before = auditState(category);
        category.rename(name);
        categories.rename(category);
        CategoryView renamed = get(id);
        audit.changed("category.renamed", RESOURCE, id.toString(), before, auditState(renamed.category()));
        return renamed;
    }

    /** Moves the category and its subtree under {@code newParentId} (null: to the top level). */
    @Transactional
    public CategoryView move(UUID id, long expectedVersion, UUID newParentId) {
        categories.lockTree();
        Category category = current(id, expectedVersion);
        Category newParent = null;
        if (newParentId != null) {
            newParent = categories.findById(newParentId)
                    .orElseThrow(() -> CatalogProblems.unknownReference("parentId", newParentId));
        }
        Map<String, Object> before = auditState(category);
        CategoryPath from = category.path();
        int height = categories.subtreeHeight(from);
        Category fixedParent = newParent;
        CategoryPath to = CatalogProblems.guarded(() -> category.moveUnder(fixedParent, height));
        categories.moveSubtree(from, to);
        CategoryView moved = get(id);
        audit.changed("category.moved", RESOURCE, id.toString(), before, auditState(moved.category()));
        return moved;
    }

    /** Audits a change of something attached to a locked category (its attribute template). */
    public void auditChange(String action, Category category, Object before, Object after) {
        audit.changed(action, RESOURCE, category.id().toString(), before, after);
    }

    private static Map<String, Object> auditState(Category category) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", category.name());
        state.put("slug", category.slug().value());
        state.put("parentId", category.parentId());
        state.put("depth", category.depth());
        return state;
    }

    /**
     * Row-locks the category after checking the caller's version, for a change of something attached to it (its
     * attribute template); {@link #touch} then bumps its version, so the category's ETag covers that too.
     */
    @Transactional
    public Category lockForChange(UUID id, long expectedVersion) {
        return current(id, expectedVersion);
    }

    /** @return the new version */
    @Transactional
    public long touch(Category locked) {
        return categories.touch(locked);
    }

    /** The category or a 404. */
    @Transactional(readOnly = true)
    public Category require(UUID id) {
        return find(id);
    }

    private List<CategoryNode> nodes(List<Category> level, Map<UUID, List<Category>> children,
                                     Comparator<Category> order) {
        return level.stream().sorted(order)
                .map(c -> new CategoryNode(c, nodes(children.getOrDefault(c.id(), List.of()), children, order)))
                .toList();
    }

    private Category current(UUID id, long expectedVersion) {
        Category category = categories.lockById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        CatalogProblems.requireVersion(expectedVersion, category.version());
        return category;
    }

    private Category find(UUID id) {
        return categories.findById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    private Slug requireFree(Slug slug) {
        if (categories.slugTaken(slug)) {
            throw CatalogProblems.taken("category-slug-taken", "category slug", slug.value());
        }
        return slug;
    }

    private Slug freeSlugFor(String name) {
        Slug base = Slug.fromName(name);
        for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
            Slug candidate = n == 1 ? base : base.withSuffix(n);
            if (!categories.slugTaken(candidate)) {
                return candidate;
            }
        }
        throw CatalogProblems.taken("category-slug-taken", "category slug", base.value());
    }
}
