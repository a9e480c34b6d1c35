package com.fleetcommerce.warehouse.stock.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.MovementLedger;
import com.fleetcommerce.warehouse.stock.domain.MovementType;
import com.fleetcommerce.warehouse.stock.domain.StockMovement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMovementLedger implements MovementLedger {

    private static final String INSERT = """
            INSERT INTO stock_movement (id, sku, warehouse_id, type, quantity, reason, reference, actor, occurred_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    JdbcMovementLedger(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public void append(StockMovement m) {
        jdbc.sql(INSERT).params(values(m)).update();
    }

    @Override
    public void appendAll(List<StockMovement> movements) {
        jdbcTemplate.batchUpdate(INSERT, movements, BATCH_SIZE, (ps, m) -> {
            Object[] values = values(m);
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
        });
    }

    private static Object[] values(StockMovement m) {
        return new Object[] {m.id(), m.sku(), m.warehouseId(), m.type().name(), m.quantity(), m.reason(),
                m.reference(), m.actor(), m.occurredAt().atOffset(ZoneOffset.UTC)};
    }

    @Override
    public List<StockMovement> findBySku(String sku, long offset, int limit) {
        return jdbc.sql("""
                        SELECT id, sku, warehouse_id, type, quantity, reason, reference, actor, occurred_at
                          FROM stock_movement WHERE sku = ?
                         ORDER BY occurred_at DESC, id DESC OFFSET ? LIMIT ?
                        """)
                .params(sku, offset, limit)
                .query((rs, n) -> new StockMovement(rs.getObject("id", UUID.class), rs.getString("sku"),
                        rs.getObject("warehouse_id", UUID.class), MovementType.valueOf(rs.getString("type")),
                        rs.getLong("quantity"), rs.getString("reason"), rs.getString("reference"),
                        rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public long countBySku(String sku) {
        return jdbc.sql("SELECT count(*) FROM stock_movement WHERE sku = ?").param(sku).query(Long.class).single();
    }
}
