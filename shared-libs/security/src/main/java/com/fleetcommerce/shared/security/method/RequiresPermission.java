package com.fleetcommerce.shared.security.method;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller must hold this permission ({@code @RequiresPermission("inventory:write")}): staff tokens carry
 * permissions in the {@code permissions} claim; each is an authority as is. Denied -> 403 {@code access-denied}.
 * <p>
 * To let either a staff member with a permission or a service with a scope in, write the expression out:
 * {@code @PreAuthorize("hasAuthority('inventory:write') or hasAuthority('SCOPE_inventory.reserve')")}, or use
 * {@link RequiresPermissionOrScope}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('{value}')")
public @interface RequiresPermission {

    String value();
}
