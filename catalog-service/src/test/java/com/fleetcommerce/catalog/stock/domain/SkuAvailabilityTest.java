package com.fleetcommerce.catalog.stock.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SkuAvailabilityTest {

    private static final Instant T = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void totalsOrdersByWarehouseCodeAndTakesTheNewestChangeAsAsOf() {
        WarehouseStock south = new WarehouseStock("S", UUID.randomUUID(), "SOUTH", 3, 1, 2, 4, T);
        WarehouseStock north = new WarehouseStock("S", UUID.randomUUID(), "NORTH", 9, 0, 9, 1, T.plusSeconds(5));

        SkuAvailability availability = SkuAvailability.of("S", List.of(south, north), StockSource.REDIS);

        assertThat(availability.warehouses()).containsExactly(north, south);
        assertThat(availability.totalAvailable()).isEqualTo(11);
        assertThat(availability.inStock()).isTrue();
        assertThat(availability.asOf()).isEqualTo(T.plusSeconds(5));
    }

    @Test
    void nothingAvailableIsOutOfStockAndNoWarehouseHasNoAsOf() {
        WarehouseStock empty = new WarehouseStock("S", UUID.randomUUID(), "A", 2, 2, 0, 1, T);
        assertThat(SkuAvailability.of("S", List.of(empty), StockSource.DATABASE_COPY).inStock()).isFalse();
        SkuAvailability none = SkuAvailability.of("S", List.of(), StockSource.DATABASE_COPY);
        assertThat(none.inStock()).isFalse();
        assertThat(none.asOf()).isNull();
    }

    @Test
    void onlyAStrictlyHigherVersionSupersedes() {
        UUID w = UUID.randomUUID();
        WarehouseStock v2 = new WarehouseStock("S", w, "A", 1, 0, 1, 2, T);
        assertThat(new WarehouseStock("S", w, "A", 5, 0, 5, 3, T).supersedes(v2)).isTrue();
        assertThat(new WarehouseStock("S", w, "A", 5, 0, 5, 2, T).supersedes(v2)).isFalse();
        assertThat(new WarehouseStock("S", w, "A", 5, 0, 5, 1, T).supersedes(v2)).isFalse();
        assertThat(v2.supersedes(null)).isTrue();
    }

    @Test
    void keepsMicrosecondsLikeTheDatabaseAndRefusesNegativeVersions() {
        WarehouseStock s = new WarehouseStock("S", UUID.randomUUID(), "A", 1, 0, 1, 0,
                Instant.parse("2026-05-01T12:00:00.123456789Z"));
        assertThat(s.changedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00.123456Z"));
        assertThatThrownBy(() -> new WarehouseStock("S", UUID.randomUUID(), "A", 1, 0, 1, -1, T))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
