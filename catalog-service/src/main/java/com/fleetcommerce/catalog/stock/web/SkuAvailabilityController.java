package com.fleetcommerce.catalog.stock.web;

import com.fleetcommerce.catalog.stock.application.SkuStockReader;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public availability of a SKU from the stock read model (the product page's stock badge). */
@RestController
@RequestMapping("/api/v1/availability")
class SkuAvailabilityController {

    /** The SKU code format the warehouse enforces. */
    static final String SKU = "[A-Z0-9][A-Z0-9._-]{0,63}";

    private final SkuStockReader reader;

    SkuAvailabilityController(SkuStockReader reader) {
        this.reader = reader;
    }

    @GetMapping("/{sku}")
    SkuAvailabilityResponse availability(@PathVariable @Pattern(regexp = SKU, message = "must be a SKU code such as "
            + "TSHIRT-BASIC-WHT-M") String sku) {
        return SkuAvailabilityResponse.from(reader.availability(sku));
    }
}
