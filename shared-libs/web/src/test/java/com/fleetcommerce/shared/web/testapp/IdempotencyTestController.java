package com.fleetcommerce.shared.web.testapp;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fleetcommerce.shared.web.idempotency.IdempotencyKeyRequired;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Handlers count their runs per Idempotency-Key (tag) so tests can prove "ran once". */
@RestController
@RequestMapping("/test/idem")
class IdempotencyTestController {

    private final IdempotencyTestControl control;

    IdempotencyTestController(IdempotencyTestControl control) {
        this.control = control;
    }

    record OrderRequest(String item, int quantity) {
    }

    @PostMapping("/orders")
    ResponseEntity<Map<String, Object>> placeOrder(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody OrderRequest request) {
        int number = control.enter(tag("orders", key));
        return ResponseEntity.created(URI.create("/test/idem/orders/" + number))
                .body(Map.of("orderNumber", number, "item", request.item(), "quantity", request.quantity()));
    }

    @PostMapping("/reservations")
    ResponseEntity<Map<String, Object>> reserve(@RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody OrderRequest request) {
        int number = control.enter(tag("reservations", key));
        return ResponseEntity.status(201).body(Map.of("reservationNumber", number, "item", request.item()));
    }

    @PostMapping(path = "/form", consumes = "application/x-www-form-urlencoded")
    ResponseEntity<Map<String, Object>> form(@RequestHeader("Idempotency-Key") String key,
            @RequestParam String item) {
        int number = control.enter(tag("form", key));
        return ResponseEntity.status(201).body(Map.of("formNumber", number, "item", item));
    }

    @PostMapping("/refused")
    void refused(@RequestHeader("Idempotency-Key") String key) {
        control.enter(tag("refused", key));
        throw new ConflictException("The cart was already checked out.");
    }

    @IdempotencyKeyRequired
    @PostMapping("/payments/{orderId}")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String orderId,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        int number = control.enter(tag("payments", key));
        return ResponseEntity.status(201).body(Map.of("paymentNumber", number, "orderId", orderId));
    }

    @PostMapping("/async")
    Callable<ResponseEntity<Map<String, Object>>> async(@RequestHeader("Idempotency-Key") String key,
            @RequestBody OrderRequest request) {
        return () -> {
            int number = control.enter(tag("async", key));
            return ResponseEntity.status(201).body(Map.of("asyncNumber", number, "item", request.item()));
        };
    }

    static String tag(String route, String key) {
        return route + ":" + key;
    }
}
