package com.fleetcommerce.pricing.price.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.price.domain.ScheduledTargets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcScheduledTargets implements ScheduledTargets {

    /** Boundaries in (from, to]: an end at instant t means the window no longer holds at t ([from, to)). */
    private static final String PASSED = "((%1$s.valid_from > :from and %1$s.valid_from <= :to)"
            + " or (%1$s.valid_to > :from and %1$s.valid_to <= :to))";

    private final JdbcClient jdbc;

    JdbcScheduledTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockWatermark(String name) {
        return jdbc.sql("select processed_until from price_transition_watermark where name = :name for update")
                .param("name", name)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    @Override
    public void startWatermark(String name, Instant at) {
        jdbc.sql("""
                        insert into price_transition_watermark (name, processed_until) values (:name, :at)
                        on conflict (name) do nothing""")
                .param("name", name).param("at", PriceRows.timestamp(at)).update();
    }

    @Override
    public void moveWatermark(String name, Instant to) {
        jdbc.sql("update price_transition_watermark set processed_until = :to where name = :name")
                .param("name", name).param("to", PriceRows.timestamp(to)).update();
    }

    @Override
    public List<Affected> affectedBetween(Instant from, Instant to) {
        String sql = """
                select l.currency, p.sku, p.product_id, p.warehouse_id
                  from price p join price_list l on l.id = p.price_list_id where %s
                union
                select l.currency, p.sku, p.product_id, p.warehouse_id
                  from price_list l join price p on p.price_list_id = l.id where %s
                union
                select l.currency, p.sku, p.product_id, p.warehouse_id
                  from price_rule r join price_list l on l.id = r.base_list_id
                  join price p on p.price_list_id = l.id where %s
                """.formatted(PASSED.formatted("p"), PASSED.formatted("l"), PASSED.formatted("r"));
        return jdbc.sql(sql)
                .param("from", PriceRows.timestamp(from)).param("to", PriceRows.timestamp(to))
                .query((rs, n) -> new Affected(rs.getString("currency"), new PriceTarget(rs.getString("sku"),
                        rs.getObject("product_id", UUID.class), rs.getObject("warehouse_id", UUID.class))))
                .list();
    }
}
