package com.fleetcommerce.shared.web.support;

import com.fleetcommerce.shared.web.testapp.WebTestApplication;
import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the integration tests: the test application on a real port, with a fresh PostgreSQL database (Flyway
 * applies the library's migration). All subclasses share one cached context.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshPostgresDatabase
public abstract class WebIntegrationTest {

    @LocalServerPort
    private int port;

    protected TestHttp http;

    @BeforeEach
    void createClient() {
        http = new TestHttp(port);
    }
}
