package com.fleetcommerce.warehouse;

import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared context of the tests that drive the service through its HTTP API, with an {@link ApiClient} and
 * {@link StockFixtures} ready before the subclass's own {@code @BeforeEach}.
 */
@WarehouseIntegrationTest
public abstract class WarehouseApiTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;
    protected StockFixtures fixtures;

    @BeforeEach
    void connectApi() {
        api = new ApiClient(port);
        fixtures = new StockFixtures(api, jdbc);
    }
}
