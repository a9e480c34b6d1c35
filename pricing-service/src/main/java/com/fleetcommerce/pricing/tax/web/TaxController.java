package com.fleetcommerce.pricing.tax.web;

import java.util.List;

import com.fleetcommerce.pricing.tax.application.TaxService;
import com.fleetcommerce.pricing.tax.domain.TaxClass;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import jakarta.validation.Valid;
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

/** Tax classes and rates (staff): reads {@code prices:read} (or write), changes {@code prices:write}. */
@RestController
@RequestMapping("/api/v1/tax-classes")
class TaxController {

    private final TaxService taxes;

    TaxController(TaxService taxes) {
        this.taxes = taxes;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('prices:read') or hasAuthority('prices:write')")
    List<TaxClassResponse> list() {
        return taxes.classesWithRates().entrySet().stream()
                .map(e -> new TaxClassResponse(e.getKey().code(), e.getKey().name(),
                        e.getValue().stream().map(TaxRateResponse::of).toList()))
                .toList();
    }

    @PutMapping("/{code}")
    @RequiresPermission("prices:write")
    TaxClassResponse putClass(@PathVariable String code, @Valid @RequestBody PutTaxClassRequest request) {
        TaxClass taxClass = taxes.putClass(code, request.name());
        return new TaxClassResponse(taxClass.code(), taxClass.name(),
                taxes.classesWithRates().getOrDefault(taxClass, List.of()).stream().map(TaxRateResponse::of).toList());
    }

    @PutMapping("/{code}/rates")
    @RequiresPermission("prices:write")
    TaxRateResponse putRate(@PathVariable String code, @Valid @RequestBody PutTaxRateRequest request) {
        return TaxRateResponse.of(taxes.putRate(code, request.country(), request.region(), request.rate()));
    }

    @DeleteMapping("/{code}/rates")
    @RequiresPermission("prices:write")
    ResponseEntity<Void> deleteRate(@PathVariable String code, @RequestParam String country,
                                    @RequestParam(required = false) String region) {
        taxes.deleteRate(code, country, region);
        return ResponseEntity.noContent().build();
    }
}
