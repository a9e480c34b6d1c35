package com.fleetcommerce.warehouse.stock.web;

import java.util.UUID;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.warehouse.stock.application.Paged;
import com.fleetcommerce.warehouse.stock.application.StockService;
import com.fleetcommerce.warehouse.stock.domain.Sku;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stock writes need {@code inventory:write} (staff); reads are open to any authenticated caller, services included. */
@RestController
@RequestMapping("/api/v1")
class StockController {

    static final String WRITE = "inventory:write";
    /** Corrections of counted stock (write-offs, damage, found units) are a separate right from receiving goods. */
    static final String ADJUST = "inventory:adjust";

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @PostMapping("/stock/receipts")
    @RequiresPermission(WRITE)
    StockLevelResponse receive(@Valid @RequestBody ReceiptRequest r) {
        return StockLevelResponse.from(stock.receive(r.sku(), r.warehouseId(), r.quantity(), r.reference(), actor()));
    }

    @PostMapping("/stock/adjustments")
    @RequiresPermission(ADJUST)
    StockLevelResponse adjust(@Valid @RequestBody AdjustmentRequest r) {
        return StockLevelResponse.from(stock.adjust(r.sku(), r.warehouseId(), r.delta(), r.reason().strip(),
                r.reference(), actor()));
    }

    @PostMapping("/stock/transfers")
    @RequiresPermission(WRITE)
    TransferResponse transfer(@Valid @RequestBody TransferRequest r) {
        return TransferResponse.from(stock.transfer(r.sku(), r.fromWarehouseId(), r.toWarehouseId(), r.quantity(),
                r.reason(), r.reference(), actor()));
    }

    @PutMapping("/stock/{sku}/warehouses/{warehouseId}/settings")
    @RequiresPermission(WRITE)
    StockLevelResponse configure(@PathVariable @Pattern(regexp = Sku.REGEX) String sku,
                                 @PathVariable UUID warehouseId, @Valid @RequestBody StockSettingsRequest r) {
        return StockLevelResponse.from(stock.configure(sku, warehouseId, r.safetyStock(), r.lowStockThreshold()));
    }

    @GetMapping("/stock/low-stock")
    PageResponse<StockLevelResponse> lowStock(PageQuery page) {
        return levels(stock.lowStock(page.page(), page.size()), page);
    }

    @GetMapping("/stock/{sku}")
    SkuStockResponse bySku(@PathVariable @Pattern(regexp = Sku.REGEX) String sku) {
        return SkuStockResponse.from(stock.bySku(sku));
    }

    @GetMapping("/stock/{sku}/movements")
    PageResponse<MovementResponse> movements(@PathVariable @Pattern(regexp = Sku.REGEX) String sku, PageQuery page) {
        var result = stock.movements(sku, page.page(), page.size());
        return PageResponse.of(result.items().stream().map(MovementResponse::from).toList(), page, result.total());
    }

    @GetMapping("/warehouses/{warehouseId}/stock")
    PageResponse<StockLevelResponse> byWarehouse(@PathVariable UUID warehouseId, PageQuery page) {
        return levels(stock.byWarehouse(warehouseId, page.page(), page.size()), page);
    }

    private static PageResponse<StockLevelResponse> levels(Paged<StockLevel> result, PageQuery page) {
        return PageResponse.of(result.items().stream().map(StockLevelResponse::from).toList(), page, result.total());
    }

    private static String actor() {
        return CurrentPrincipal.subject().orElse("unknown");
    }
}
