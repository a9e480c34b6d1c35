package com.fleetcommerce.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * catalog-service's code without its API: the same domain, application and persistence beans, minus controllers,
 * the demo seeder and the service's entry point. It runs the background work: the warehouse.stock consumer that
 * keeps the stock read model (Redis + PostgreSQL copy) current ({@code catalog.stock-sync.enabled=true}).
 */
@SpringBootApplication
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.catalog\\..*\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.catalog\\.demo\\..*"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CatalogServiceApplication.class)})
public class CatalogWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogWorkerApplication.class, args);
    }
}
