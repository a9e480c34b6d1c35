package com.fleetcommerce.shared.audit;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A service with nothing but the auto-configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class AuditTestApplication {
}
