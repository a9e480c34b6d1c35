package com.fleetcommerce.catalog.category.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.category.domain.CategoryPath;
import com.fleetcommerce.catalog.category.domain.CategoryRepository;
import com.fleetcommerce.catalog.common.domain.Slug;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL: a subtree move is one prefix-rewriting UPDATE, which no ORM expresses well. */
@Repository
class JdbcCategoryRepository implements CategoryRepository {

    /** Any constant works: it only has to be the same for every writer of the tree. */
    private static final long TREE_LOCK = 0x6361_7465_676f_7279L;
    private static final String COLUMNS = "SELECT id, name, slug, path, version FROM category ";

    private final JdbcClient jdbc;

    JdbcCategoryRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(TREE_LOCK).query((rs, n) -> 1).list();
    }

    @Override
    public Optional<Category> findById(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(JdbcCategoryRepository::category).optional();
    }

    @Override
    public Optional<Category> lockById(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ? FOR UPDATE").param(id).query(JdbcCategoryRepository::category)
                .optional();
    }

    @Override
    public Optional<Category> findBySlug(Slug slug) {
        return jdbc.sql(COLUMNS + "WHERE slug = ?").param(slug.value()).query(JdbcCategoryRepository::category)
                .optional();
    }

    @Override
    public boolean slugTaken(Slug slug) {
        return jdbc.sql("SELECT count(*) FROM category WHERE slug = ?").param(slug.value())
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Category> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY path").query(JdbcCategoryRepository::category).list();
    }

    @Override
    public List<Category> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(JdbcCategoryRepository::category).list();
    }

    @Override
    public int subtreeHeight(CategoryPath path) {
        return jdbc.sql("SELECT coalesce(max(depth), ?) - ? FROM category WHERE path LIKE ?")
                .params(path.depth(), path.depth(), path.asString() + "%")
                .query(Integer.class).single();
    }

    @Override
    public void insert(Category c) {
        jdbc.sql("""
                INSERT INTO category (id, parent_id, name, slug, path, depth, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, now(), now())
                """).params(c.id(), c.parentId(), c.name(), c.slug().value(), c.path().asString(), c.depth())
                .update();
    }

    @Override
    public long rename(Category c) {
        int updated = jdbc.sql("UPDATE category SET name = ?, version = version + 1, updated_at = now()"
                        + " WHERE id = ? AND version = ?")
                .params(c.name(), c.id(), c.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("category " + c.id() + " changed concurrently");
        }
        return c.version() + 1;
    }

    @Override
    public long touch(Category c) {
        int updated = jdbc.sql("UPDATE category SET version = version + 1, updated_at = now()"
                        + " WHERE id = ? AND version = ?")
                .params(c.id(), c.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("category " + c.id() + " changed concurrently");
        }
        return c.version() + 1;
    }

    @Override
    public void moveSubtree(CategoryPath from, CategoryPath to) {
        String oldPrefix = from.asString();
        // Every node below moves too, and its breadcrumbs change: bump their versions so their ETags do as well.
        jdbc.sql("""
                UPDATE category
                   SET path = ? || substr(path, ?),
                       depth = depth + ?,
                       parent_id = CASE WHEN id = ? THEN ? ELSE parent_id END,
                       version = version + 1,
                       updated_at = now()
                 WHERE path LIKE ?
                """).params(to.asString(), oldPrefix.length() + 1, to.depth() - from.depth(), from.self(),
                        to.parentId(), oldPrefix + "%")
                .update();
    }

    private static Category category(ResultSet rs, int row) throws SQLException {
        return Category.restore(rs.getObject("id", UUID.class), rs.getString("name"), new Slug(rs.getString("slug")),
                CategoryPath.parse(rs.getString("path")), rs.getLong("version"));
    }
}
