package com.fleetcommerce.pricing.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.pricing.price.application.PriceListTerms;
import com.fleetcommerce.pricing.price.application.PriceService;
import com.fleetcommerce.pricing.price.application.PutPrice;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo prices for the catalog's demo SKUs (catalog-service {@code DemoCatalog}): a VND retail list (tax included),
 * a USD list (tax excluded), a VND sale list with compare-at prices, and Vietnam's VAT rates (10 / 8 / 5 / 0 %).
 * Lists are keyed by code and a price is put only where its (list, SKU) has none, so starting again changes
 * nothing and publishes nothing, and a price a person changed is left alone. Prices go through {@link PriceService},
 * so they publish {@code pricing.price} events like any other change.
 *
 * <p>Warehouse-specific demo prices need the warehouses' ids, which warehouse-service generates: see
 * {@link DemoWarehousePrices}.
 */
@Component
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoPrices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPrices.class);

    static final String VND_RETAIL = "VND-RETAIL";
    static final String USD_RETAIL = "USD-RETAIL";
    static final String VND_SALE = "VND-SALE";

    record DemoPrice(String sku, String vnd, String usd, String taxClass) {
    }

    /** SKU, VND (tax included), USD (tax excluded), tax class. */
    static final List<DemoPrice> PRICES = List.of(
            new DemoPrice("TSHIRT-BASIC-WHT-M", "199000", "8.99", "STANDARD"),
            new DemoPrice("TSHIRT-BASIC-WHT-L", "199000", "8.99", "STANDARD"),
            new DemoPrice("TSHIRT-BASIC-BLK-M", "219000", "9.49", "STANDARD"),
            new DemoPrice("JEANS-SLIM-BLU-32", "599000", "24.99", "STANDARD"),
            new DemoPrice("JEANS-SLIM-BLU-34", "599000", "24.99", "STANDARD"),
            new DemoPrice("SNEAKER-RUN-WHT-42", "1290000", "52.00", "STANDARD"),
            new DemoPrice("SNEAKER-RUN-BLK-43", "1290000", "52.00", "STANDARD"),
            new DemoPrice("BACKPACK-CITY-GRY", "749000", "29.90", "STANDARD"),
            new DemoPrice("PHONE-X1-128-BLK", "8990000", "359.00", "REDUCED"),
            new DemoPrice("PHONE-X1-256-BLU", "10490000", "419.00", "REDUCED"),
            new DemoPrice("EARBUDS-PRO-WHT", "1990000", "79.00", "STANDARD"),
            new DemoPrice("COFFEE-ARABICA-500G", "185000", "7.50", "ESSENTIAL"));

    /** On sale in VND: SKU -> sale price (the retail price is the compare-at price). */
    static final Map<String, String> SALE = Map.of(
            "TSHIRT-BASIC-BLK-M", "159000",
            "SNEAKER-RUN-WHT-42", "990000",
            "EARBUDS-PRO-WHT", "1590000");

    static final Map<String, String> VIETNAM_VAT = Map.of("STANDARD", "10", "REDUCED", "8", "ESSENTIAL", "5",
            "ZERO", "0");

    private final PriceListService lists;
    private final PriceService prices;
    private final TaxService taxes;

    DemoPrices(PriceListService lists, PriceService prices, TaxService taxes) {
        this.lists = lists;
        this.prices = prices;
        this.taxes = taxes;
    }

    @Override
    public void run(ApplicationArguments args) {
        VIETNAM_VAT.forEach((taxClass, rate) -> taxes.putRate(taxClass, "VN", "", new BigDecimal(rate)));
        PriceList vnd = list(VND_RETAIL, "VND", PriceListKind.REGULAR, 0, true, "Retail (VND, VAT included)");
        PriceList usd = list(USD_RETAIL, "USD", PriceListKind.REGULAR, 0, false, "Retail (USD, tax excluded)");
        PriceList sale = list(VND_SALE, "VND", PriceListKind.SALE, 10, true, "Sale (VND)");
        int put = 0;
        for (DemoPrice demo : PRICES) {
            put += putIfMissing(vnd, demo.sku(), demo.vnd(), null, demo.taxClass());
            put += putIfMissing(usd, demo.sku(), demo.usd(), null, demo.taxClass());
            String salePrice = SALE.get(demo.sku());
            if (salePrice != null) {
                put += putIfMissing(sale, demo.sku(), salePrice, demo.vnd(), demo.taxClass());
            }
        }
        log.info("Demo prices: {} prices put, VAT rates for VN set", put);
    }

    private PriceList list(String code, String currency, PriceListKind kind, int priority, boolean taxInclusive,
                           String name) {
        return lists.findByCode(code).orElseGet(() -> {
            try {
                return lists.create(code, currency, kind,
                        new PriceListTerms(name, priority, null, null, null, taxInclusive));
            } catch (ConflictException anotherReplicaWasFaster) {
                return lists.findByCode(code).orElseThrow();
            }
        });
    }

    int putIfMissing(PriceList list, String sku, String amount, String compareAt, String taxClass) {
        return putIfMissing(list, sku, null, amount, compareAt, taxClass);
    }

    int putIfMissing(PriceList list, String sku, UUID warehouseId, String amount, String compareAt, String taxClass) {
        if (prices.exists(list.id(), PriceTarget.sku(sku, warehouseId))) {
            return 0;
        }
        prices.put(list.id(), new PutPrice(sku, null, warehouseId, list.currency().getCurrencyCode(),
                new BigDecimal(amount), compareAt == null ? null : new BigDecimal(compareAt), List.of(), null, null,
                taxClass));
        return 1;
    }
}
