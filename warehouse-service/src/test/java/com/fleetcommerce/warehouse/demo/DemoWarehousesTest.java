package com.fleetcommerce.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.warehouse.WarehouseIntegrationTest;
import com.fleetcommerce.warehouse.stock.application.StockService;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@WarehouseIntegrationTest
class DemoWarehousesTest {

    @Autowired
    WarehouseService warehouses;
    @Autowired
    StockService stock;

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

    @Test
    void demoStockIsReceivedOnceIntoTheDemoWarehouses() {
        new DemoWarehouses(warehouses).run(new DefaultApplicationArguments());
        DemoStock seed = new DemoStock(warehouses, stock);
        seed.run(new DefaultApplicationArguments());
        seed.run(new DefaultApplicationArguments());

        var coffee = stock.bySku("COFFEE-ARABICA-500G").levels();
        assertThat(coffee).hasSize(4);
        assertThat(coffee.stream().mapToLong(level -> level.onHand()).sum()).isEqualTo(200 + 80 + 260 + 60);
        assertThat(stock.bySku("JEANS-SLIM-BLU-34").levels()).singleElement()
                .satisfies(level -> assertThat(level.warehouseCode()).isEqualTo("HCM-01"));
        // Every demo SKU ended up with exactly the planned quantities, not doubled by the second run.
        DemoStock.STOCK.forEach((sku, plan) -> assertThat(stock.bySku(sku).levels().stream()
                .mapToLong(level -> level.onHand()).sum())
                .as(sku).isEqualTo(plan.values().stream().mapToLong(Long::longValue).sum()));
    }
}
