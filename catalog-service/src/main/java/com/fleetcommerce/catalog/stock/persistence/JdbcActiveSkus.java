package com.fleetcommerce.catalog.stock.persistence;

import java.util.List;

import com.fleetcommerce.catalog.stock.domain.ActiveSkus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keyset pages over the SKUs of ACTIVE products (the {@code sku_code_key} index orders them). */
@Repository
public class JdbcActiveSkus implements ActiveSkus {

    private final JdbcClient jdbc;

    public JdbcActiveSkus(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public List<String> page(String after, int limit) {
        return jdbc.sql("""
                        SELECT s.code FROM sku s JOIN product p ON p.id = s.product_id
                         WHERE p.status = 'ACTIVE' AND (CAST(:after AS varchar) IS NULL OR s.code > :after)
                         ORDER BY s.code LIMIT :limit
                        """)
                .param("after", after)
                .param("limit", limit)
                .query(String.class)
                .list();
    }
}
