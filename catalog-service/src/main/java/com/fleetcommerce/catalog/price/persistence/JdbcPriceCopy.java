package com.fleetcommerce.catalog.price.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.price.domain.PriceCopy;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sku_price}. The version rule is in the statement itself ({@code ON CONFLICT ... WHERE}), so concurrent
 * consumers need no lock and one autocommitted statement is the whole write.
 */
@Repository
public class JdbcPriceCopy implements PriceCopy {

    private final JdbcClient jdbc;

    public JdbcPriceCopy(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public boolean apply(SkuPrice price) {
        return jdbc.sql("""
                        INSERT INTO sku_price (sku, warehouse_id, currency, available, amount, compare_at,
                                               tax_inclusive, price_list, version, changed_at, updated_at)
                        VALUES (:sku, :warehouseId, :currency, :available, :amount, :compareAt, :taxInclusive,
                                :priceList, :version, :changedAt, clock_timestamp())
                        ON CONFLICT ON CONSTRAINT sku_price_key DO UPDATE
                           SET available = EXCLUDED.available, amount = EXCLUDED.amount,
                               compare_at = EXCLUDED.compare_at, tax_inclusive = EXCLUDED.tax_inclusive,
                               price_list = EXCLUDED.price_list, version = EXCLUDED.version,
                               changed_at = EXCLUDED.changed_at, updated_at = EXCLUDED.updated_at
                         WHERE sku_price.version < EXCLUDED.version
                        """)
                .param("sku", price.sku())
                .param("warehouseId", price.warehouseId())
                .param("currency", price.currency())
                .param("available", price.available())
                .param("amount", price.amount())
                .param("compareAt", price.compareAt())
                .param("taxInclusive", price.taxInclusive())
                .param("priceList", price.priceList())
                .param("version", price.version())
                .param("changedAt", OffsetDateTime.ofInstant(price.changedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    @Override
    public Map<String, List<SkuPrice>> findAll(Collection<String> skus) {
        Map<String, List<SkuPrice>> bySku = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return bySku;
        }
        jdbc.sql("""
                        SELECT sku, warehouse_id, currency, available, amount, compare_at, tax_inclusive, price_list,
                               version, changed_at
                          FROM sku_price
                         WHERE sku = ANY (:skus)
                         ORDER BY sku, currency, warehouse_id NULLS FIRST
                        """)
                .param("skus", new LinkedHashSet<>(skus).toArray(String[]::new))
                .query(JdbcPriceCopy::price)
                .list()
                .forEach(price -> bySku.computeIfAbsent(price.sku(), sku -> new ArrayList<>()).add(price));
        return bySku;
    }

    @Override
    public List<String> skusUpdatedSince(Instant since, String afterSku, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT sku FROM sku_price
                         WHERE updated_at >= :since AND sku > :after
                         ORDER BY sku
                         LIMIT :limit
                        """)
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .param("after", afterSku)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    private static SkuPrice price(ResultSet rs, int row) throws SQLException {
        // numeric(22,4) reads back as 199000.0000: SkuPrice puts it back at the currency's scale
        return new SkuPrice(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class), rs.getString("currency"),
                rs.getBoolean("available"), rs.getBigDecimal("amount"), rs.getBigDecimal("compare_at"),
                rs.getBoolean("tax_inclusive"),
                rs.getString("price_list"), rs.getLong("version"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
