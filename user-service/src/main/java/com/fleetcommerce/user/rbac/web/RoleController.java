package com.fleetcommerce.user.rbac.web;

import java.util.List;

import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.user.rbac.application.RoleService;
import com.fleetcommerce.user.rbac.application.RoleView;
import com.fleetcommerce.user.rbac.domain.PermissionCatalogue;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Roles and the permission catalogue: read with {@code users:read}, change with {@code roles:manage}. */
@RestController
@RequestMapping("/api/v1")
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    @GetMapping("/permissions")
    @RequiresPermission("users:read")
    PermissionCatalogueResponse permissions() {
        return new PermissionCatalogueResponse(PermissionCatalogue.sorted());
    }

    @GetMapping("/roles")
    @RequiresPermission("users:read")
    List<RoleView> list() {
        return roles.list();
    }

    @GetMapping("/roles/{name}")
    @RequiresPermission("users:read")
    RoleView get(@PathVariable String name) {
        return roles.get(name);
    }

    @PostMapping("/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("roles:manage")
    RoleView create(@Valid @RequestBody RoleRequest request) {
        if (request.name() == null || request.name().isBlank()) {
            throw new InvalidParameterException("name", "must not be blank", request.name());
        }
        return roles.create(request.name(), request.description(), request.permissions());
    }

    @PutMapping("/roles/{name}")
    @RequiresPermission("roles:manage")
    RoleView redefine(@PathVariable String name, @Valid @RequestBody RoleRequest request) {
        return roles.redefine(name, request.description(), request.permissions());
    }

    @DeleteMapping("/roles/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("roles:manage")
    void delete(@PathVariable String name) {
        roles.delete(name);
    }
}
