package com.fleetcommerce.catalog.stock.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.stock.domain.StockCopy;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code sku_stock}. The version rule is in the statement itself ({@code ON CONFLICT ... WHERE}), so concurrent
 * consumers need no lock and one autocommitted statement is the whole write.
 */
@Repository
public class JdbcStockCopy implements StockCopy {

    private final JdbcClient jdbc;

    public JdbcStockCopy(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public boolean apply(WarehouseStock stock) {
        return jdbc.sql("""
                        INSERT INTO sku_stock (sku, warehouse_id, warehouse_code, on_hand, reserved, available, version,
                                               changed_at, updated_at)
                        VALUES (:sku, :warehouseId, :warehouseCode, :onHand, :reserved, :available, :version,
                                :changedAt, clock_timestamp())
                        ON CONFLICT (sku, warehouse_id) DO UPDATE
                           SET warehouse_code = EXCLUDED.warehouse_code, on_hand = EXCLUDED.on_hand,
                               reserved = EXCLUDED.reserved, available = EXCLUDED.available,
                               version = EXCLUDED.version, changed_at = EXCLUDED.changed_at,
                               updated_at = EXCLUDED.updated_at
                         WHERE sku_stock.version < EXCLUDED.version
                        """)
                .param("sku", stock.sku())
                .param("warehouseId", stock.warehouseId())
                .param("warehouseCode", stock.warehouseCode())
                .param("onHand", stock.onHand())
                .param("reserved", stock.reserved())
                .param("available", stock.available())
                .param("version", stock.version())
                .param("changedAt", OffsetDateTime.ofInstant(stock.changedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    @Override
    public List<WarehouseStock> find(String sku) {
        return jdbc.sql("""
                        SELECT sku, warehouse_id, warehouse_code, on_hand, reserved, available, version, changed_at
                          FROM sku_stock WHERE sku = ?
                        """)
                .param(sku)
                .query(JdbcStockCopy::stock)
                .list();
    }

    @Override
    public Map<String, List<WarehouseStock>> findAll(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, List<WarehouseStock>> bySku = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT sku, warehouse_id, warehouse_code, on_hand, reserved, available, version, changed_at
                          FROM sku_stock WHERE sku = ANY (:skus)
                        """)
                .param("skus", skus.toArray(String[]::new))
                .query(JdbcStockCopy::stock)
                .list()
                .forEach(stock -> bySku.computeIfAbsent(stock.sku(), sku -> new ArrayList<>()).add(stock));
        return bySku;
    }

    private static WarehouseStock stock(ResultSet rs, int row) throws SQLException {
        return new WarehouseStock(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class),
                rs.getString("warehouse_code"), rs.getLong("on_hand"), rs.getLong("reserved"),
                rs.getLong("available"), rs.getLong("version"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
