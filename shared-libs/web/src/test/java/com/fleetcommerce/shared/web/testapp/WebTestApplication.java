package com.fleetcommerce.shared.web.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal service using shared-web the way a real one does: only its own controllers are scanned, everything from
 * the library arrives through auto-configuration.
 */
@SpringBootApplication
public class WebTestApplication {
}
