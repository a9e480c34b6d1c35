package com.fleetcommerce.pricing;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class PricingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PricingServiceApplication.class, args);
    }

    /** "Now" for resolution and events; a bean so tests can move time (pricing-worker has its own, see WorkerClock). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
