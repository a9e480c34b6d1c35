package com.fleetcommerce.pricing.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import com.fleetcommerce.shared.events.kafka.ReceivedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Warehouse-specific demo prices (cheaper in the big Hanoi and Ho Chi Minh City centres). warehouse-service generates
 * warehouse ids, and pricing has no other way to learn them, so in demo mode only this listener reads
 * {@code warehouse.stock}: the first stock event of HN-01 or HCM-01 names the warehouse's id, and its prices are put
 * unless they exist (idempotent like {@link DemoPrices}). Not a production consumer: nothing else depends on it.
 */
@Component
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoWarehousePrices {

    private static final Logger log = LoggerFactory.getLogger(DemoWarehousePrices.class);

    record WarehousePrice(String sku, String vnd, String taxClass) {
    }

    static final Map<String, List<WarehousePrice>> PRICES = Map.of(
            "HN-01", List.of(new WarehousePrice("COFFEE-ARABICA-500G", "175000", "ESSENTIAL"),
                    new WarehousePrice("TSHIRT-BASIC-WHT-M", "189000", "STANDARD")),
            "HCM-01", List.of(new WarehousePrice("COFFEE-ARABICA-500G", "169000", "ESSENTIAL"),
                    new WarehousePrice("BACKPACK-CITY-GRY", "699000", "STANDARD")));

    private final ReceivedEvents receivedEvents;
    private final PriceListService lists;
    private final DemoPrices demo;

    DemoWarehousePrices(ReceivedEvents receivedEvents, PriceListService lists, DemoPrices demo) {
        this.receivedEvents = receivedEvents;
        this.lists = lists;
        this.demo = demo;
    }

    @KafkaListener(topics = "warehouse.stock", groupId = "pricing-demo-warehouse-prices")
    void on(ConsumerRecord<String, JsonNode> record) {
        if (!"warehouse.stock.changed.v1".equals(ReceivedEvents.type(record))) {
            return;
        }
        StockChangedEvent event = receivedEvents.from(record, StockChangedEvent.class).payload();
        apply(event.warehouseCode(), event.warehouseId());
    }

    /** @return the prices put (0 when the warehouse has none in the demo, or they exist) */
    int apply(String warehouseCode, UUID warehouseId) {
        List<WarehousePrice> prices = PRICES.get(warehouseCode);
        if (prices == null || warehouseId == null) {
            return 0;
        }
        var retail = lists.findByCode(DemoPrices.VND_RETAIL);
        if (retail.isEmpty()) {
            return 0;
        }
        int put = 0;
        for (WarehousePrice price : prices) {
            put += demo.putIfMissing(retail.get(), price.sku(), warehouseId, price.vnd(), null, price.taxClass());
        }
        if (put > 0) {
            log.info("Demo prices: {} prices put for warehouse {}", put, warehouseCode);
        }
        return put;
    }
}
