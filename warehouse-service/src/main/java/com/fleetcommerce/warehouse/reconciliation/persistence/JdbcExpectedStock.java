package com.fleetcommerce.warehouse.reconciliation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fleetcommerce.warehouse.reconciliation.domain.ExpectedStock;
import com.fleetcommerce.warehouse.reconciliation.domain.LevelDrift;
import com.fleetcommerce.warehouse.stock.domain.LevelKey;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recomputation in SQL, next to the data: on hand sums the ledger over the types that move on hand (taken from
 * {@link MovementType}, so a new type cannot be forgotten here), reserved sums the allocations of ACTIVE reservations.
 */
@Repository
class JdbcExpectedStock implements ExpectedStock {

    private static final String COLUMNS = "s.sku, s.warehouse_id, w.code, s.on_hand, s.reserved, ";

    private final JdbcClient jdbc;

    JdbcExpectedStock(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public List<LevelDrift> findDrifted() {
        return jdbc.sql("""
                        WITH ledger AS (
                            SELECT sku, warehouse_id, sum(quantity) AS on_hand
                              FROM stock_movement WHERE type = ANY (string_to_array(?, ','))
                             GROUP BY sku, warehouse_id),
                        held AS (
                            SELECT a.sku, a.warehouse_id, sum(a.quantity) AS reserved
                              FROM reservation_allocation a JOIN reservation r ON r.id = a.reservation_id
                             WHERE r.status = 'ACTIVE'
                             GROUP BY a.sku, a.warehouse_id)
                        SELECT s.sku, s.warehouse_id, w.code, s.on_hand, s.reserved,
                               coalesce(l.on_hand, 0) AS expected_on_hand, coalesce(h.reserved, 0) AS expected_reserved
                          FROM stock_level s
                          JOIN warehouse w ON w.id = s.warehouse_id
                          LEFT JOIN ledger l ON l.sku = s.sku AND l.warehouse_id = s.warehouse_id
                          LEFT JOIN held h ON h.sku = s.sku AND h.warehouse_id = s.warehouse_id
                         WHERE s.on_hand <> coalesce(l.on_hand, 0) OR s.reserved <> coalesce(h.reserved, 0)
                         ORDER BY s.sku, s.warehouse_id
                        """)
                .param(onHandTypes())
                .query((rs, n) -> drift(rs)).list();
    }

    @Override
    public List<LevelDrift> measure(Collection<LevelKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> tuples = keys.stream().distinct().map(k -> new Object[] {k.sku(), k.warehouseId()}).toList();
        return jdbc.sql("SELECT " + COLUMNS + """
                               (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m
                                 WHERE m.sku = s.sku AND m.warehouse_id = s.warehouse_id
                                   AND m.type = ANY (string_to_array(:types, ','))) AS expected_on_hand,
                               (SELECT coalesce(sum(a.quantity), 0)
                                  FROM reservation_allocation a JOIN reservation r ON r.id = a.reservation_id
                                 WHERE a.sku = s.sku AND a.warehouse_id = s.warehouse_id
                                   AND r.status = 'ACTIVE') AS expected_reserved
                          FROM stock_level s JOIN warehouse w ON w.id = s.warehouse_id
                         WHERE (s.sku, s.warehouse_id) IN (:keys)
                         ORDER BY s.sku, s.warehouse_id
                        """)
                .param("types", onHandTypes())
                .param("keys", tuples)
                .query((rs, n) -> drift(rs)).list();
    }

    /** Comma-separated, so that it binds as one plain string parameter, named or positional. */
    private static String onHandTypes() {
        return Arrays.stream(MovementType.values()).filter(MovementType::movesOnHand).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    private static LevelDrift drift(ResultSet rs) throws SQLException {
        return new LevelDrift(new LevelKey(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class)),
                rs.getString("code"), rs.getLong("on_hand"), rs.getLong("expected_on_hand"), rs.getLong("reserved"),
                rs.getLong("expected_reserved"));
    }
}
