package com.fleetcommerce.shared.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method (or a whole controller): a request without an {@code Idempotency-Key} header is refused with
 * 428 {@code idempotency-key-required}. Use it where acting twice would move money or stock twice.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotencyKeyRequired {
}
