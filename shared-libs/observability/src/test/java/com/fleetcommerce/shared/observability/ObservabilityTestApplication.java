package com.fleetcommerce.shared.observability;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A minimal service: only what this library and Boot auto-configure, plus one traced endpoint. */
@SpringBootConfiguration
// test-support brings the JDBC starter; this library has nothing to do with a database
@EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import(TraceProbeController.class)
public class ObservabilityTestApplication {
}
