package com.fleetcommerce.warehouse.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fleetcommerce.warehouse.stock.application.StockService;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo stock for the catalog's demo SKUs, received into the demo warehouses (after {@link DemoWarehouses}).
 * A level that already holds stock is left alone, so starting the fleet again receives nothing twice.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoStock implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStock.class);
    static final String REFERENCE = "demo-data";

    /** SKU -> quantity per demo warehouse code. Some SKUs are deliberately scarce or held in one place only. */
    static final Map<String, Map<String, Long>> STOCK = Map.ofEntries(
            Map.entry("TSHIRT-BASIC-WHT-M", Map.of("HN-01", 120L, "HCM-01", 150L, "DN-01", 40L)),
            Map.entry("TSHIRT-BASIC-WHT-L", Map.of("HN-01", 80L, "HCM-01", 90L)),
            Map.entry("TSHIRT-BASIC-BLK-M", Map.of("HN-01", 60L, "HCM-01", 75L, "CT-01", 20L)),
            Map.entry("JEANS-SLIM-BLU-32", Map.of("HN-01", 35L, "HCM-01", 50L)),
            Map.entry("JEANS-SLIM-BLU-34", Map.of("HCM-01", 12L)),
            Map.entry("SNEAKER-RUN-WHT-42", Map.of("HN-01", 18L, "DN-01", 6L, "HCM-01", 25L)),
            Map.entry("SNEAKER-RUN-BLK-43", Map.of("HCM-01", 4L)),
            Map.entry("BACKPACK-CITY-GRY", Map.of("HN-01", 40L, "HP-01", 15L, "HCM-01", 45L)),
            Map.entry("PHONE-X1-128-BLK", Map.of("HN-01", 25L, "HCM-01", 30L)),
            Map.entry("PHONE-X1-256-BLU", Map.of("HCM-01", 8L)),
            Map.entry("EARBUDS-PRO-WHT", Map.of("HN-01", 70L, "DN-01", 20L, "HCM-01", 90L, "CT-01", 10L)),
            Map.entry("COFFEE-ARABICA-500G", Map.of("HN-01", 200L, "DN-01", 80L, "HCM-01", 260L, "CT-01", 60L)));

    private final WarehouseService warehouses;
    private final StockService stock;

    DemoStock(WarehouseService warehouses, StockService stock) {
        this.warehouses = warehouses;
        this.stock = stock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int received = 0;
        for (var sku : STOCK.entrySet()) {
            List<String> stocked = stock.bySku(sku.getKey()).levels().stream()
                    .filter(level -> level.onHand() > 0).map(level -> level.warehouseCode()).toList();
            for (var place : sku.getValue().entrySet()) {
                Optional<Warehouse> warehouse = warehouses.findByCode(place.getKey());
                if (warehouse.isEmpty() || stocked.contains(place.getKey())) {
                    continue;
                }
                stock.receive(sku.getKey(), warehouse.get().id(), place.getValue(), REFERENCE, "system:demo-data");
                received++;
            }
        }
        log.info("Demo stock: {} levels received", received);
    }
}
