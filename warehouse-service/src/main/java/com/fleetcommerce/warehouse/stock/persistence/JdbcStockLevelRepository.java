package com.fleetcommerce.warehouse.stock.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    /** Above this many keys a lock takes them as two arrays: a tuple IN-list would need two parameters per key. */
    private static final int IN_LIST_LIMIT = 500;
    private static final String LOW = " s.low_stock_threshold > 0"
            + " AND s.on_hand - s.reserved - s.safety_stock <= s.low_stock_threshold ";

    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    JdbcStockLevelRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
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
    public Set<LevelKey> insertMissing(Collection<LevelKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        // ORDER BY feeds the rows to the insert in the fixed lock order (same collation as stock_level.sku)
        List<LevelKey> created = jdbc.sql("""
                        INSERT INTO stock_level (sku, warehouse_id, on_hand, reserved, safety_stock,
                                                 low_stock_threshold, version, updated_at)
                        SELECT k.sku, k.warehouse_id::uuid, 0, 0, 0, 0, 0, now()
                          FROM unnest(?::text[], ?::text[]) AS k(sku, warehouse_id)
                         ORDER BY k.sku, k.warehouse_id::uuid
                        ON CONFLICT (sku, warehouse_id) DO NOTHING
                        RETURNING sku, warehouse_id
                        """)
                .params(skus(keys), warehouseIds(keys))
                .query((rs, n) -> new LevelKey(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class)))
                .list();
        return new LinkedHashSet<>(created);
    }

    @Override
    public List<StockLevel> lock(Collection<LevelKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() > IN_LIST_LIMIT) {
            // one statement whatever the size, so the whole set is still locked in one ORDER BY
            return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE (s.sku, s.warehouse_id) IN"
                            + " (SELECT k.sku, k.warehouse_id::uuid FROM unnest(?::text[], ?::text[])"
                            + " AS k(sku, warehouse_id))"
                            + " ORDER BY s.sku, s.warehouse_id FOR UPDATE OF s")
                    .params(skus(keys), warehouseIds(keys))
                    .query((rs, n) -> level(rs)).list();
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
    public void updateAll(Collection<StockLevel> changed) {
        if (changed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<StockLevel> ordered = changed.stream().toList();
        List<Object[]> rows = ordered.stream().map(l -> new Object[] {l.onHand(), l.reserved(), l.safetyStock(),
                l.lowStockThreshold(), l.version(), now, l.sku(), l.warehouseId(), l.loadedVersion()}).toList();
        int[][] counts = jdbcTemplate.batchUpdate("""
                        UPDATE stock_level
                           SET on_hand = ?, reserved = ?, safety_stock = ?, low_stock_threshold = ?, version = ?,
                               updated_at = ?
                         WHERE sku = ? AND warehouse_id = ? AND version = ?
                        """, rows, BATCH_SIZE, (ps, row) -> {
                            for (int i = 0; i < row.length; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                        });
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 1) {
                    StockLevel level = ordered.get(index);
                    throw new OptimisticLockingFailureException("stock level " + level.sku() + "@"
                            + level.warehouseCode() + " is no longer at version " + level.loadedVersion());
                }
                index++;
            }
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

    private static String[] skus(Collection<LevelKey> keys) {
        return keys.stream().map(LevelKey::sku).toArray(String[]::new);
    }

    private static String[] warehouseIds(Collection<LevelKey> keys) {
        return keys.stream().map(k -> k.warehouseId().toString()).toArray(String[]::new);
    }

    private static StockLevel level(ResultSet rs) throws SQLException {
        return StockLevel.restore(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class), rs.getString("code"),
                rs.getLong("on_hand"), rs.getLong("reserved"), rs.getLong("safety_stock"),
                rs.getLong("low_stock_threshold"), rs.getLong("version"));
    }
}
