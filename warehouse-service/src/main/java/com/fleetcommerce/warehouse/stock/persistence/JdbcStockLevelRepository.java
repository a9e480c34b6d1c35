package com.fleetcommerce.warehouse.stock.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.AllocatableStock;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.stock.domain.StockLevelRepository;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL: row locks and conditional writes are the point here, so no ORM sits in between. */
@Repository
class JdbcStockLevelRepository implements StockLevelRepository {

    private static final String COLUMNS = """
            s.sku, s.warehouse_id, w.code, s.on_hand, s.reserved, s.safety_stock, s.low_stock_threshold, s.version,
            w.priority, w.latitude, w.longitude
            """;
    private static final String FROM = " FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id ";
    private static final String LOW = " s.low_stock_threshold > 0"
            + " AND s.on_hand - s.reserved - s.safety_stock <= s.low_stock_threshold ";

    private final JdbcClient jdbc;

    JdbcStockLevelRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public void createMissing(Collection<LevelKey> keys) {
        for (LevelKey key : keys) {
            jdbc.sql("""
                    INSERT INTO stock_level (sku, warehouse_id, on_hand, reserved, safety_stock, low_stock_threshold,
                                             version, updated_at)
                    VALUES (?, ?, 0, 0, 0, 0, 0, now())
                    ON CONFLICT (sku, warehouse_id) DO NOTHING
                    """).params(key.sku(), key.warehouseId()).update();
        }
    }

    @Override
    public List<StockLevel> lock(Collection<LevelKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> tuples = keys.stream().distinct().map(k -> new Object[] {k.sku(), k.warehouseId()}).toList();
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE (s.sku, s.warehouse_id) IN (:keys)"
                        + " ORDER BY s.sku, s.warehouse_id FOR UPDATE OF s")
                .param("keys", tuples)
                .query((rs, n) -> level(rs)).list();
    }

    @Override
    public List<AllocatableStock> lockForAllocation(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.sku IN (:skus) AND w.active"
                        + " ORDER BY s.sku, s.warehouse_id FOR UPDATE OF s")
                .param("skus", List.copyOf(skus))
                .query((rs, n) -> new AllocatableStock(level(rs), rs.getInt("priority"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list();
    }

    @Override
    public void update(StockLevel level) {
        int updated = jdbc.sql("""
                        UPDATE stock_level
                           SET on_hand = ?, reserved = ?, safety_stock = ?, low_stock_threshold = ?, version = ?,
                               updated_at = ?
                         WHERE sku = ? AND warehouse_id = ? AND version = ?
                        """)
                .params(level.onHand(), level.reserved(), level.safetyStock(), level.lowStockThreshold(),
                        level.version(), OffsetDateTime.now(ZoneOffset.UTC), level.sku(), level.warehouseId(),
                        level.loadedVersion())
                .update();
        if (updated != 1) {
            // Only reachable when a caller changed a level it had not locked: a programming error, not a race.
            throw new OptimisticLockingFailureException("stock level " + level.sku() + "@" + level.warehouseCode()
                    + " is no longer at version " + level.loadedVersion());
        }
    }

    @Override
    public List<StockLevel> findBySku(String sku) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.sku = ? ORDER BY w.priority, w.code")
                .param(sku).query((rs, n) -> level(rs)).list();
    }

    @Override
    public List<StockLevel> findByWarehouse(UUID warehouseId, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE s.warehouse_id = ? ORDER BY s.sku OFFSET ? LIMIT ?")
                .params(warehouseId, offset, limit).query((rs, n) -> level(rs)).list();
    }

    @Override
    public long countByWarehouse(UUID warehouseId) {
        return jdbc.sql("SELECT count(*) FROM stock_level WHERE warehouse_id = ?").param(warehouseId)
                .query(Long.class).single();
    }

    @Override
    public List<StockLevel> findLow(long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + LOW + " ORDER BY s.sku, w.code OFFSET ? LIMIT ?")
                .params(offset, limit).query((rs, n) -> level(rs)).list();
    }

    @Override
    public long countLow() {
        return jdbc.sql("SELECT count(*) FROM stock_level s WHERE " + LOW).query(Long.class).single();
    }

    private static StockLevel level(ResultSet rs) throws SQLException {
        return StockLevel.restore(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class), rs.getString("code"),
                rs.getLong("on_hand"), rs.getLong("reserved"), rs.getLong("safety_stock"),
                rs.getLong("low_stock_threshold"), rs.getLong("version"));
    }
}
