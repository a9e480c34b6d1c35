package com.fleetcommerce.warehouse.warehouse.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseSlice;
import com.fleetcommerce.warehouse.warehouse.domain.Warehouse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff manage warehouses ({@code warehouse:manage}); any authenticated caller may read them. */
@RestController
@RequestMapping("/api/v1/warehouses")
class WarehouseController {

    static final String MANAGE = "warehouse:manage";

    private final WarehouseService warehouses;

    WarehouseController(WarehouseService warehouses) {
        this.warehouses = warehouses;
    }

    @PostMapping
    @RequiresPermission(MANAGE)
    ResponseEntity<WarehouseResponse> open(@Valid @RequestBody OpenWarehouseRequest request) {
        Warehouse created = warehouses.open(request.code(), request.details());
        return ResponseEntity.created(URI.create("/api/v1/warehouses/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(WarehouseResponse.from(created));
    }

    @GetMapping("/{id}")
    ResponseEntity<WarehouseResponse> get(@PathVariable UUID id) {
        return withETag(warehouses.get(id));
    }

    @GetMapping
    PageResponse<WarehouseResponse> list(@RequestParam(required = false) Boolean active, PageQuery page) {
        WarehouseSlice slice = warehouses.list(active, page.page(), page.size());
        return PageResponse.of(slice.items().stream().map(WarehouseResponse::from).toList(), page, slice.total());
    }

    @PutMapping("/{id}")
    @RequiresPermission(MANAGE)
    ResponseEntity<WarehouseResponse> describe(@PathVariable UUID id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody DescribeWarehouseRequest request) {
        return withETag(warehouses.describe(id, ETags.requireIfMatch(ifMatch), request.details()));
    }

    @PostMapping("/{id}/deactivate")
    @RequiresPermission(MANAGE)
    ResponseEntity<WarehouseResponse> deactivate(@PathVariable UUID id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(warehouses.setActive(id, ETags.requireIfMatch(ifMatch), false));
    }

    @PostMapping("/{id}/activate")
    @RequiresPermission(MANAGE)
    ResponseEntity<WarehouseResponse> activate(@PathVariable UUID id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(warehouses.setActive(id, ETags.requireIfMatch(ifMatch), true));
    }

    private static ResponseEntity<WarehouseResponse> withETag(Warehouse warehouse) {
        return ResponseEntity.ok().eTag(ETags.of(warehouse.version())).body(WarehouseResponse.from(warehouse));
    }
}
