package com.fleetcommerce.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context catalog-service's integration tests share: the real application on a random port, its own
 * PostgreSQL database, its own Redis database, an embedded Kafka broker (with the warehouse.stock and pricing.price consumers on), the
 * test JWT issuer, and no warehouse-service. Tests share the database, so each one
 * works inside categories, brands and slugs it created itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"catalog.stock-sync.enabled=true", "catalog.price-sync.enabled=true",
                // nothing listens on port 1: warehouse-service is unreachable here (the fleet's system tests cover
                // the path where it answers)
                "catalog.warehouse-api.base-url=http://127.0.0.1:1"})
@FreshPostgresDatabase
@IsolatedRedis
@WithEmbeddedKafka
@WithTestJwtIssuer
public @interface CatalogIntegrationTest {
}
