package com.fleetcommerce.warehouse.reservation.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.shared.security.method.RequiresPermissionOrScope;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.warehouse.reservation.application.ReservationCombiner;
import com.fleetcommerce.warehouse.reservation.application.ReservationService;
import com.fleetcommerce.warehouse.reservation.application.ReserveOutcome;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reservations are made by order-service at checkout (client-credentials token with scope {@code inventory.reserve})
 * or by staff with {@code inventory:write}.
 */
@RestController
@RequestMapping("/api/v1/reservations")
@RequiresPermissionOrScope(permission = "inventory:write", scope = "inventory.reserve")
class ReservationController {

    private final ReservationService reservations;
    private final ReservationCombiner combiner;

    ReservationController(ReservationService reservations, ReservationCombiner combiner) {
        this.reservations = reservations;
        this.combiner = combiner;
    }

    /** 201 for a new reservation; 200 with the same reservation when the key was seen before with the same body. */
    @PostMapping
    ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReserveRequest request) {
        ReserveOutcome outcome = combiner.reserve(request.toDomain(), actor());
        ReservationResponse body = ReservationResponse.from(outcome.reservation());
        if (!outcome.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/v1/reservations/" + body.id())).body(body);
    }

    @GetMapping("/{id}")
    ReservationResponse get(@PathVariable UUID id) {
        return ReservationResponse.from(reservations.get(id));
    }

    @PostMapping("/{id}/commit")
    ReservationResponse commit(@PathVariable UUID id) {
        return ReservationResponse.from(reservations.commit(id, actor()));
    }

    @PostMapping("/{id}/release")
    ReservationResponse release(@PathVariable UUID id) {
        return ReservationResponse.from(reservations.release(id, actor()));
    }

    private static String actor() {
        return CurrentPrincipal.subject().orElse("unknown");
    }
}
