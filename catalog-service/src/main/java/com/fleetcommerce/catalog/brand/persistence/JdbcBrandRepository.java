package com.fleetcommerce.catalog.brand.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.brand.domain.BrandRepository;
import com.fleetcommerce.catalog.common.domain.Slug;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcBrandRepository implements BrandRepository {

    private static final String COLUMNS = "SELECT id, name, slug, version FROM brand ";

    private final JdbcClient jdbc;

    JdbcBrandRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public Optional<Brand> findById(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(JdbcBrandRepository::brand).optional();
    }

    @Override
    public Optional<Brand> lockById(UUID id) {
        return jdbc.sql(COLUMNS + "WHERE id = ? FOR UPDATE").param(id).query(JdbcBrandRepository::brand).optional();
    }

    @Override
    public Optional<Brand> findBySlug(Slug slug) {
        return jdbc.sql(COLUMNS + "WHERE slug = ?").param(slug.value()).query(JdbcBrandRepository::brand).optional();
    }

    @Override
    public List<Brand> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(JdbcBrandRepository::brand).list();
    }

    @Override
    public List<Brand> findPage(int page, int size) {
        return jdbc.sql(COLUMNS + "ORDER BY lower(name), slug LIMIT ? OFFSET ?")
                .params(size, (long) page * size).query(JdbcBrandRepository::brand).list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM brand").query(Long.class).single();
    }

    @Override
    public void insert(Brand b) {
        jdbc.sql("INSERT INTO brand (id, name, slug, version, created_at, updated_at) VALUES (?, ?, ?, 0, now(), now())")
                .params(b.id(), b.name(), b.slug().value()).update();
    }

    @Override
    public long rename(Brand b) {
        int updated = jdbc.sql("UPDATE brand SET name = ?, version = version + 1, updated_at = now()"
                        + " WHERE id = ? AND version = ?")
                .params(b.name(), b.id(), b.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("brand " + b.id() + " changed concurrently");
        }
        return b.version() + 1;
    }

    private static Brand brand(ResultSet rs, int row) throws SQLException {
        return Brand.restore(rs.getObject("id", UUID.class), rs.getString("name"), new Slug(rs.getString("slug")),
                rs.getLong("version"));
    }
}
