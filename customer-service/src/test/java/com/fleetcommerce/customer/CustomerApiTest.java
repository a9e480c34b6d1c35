package com.fleetcommerce.customer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared context of the API tests, with a fresh {@link CustomerFixtures} per test (closed after it, after the
 * subclass's own {@code @AfterEach}).
 */
@CustomerIntegrationTest
public abstract class CustomerApiTest {

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected JdbcTemplate jdbc;

    protected CustomerFixtures fixtures;

    @BeforeEach
    void openFixtures() {
        fixtures = new CustomerFixtures(port, bootstrapServers, jdbc);
    }

    @AfterEach
    void closeFixtures() {
        fixtures.close();
    }
}
