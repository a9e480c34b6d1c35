package com.fleetcommerce.user.rbac.domain;

/**
 * A role's permissions changed: everybody holding it has new effective permissions, which must reach auth-service
 * (published in-process, handled in the same transaction by the staff feature).
 */
public record RoleDefinitionChanged(String roleName) {
}
