package com.fleetcommerce.pricing.worker;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs read time from a Clock bean, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
class WorkerClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
