package com.fleetcommerce.warehouse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * warehouse-service's code without its API: the same domain, application and persistence beans (so entity and
 * repository scanning cover the same package), minus controllers, the demo seeder and the service's own entry
 * point, plus the scheduled jobs in {@code worker}.
 */
@SpringBootApplication
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.warehouse\\..*\\.web\\..*"),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.fleetcommerce\\.warehouse\\.demo\\..*"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = WarehouseServiceApplication.class)})
public class WarehouseWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(WarehouseWorkerApplication.class, args);
    }
}
