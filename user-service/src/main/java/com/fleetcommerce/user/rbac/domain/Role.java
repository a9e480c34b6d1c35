package com.fleetcommerce.user.rbac.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fleetcommerce.shared.web.problem.BusinessRuleException;

/**
 * A named set of permissions. Built-in roles (seeded by Flyway) are the platform's vocabulary and cannot be changed
 * or deleted through the API; custom roles can.
 */
public record Role(String name, String description, boolean builtIn, Set<String> permissions, long version) {

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9-]{1,62}[a-z0-9]$");

    public Role {
        permissions = Set.copyOf(new TreeSet<>(permissions));
    }

    /** A new custom role; its name and permissions are checked. */
    public static Role custom(String name, String description, Collection<String> permissions) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BusinessRuleException("invalid-role-name",
                    "a role name is 3-64 lower-case letters, digits and dashes, starting with a letter");
        }
        PermissionCatalogue.requireKnown(permissions);
        return new Role(name, description == null ? "" : description, false, Set.copyOf(permissions), 0);
    }

    /** The same role with a new description and permission set; built-in roles refuse. */
    public Role redefine(String newDescription, Collection<String> newPermissions) {
        requireCustom("changed");
        PermissionCatalogue.requireKnown(newPermissions);
        return new Role(name, newDescription == null ? description : newDescription, false, Set.copyOf(newPermissions),
                version);
    }

    public void requireCustom(String what) {
        if (builtIn) {
            throw new BusinessRuleException("built-in-role", "the built-in role " + name + " cannot be " + what);
        }
    }

    public List<String> sortedPermissions() {
        return List.copyOf(new TreeSet<>(permissions));
    }
}
