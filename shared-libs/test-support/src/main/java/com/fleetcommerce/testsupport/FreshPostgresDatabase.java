package com.fleetcommerce.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the Spring test context its own brand-new database on the local PostgreSQL server.
 *
 * <p>The database is created when the context starts, {@code spring.datasource.*} points at it, and it is dropped
 * when the context closes. Test classes with the same configuration share one cached context and so one database.
 * The server is {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) with
 * {@code TEST_POSTGRES_USER} / {@code TEST_POSTGRES_PASSWORD} (default {@code postgres} / empty).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface FreshPostgresDatabase {
}
