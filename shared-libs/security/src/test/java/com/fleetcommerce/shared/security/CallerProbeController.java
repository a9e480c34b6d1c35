package com.fleetcommerce.shared.security;

import java.util.Map;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.security.method.RequiresPermissionOrScope;
import com.fleetcommerce.shared.security.method.RequiresScope;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints guarded in each of the ways services guard theirs. */
@RestController
class CallerProbeController {

    @GetMapping("/api/v1/me")
    CallerView me(@AuthenticationPrincipal PlatformPrincipal caller, Authentication authentication) {
        return view(caller, authentication);
    }

    @PostMapping("/api/v1/stock-adjustments")
    @RequiresPermission("inventory:write")
    CallerView adjustStock(@AuthenticationPrincipal PlatformPrincipal caller, Authentication authentication) {
        return view(caller, authentication);
    }

    @PostMapping("/api/v1/reservations")
    @RequiresScope("inventory.reserve")
    CallerView reserve(@AuthenticationPrincipal PlatformPrincipal caller, Authentication authentication) {
        return view(caller, authentication);
    }

    @PostMapping("/api/v1/reservations/{id}/release")
    @RequiresPermissionOrScope(permission = "inventory:write", scope = "inventory.reserve")
    CallerView release(@PathVariable String id, @AuthenticationPrincipal PlatformPrincipal caller,
                       Authentication authentication) {
        return view(caller, authentication);
    }

    @GetMapping("/api/v1/admin/settings")
    @PreAuthorize("hasRole('ADMIN') and hasAuthority('ACCOUNT_STAFF')")
    Map<String, String> adminSettings() {
        return Map.of("currency", "VND");
    }

    @GetMapping("/api/v1/products/{id}")
    Map<String, String> product(@PathVariable String id) {
        return Map.of("id", id, "caller", CurrentPrincipal.subject().orElse("anonymous"));
    }

    @PostMapping("/api/v1/products")
    Map<String, String> createProduct() {
        return Map.of("created", "yes");
    }

    @GetMapping("/api/v1/categories")
    Map<String, String> categories() {
        return Map.of("categories", "all");
    }

    @PostMapping("/api/v1/categories")
    Map<String, String> createCategory() {
        return Map.of("created", "yes");
    }

    private static CallerView view(PlatformPrincipal caller, Authentication authentication) {
        return CallerView.of(caller, authentication.getName(), CurrentPrincipal.require().subject(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
    }
}
