package com.fleetcommerce.warehouse.warehouse.application;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import com.fleetcommerce.shared.web.problem.BusinessRuleException;
import org.springframework.http.HttpStatus;

/**
 * The warehouses a staff member may act on. Their token names them (the {@code warehouses} claim, from user-service)
 * when they are limited to some; then every write that touches another warehouse is refused with 403
 * {@code warehouse-not-permitted}, before anything changes. Callers without that claim (admins, services, the
 * background jobs, which run without a caller) are not limited.
 */
public final class WarehouseAccess {

    public static final String NOT_PERMITTED = "warehouse-not-permitted";

    private WarehouseAccess() {
    }

    /** Refuses unless the caller may act on every one of these warehouses. */
    public static void require(UUID... warehouseIds) {
        requireAll(Arrays.asList(warehouseIds));
    }

    public static void requireAll(Collection<UUID> warehouseIds) {
        limits().ifPresent(caller -> {
            List<UUID> refused = warehouseIds.stream().distinct().filter(id -> !caller.mayActOnWarehouse(id))
                    .sorted().toList();
            if (!refused.isEmpty()) {
                throw new BusinessRuleException(NOT_PERMITTED, HttpStatus.FORBIDDEN,
                        "you may not act on warehouse(s) " + refused, Map.of("warehouseIds", refused));
            }
        });
    }

    /** Refuses callers limited to some warehouses: for what concerns every warehouse (a new one, a full run). */
    public static void requireUnlimited(String what) {
        limits().ifPresent(caller -> {
            throw new BusinessRuleException(NOT_PERMITTED, HttpStatus.FORBIDDEN,
                    "you are limited to some warehouses and may not " + what,
                    Map.of("warehouseIds", caller.warehouses().stream().sorted().toList()));
        });
    }

    /** The warehouses a limited caller may use; empty when the caller is not limited. */
    public static Set<UUID> permitted() {
        return limits().map(PlatformPrincipal::warehouses).orElse(Set.of());
    }

    private static Optional<PlatformPrincipal> limits() {
        return CurrentPrincipal.get().filter(p -> !p.warehouses().isEmpty());
    }
}
