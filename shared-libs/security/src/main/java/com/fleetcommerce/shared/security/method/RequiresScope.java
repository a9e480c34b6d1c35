package com.fleetcommerce.shared.security.method;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller must hold this OAuth2 scope ({@code @RequiresScope("inventory.reserve")}): what service-to-service
 * endpoints check on client-credentials tokens. Denied -> 403 {@code access-denied}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('SCOPE_{value}')")
public @interface RequiresScope {

    String value();
}
