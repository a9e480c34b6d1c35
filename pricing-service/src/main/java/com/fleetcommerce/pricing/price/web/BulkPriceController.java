package com.fleetcommerce.pricing.price.web;

import com.fleetcommerce.pricing.price.application.BulkImportResult;
import com.fleetcommerce.pricing.price.application.BulkPriceImport;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Bulk import of prices (staff, {@code prices:write}): every row checked first, then applied in JDBC batches. */
@RestController
class BulkPriceController {

    private final BulkPriceImport importer;

    BulkPriceController(BulkPriceImport importer) {
        this.importer = importer;
    }

    @PutMapping("/api/v1/prices/bulk")
    @RequiresPermission("prices:write")
    BulkImportResult put(@Valid @RequestBody BulkPriceRequest request) {
        return importer.apply(request.rows().stream().map(BulkPriceRowBody::row).toList());
    }
}
