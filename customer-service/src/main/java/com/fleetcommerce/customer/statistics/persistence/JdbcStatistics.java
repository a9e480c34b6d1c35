package com.fleetcommerce.customer.statistics.persistence;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.customer.statistics.domain.CustomerStatistics;
import com.fleetcommerce.customer.statistics.domain.OrderFact;
import com.fleetcommerce.customer.statistics.domain.StatisticsRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStatistics implements StatisticsRepository {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordPlaced(OrderFact order) {
        // a stub left by an earlier cancellation has no amount yet: fill it, keep it cancelled
        return jdbc.update("""
                insert into customer_order (order_id, customer_id, amount, currency, placed_at)
                values (:id, :c, :amount, :currency, :placedAt)
                on conflict (order_id) do update set amount = excluded.amount, currency = excluded.currency,
                       placed_at = excluded.placed_at
                 where customer_order.amount is null
                """, new MapSqlParameterSource("id", order.orderId()).addValue("c", order.customerId())
                .addValue("amount", order.amount()).addValue("currency", order.currency())
                .addValue("placedAt", order.placedAt().atOffset(ZoneOffset.UTC))) == 1;
    }

    @Override
    public boolean recordCancelled(UUID orderId, UUID customerId) {
        return jdbc.update("""
                insert into customer_order (order_id, customer_id, cancelled) values (:id, :c, true)
                on conflict (order_id) do update set cancelled = true where not customer_order.cancelled
                """, new MapSqlParameterSource("id", orderId).addValue("c", customerId)) == 1;
    }

    @Override
    public CustomerStatistics recompute(UUID customerId, String baseCurrency) {
        jdbc.update("""
                insert into customer_statistics (customer_id, order_count, total_spent, currency, last_order_at,
                                                 updated_at)
                select :c, count(*), coalesce(sum(amount) filter (where currency = :base), 0), :base, max(placed_at),
                       now()
                  from customer_order where customer_id = :c and not cancelled and amount is not null
                on conflict (customer_id) do update set order_count = excluded.order_count,
                       total_spent = excluded.total_spent, currency = excluded.currency,
                       last_order_at = excluded.last_order_at, updated_at = excluded.updated_at
                """, new MapSqlParameterSource("c", customerId).addValue("base", baseCurrency));
        return find(customerId).orElseThrow();
    }

    /** VND has no minor unit: 5000000.0000 from numeric(19,4) reads as 5000000. */
    private static java.math.BigDecimal scaled(java.math.BigDecimal amount, String currency) {
        return amount.setScale(java.util.Currency.getInstance(currency).getDefaultFractionDigits(),
                java.math.RoundingMode.HALF_UP);
    }

    @Override
    public Optional<CustomerStatistics> find(UUID customerId) {
        return jdbc.query("select * from customer_statistics where customer_id = :c",
                new MapSqlParameterSource("c", customerId), (rs, n) -> {
                    Timestamp last = rs.getTimestamp("last_order_at");
                    return new CustomerStatistics(customerId, rs.getInt("order_count"),
                            scaled(rs.getBigDecimal("total_spent"), rs.getString("currency")), rs.getString("currency"),
                            last == null ? null : last.toInstant());
                }).stream().findFirst();
    }
}
