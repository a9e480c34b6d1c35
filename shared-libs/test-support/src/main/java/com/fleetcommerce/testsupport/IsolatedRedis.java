package com.fleetcommerce.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points {@code spring.data.redis.*} at a Redis logical database reserved for this test context.
 *
 * <p>Databases 1 to 15 of the local server ({@code TEST_REDIS_HOST}/{@code TEST_REDIS_PORT}, default
 * 127.0.0.1:6379) are claimed with an expiring lock key in database 0, flushed when claimed and when released, so
 * test contexts (also in other JVMs) never see each other's keys. Database 0 is left to a locally running fleet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface IsolatedRedis {
}
