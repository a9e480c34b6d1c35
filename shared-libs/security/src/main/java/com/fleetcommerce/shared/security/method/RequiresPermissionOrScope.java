package com.fleetcommerce.shared.security.method;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An operation both staff (by permission) and other services (by scope) may perform, e.g. a stock reservation made by
 * an operator in the admin app or by order-service at checkout:
 * {@code @RequiresPermissionOrScope(permission = "inventory:write", scope = "inventory.reserve")}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('{permission}') or hasAuthority('SCOPE_{scope}')")
public @interface RequiresPermissionOrScope {

    String permission();

    String scope();
}
