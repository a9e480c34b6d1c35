package com.fleetcommerce.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.warehouse.WarehouseIntegrationTest;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@WarehouseIntegrationTest
class DemoWarehousesTest {

    @Autowired
    WarehouseService warehouses;

    @Test
    void seedingTwiceCreatesEachDemoWarehouseOnce() {
        DemoWarehouses seed = new DemoWarehouses(warehouses);
        seed.run(new DefaultApplicationArguments());
        long afterFirst = warehouses.list(null, 0, 1).total();
        seed.run(new DefaultApplicationArguments());

        assertThat(warehouses.list(null, 0, 1).total()).isEqualTo(afterFirst);
        for (DemoWarehouses.Demo demo : DemoWarehouses.WAREHOUSES) {
            assertThat(warehouses.findByCode(demo.code())).as(demo.code()).isPresent();
        }
        assertThat(warehouses.findByCode("HCM-01").orElseThrow().address().province()).isEqualTo("Ho Chi Minh");
    }
}
