package com.fleetcommerce.user.rbac.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;

/**
 * Every permission the fleet checks ({@code @RequiresPermission("area:action")}), in one place: a role can only hold
 * permissions listed here, so a typo never becomes a silently useless grant. A service that starts checking a new
 * permission adds it here first.
 */
public final class PermissionCatalogue {

    public static final Set<String> ALL = Set.copyOf(List.of(
            "catalog:read", "catalog:write",
            "inventory:read", "inventory:write", "inventory:adjust", "warehouse:manage",
            "prices:read", "prices:write",
            "orders:read", "orders:write", "orders:refund",
            "customers:read", "customers:write",
            "promotions:read", "promotions:write",
            "reviews:moderate",
            "users:read", "users:manage", "roles:manage", "audit:read",
            "auth:keys:manage",
            "settings:manage"));

    private PermissionCatalogue() {
    }

    /** Sorted, for listings. */
    public static List<String> sorted() {
        return List.copyOf(new TreeSet<>(ALL));
    }

    /** Refuses (422 {@code unknown-permission}) any permission that is not in the catalogue. */
    public static void requireKnown(Collection<String> permissions) {
        TreeSet<String> unknown = new TreeSet<>();
        for (String permission : permissions) {
            if (!ALL.contains(permission)) {
                unknown.add(permission);
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("unknown-permission", "not in the permission catalogue: " + String.join(", ", unknown));
        }
    }
}
