package com.fleetcommerce.pricing.price.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.pricing.price.domain.PriceList;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff API of price lists: reads need {@code prices:read} (or write), changes {@code prices:write}. */
@RestController
@RequestMapping("/api/v1/price-lists")
class PriceListController {

    static final String CAN_READ = "hasAuthority('prices:read') or hasAuthority('prices:write')";

    private final PriceListService lists;

    PriceListController(PriceListService lists) {
        this.lists = lists;
    }

    @PostMapping
    @RequiresPermission("prices:write")
    ResponseEntity<PriceListResponse> create(@Valid @RequestBody CreatePriceListRequest request) {
        PriceList created = lists.create(request.code(), request.currency(), request.kindOrDefault(), request.terms());
        return ResponseEntity.created(URI.create("/api/v1/price-lists/" + created.id()))
                .eTag(ETags.of(created.version()))
                .body(PriceListResponse.of(created));
    }

    @GetMapping
    @PreAuthorize(CAN_READ)
    PageResponse<PriceListResponse> list(PageQuery page) {
        return lists.page(page).map(PriceListResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CAN_READ)
    ResponseEntity<PriceListResponse> get(@PathVariable UUID id) {
        return withETag(lists.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceListResponse> revise(@PathVariable UUID id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody RevisePriceListRequest request) {
        return withETag(lists.revise(id, ETags.requireIfMatch(ifMatch), request.terms()));
    }

    @PostMapping("/{id}/deactivate")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceListResponse> deactivate(@PathVariable UUID id,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(lists.setActive(id, ETags.requireIfMatch(ifMatch), false));
    }

    @PostMapping("/{id}/activate")
    @RequiresPermission("prices:write")
    ResponseEntity<PriceListResponse> activate(@PathVariable UUID id,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(lists.setActive(id, ETags.requireIfMatch(ifMatch), true));
    }

    private static ResponseEntity<PriceListResponse> withETag(PriceList list) {
        return ResponseEntity.ok().eTag(ETags.of(list.version())).body(PriceListResponse.of(list));
    }
}
