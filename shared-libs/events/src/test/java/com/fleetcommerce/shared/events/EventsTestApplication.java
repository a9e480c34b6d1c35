package com.fleetcommerce.shared.events;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A service with nothing but the auto-configuration (no component scan, so each context picks its own extras). */
@SpringBootConfiguration
@EnableAutoConfiguration
public class EventsTestApplication {
}
