package com.fleetcommerce.catalog.brand.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.brand.application.BrandSlice;
import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads are public; changes need {@code catalog:write}. */
@RestController
@RequestMapping("/api/v1/brands")
class BrandController {

    static final String WRITE = "catalog:write";

    private final BrandService brands;

    BrandController(BrandService brands) {
        this.brands = brands;
    }

    @GetMapping
    PageResponse<BrandResponse> list(PageQuery page) {
        BrandSlice slice = brands.list(page.page(), page.size());
        return PageResponse.of(slice.items().stream().map(BrandResponse::from).toList(), page, slice.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<BrandResponse> get(@PathVariable UUID id) {
        return withETag(brands.get(id));
    }

    @PostMapping
    @RequiresPermission(WRITE)
    ResponseEntity<BrandResponse> create(@Valid @RequestBody BrandRequest request) {
        Brand created = brands.create(request.name(), request.slugOrNull());
        return ResponseEntity.created(URI.create("/api/v1/brands/" + created.id()))
                .eTag(ETags.of(created.version())).body(BrandResponse.from(created));
    }

    @PutMapping("/{id}")
    @RequiresPermission(WRITE)
    ResponseEntity<BrandResponse> rename(@PathVariable UUID id,
                                         @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                         @Valid @RequestBody RenameBrandRequest request) {
        return withETag(brands.rename(id, ETags.requireIfMatch(ifMatch), request.name()));
    }

    private static ResponseEntity<BrandResponse> withETag(Brand brand) {
        return ResponseEntity.ok().eTag(ETags.of(brand.version())).body(BrandResponse.from(brand));
    }
}
