package com.fleetcommerce.shared.web.testapp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.money.Money;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Endpoints that fail in every way a real service can, to check each problem response. */
@RestController
@RequestMapping("/test/problems")
class ProblemTestController {

    static final String SECRET_MESSAGE = "connection to db-prod-7 failed for user admin password=hunter2";

    record LineRequest(@NotBlank String sku, @Min(1) int quantity) {
    }

    record CreateOrderRequest(@NotBlank String customerName, @NotNull @Valid Money total,
            @NotNull @Size(min = 1) List<@Valid LineRequest> lines, @Size(min = 8) String password) {
    }

    @PostMapping("/orders")
    Map<String, Object> create(@Valid @RequestBody CreateOrderRequest request) {
        return Map.of("customerName", request.customerName(), "total", request.total());
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam @Min(1) @Max(50) int limit, @RequestParam @NotBlank String q) {
        return Map.of("limit", limit, "q", q);
    }

    @GetMapping("/items/{id}")
    Map<String, Object> item(@PathVariable UUID id) {
        throw new ResourceNotFoundException("Product", id);
    }

    @GetMapping("/typed")
    Map<String, Object> typed(@RequestParam int count) {
        return Map.of("count", count);
    }

    @GetMapping("/required-param")
    Map<String, Object> requiredParam(@RequestParam String sku) {
        return Map.of("sku", sku);
    }

    @GetMapping("/required-header")
    Map<String, Object> requiredHeader(@RequestHeader("X-Warehouse") String warehouse) {
        return Map.of("warehouse", warehouse);
    }

    @PostMapping(path = "/json-only", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jsonOnly(@RequestBody Map<String, Object> body) {
        return body;
    }

    @GetMapping(path = "/produces-json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> producesJson() {
        return Map.of("ok", true);
    }

    @GetMapping("/get-only")
    Map<String, Object> getOnly() {
        return Map.of("ok", true);
    }

    @PostMapping("/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return Map.of("keys", body.size());
    }

    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> upload(@RequestPart("file") MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    @PostMapping("/optimistic-lock")
    void optimisticLock() {
        throw new OptimisticLockingFailureException("Row was updated or deleted by another transaction (id=42)");
    }

    @PostMapping("/jpa-optimistic-lock")
    void jpaOptimisticLock() {
        throw new jakarta.persistence.OptimisticLockException("Stale entity com.acme.Order#42");
    }

    @PostMapping("/conflict")
    void conflict() {
        throw new ConflictException("The order was already submitted.");
    }

    @PutMapping("/versioned")
    ResponseEntity<Map<String, Object>> versioned(@RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long current = 3;
        ETags.requireMatch(ifMatch, current);
        return ResponseEntity.ok().eTag(ETags.of(current + 1)).body(Map.of("version", current + 1));
    }

    @GetMapping("/denied")
    void denied() {
        throw new AccessDeniedException("no permission inventory:write");
    }

    @PostMapping("/business-rule")
    void businessRule() {
        throw new BusinessRuleException("insufficient-stock", HttpStatus.UNPROCESSABLE_CONTENT,
                "Only 3 units of SKU-1 are available.", Map.of("sku", "SKU-1", "available", 3));
    }

    @GetMapping("/boom")
    void boom() {
        throw new IllegalStateException(SECRET_MESSAGE);
    }

    @GetMapping("/currency-mismatch")
    Money currencyMismatch() {
        return Money.of("1.00", "USD").plus(Money.of("1", "VND"));
    }

    @GetMapping("/gone")
    void gone() {
        throw new ResponseStatusException(HttpStatus.GONE, "This catalogue was archived.");
    }
}
