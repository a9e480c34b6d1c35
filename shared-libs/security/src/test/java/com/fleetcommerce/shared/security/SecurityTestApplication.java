package com.fleetcommerce.shared.security;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A service with nothing but this library's security, and endpoints that report who called them. */
@SpringBootConfiguration
// test-support brings the JDBC starter; security needs no database
@EnableAutoConfiguration(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Import(CallerProbeController.class)
public class SecurityTestApplication {
}
