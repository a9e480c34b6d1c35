package com.fleetcommerce.customer.statistics.web;

import java.util.UUID;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.statistics.application.StatisticsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatisticsController {

    private final CustomerAccess access;
    private final StatisticsService statistics;

    StatisticsController(CustomerAccess access, StatisticsService statistics) {
        this.access = access;
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/customers/{id}/statistics")
    StatisticsResponse of(@PathVariable UUID id) {
        return StatisticsResponse.of(statistics.of(access.readable(id).id()));
    }
}
