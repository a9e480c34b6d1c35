package com.fleetcommerce.shared.events.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTypesTest {

    @EventType("warehouse.stock.changed.v1")
    record StockChanged(String sku) implements EventPayload {
    }

    @EventType("StockChanged")
    record Unversioned(String sku) implements EventPayload {
    }

    record NotAnnotated(String sku) implements EventPayload {
    }

    @Test
    void readsTheDeclaredType() {
        assertThat(EventTypes.typeOf(StockChanged.class)).isEqualTo("warehouse.stock.changed.v1");
    }

    @Test
    void rejectsTypesWithoutVersionOrAnnotation() {
        assertThatThrownBy(() -> EventTypes.typeOf(Unversioned.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v1");
        assertThatThrownBy(() -> EventTypes.typeOf(NotAnnotated.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validatesTheFormat() {
        assertThat(EventTypes.isValid("order.order-line.added.v12")).isTrue();
        assertThat(EventTypes.isValid("warehouse.stock.changed")).isFalse();
        assertThat(EventTypes.isValid("stock.v1")).isFalse();
        assertThat(EventTypes.isValid("Warehouse.stock.changed.v1")).isFalse();
    }
}
