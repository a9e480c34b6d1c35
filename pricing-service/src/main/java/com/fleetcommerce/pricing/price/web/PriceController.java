package com.fleetcommerce.pricing.price.web;

import java.util.Currency;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.pricing.price.application.PriceService;
import com.fleetcommerce.pricing.price.application.PricingProblems;
import com.fleetcommerce.pricing.price.application.PutOutcome;
import com.fleetcommerce.pricing.price.domain.PriceTarget;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Prices of one list: put (upsert by sku | product + warehouse), delete, page. */
@RestController
@RequestMapping("/api/v1/price-lists/{listId}/prices")
class PriceController {

    private final PriceService prices;
    private final PriceListService lists;

    PriceController(PriceService prices, PriceListService lists) {
        this.prices = prices;
        this.lists = lists;
    }

    /** 201 when the (list, target) had no price, 200 when it replaced one. */
    @PutMapping
    @RequiresPermission("prices:write")
    ResponseEntity<PriceResponse> put(@PathVariable UUID listId, @Valid @RequestBody PutPriceRequest request) {
        PutOutcome outcome = prices.put(listId, request.command());
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PriceResponse.of(outcome.price(), currencyOf(listId)));
    }

    @DeleteMapping
    @RequiresPermission("prices:write")
    ResponseEntity<Void> delete(@PathVariable UUID listId, @RequestParam(required = false) String sku,
                                @RequestParam(required = false) UUID productId,
                                @RequestParam(required = false) UUID warehouseId) {
        PriceTarget target = PricingProblems.checked(() -> new PriceTarget(sku, productId, warehouseId));
        prices.delete(listId, target);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @PreAuthorize(PriceListController.CAN_READ)
    PageResponse<PriceResponse> page(@PathVariable UUID listId, PageQuery page) {
        Currency currency = currencyOf(listId);
        return prices.page(listId, page).map(price -> PriceResponse.of(price, currency));
    }

    private Currency currencyOf(UUID listId) {
        return lists.get(listId).currency();
    }
}
