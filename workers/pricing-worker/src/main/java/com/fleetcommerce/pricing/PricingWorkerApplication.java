package com.fleetcommerce.pricing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * pricing-service's code without its API: the same domain, application and persistence beans, minus controllers,
 * the demo seeders and the service's own entry point (and with it the service's Clock; {@code worker.WorkerClock}
 * provides one), plus the scheduled job in {@code worker} and the catalog.product consumer
 * ({@code pricing.catalog-sync.enabled=true}).
 */
@SpringBootApplication
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.pricing\\..*\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.pricing\\.demo\\..*"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PricingServiceApplication.class)})
public class PricingWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PricingWorkerApplication.class, args);
    }
}
