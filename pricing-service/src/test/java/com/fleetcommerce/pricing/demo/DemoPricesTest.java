package com.fleetcommerce.pricing.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.pricing.price.application.PriceService;
import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo data seeded twice exists once, and the second run publishes nothing. */
@PricingIntegrationTest
class DemoPricesTest {

    @Autowired
    PriceListService lists;

    @Autowired
    PriceService prices;

    @Autowired
    TaxService taxes;

    @Autowired
    ReceivedEvents receivedEvents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedingTwiceCreatesEverythingOnce() {
        DemoPrices demo = new DemoPrices(lists, prices, taxes);
        DemoWarehousePrices warehouses = new DemoWarehousePrices(receivedEvents, lists, demo);
        UUID hanoi = UUID.randomUUID();

        demo.run(null);
        assertThat(warehouses.apply("HN-01", hanoi)).isEqualTo(2);
        assertThat(warehouses.apply("DN-01", UUID.randomUUID())).isZero();
        long priceRows = count("select count(*) from price");
        long events = count("select count(*) from outbox_event where topic = 'pricing.price'");

        demo.run(null);
        assertThat(warehouses.apply("HN-01", hanoi)).isZero();
        assertThat(count("select count(*) from price")).isEqualTo(priceRows);
        assertThat(count("select count(*) from outbox_event where topic = 'pricing.price'")).isEqualTo(events);

        assertThat(count("select count(*) from price_list where code in ('VND-RETAIL', 'USD-RETAIL', 'VND-SALE')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from price p join price_list l on l.id = p.price_list_id"
                + " where l.code = 'VND-SALE' and p.compare_at is not null")).isEqualTo(3);
        assertThat(jdbc.queryForList("select tax_class || '=' || rate::int from tax_rate where country = 'VN' and region = ''"
                + " and tax_class in ('STANDARD', 'REDUCED', 'ESSENTIAL', 'ZERO')", String.class))
                .containsExactlyInAnyOrder("STANDARD=10", "REDUCED=8", "ESSENTIAL=5", "ZERO=0");
        assertThat(count("select count(*) from price where warehouse_id = '" + hanoi + "'")).isEqualTo(2);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
