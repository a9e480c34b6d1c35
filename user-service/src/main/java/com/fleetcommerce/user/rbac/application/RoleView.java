package com.fleetcommerce.user.rbac.application;

import java.util.List;

import com.fleetcommerce.user.rbac.domain.Role;

/** A role as the API shows it. */
public record RoleView(String name, String description, boolean builtIn, List<String> permissions, long version) {

    public static RoleView of(Role role) {
        return new RoleView(role.name(), role.description(), role.builtIn(), role.sortedPermissions(), role.version());
    }
}
