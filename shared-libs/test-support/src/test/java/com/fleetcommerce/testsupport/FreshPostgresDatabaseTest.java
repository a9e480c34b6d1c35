package com.fleetcommerce.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class FreshPostgresDatabaseTest {

    private final PostgresTestServer server = PostgresTestServer.fromEnvironment();

    @Test
    void eachContextGetsItsOwnDatabaseWhichIsDroppedOnClose() throws Exception {
        var first = startContext();
        var second = startContext();
        String firstUrl = first.getEnvironment().getProperty("spring.datasource.url");
        String secondUrl = second.getEnvironment().getProperty("spring.datasource.url");

        assertThat(firstUrl).isNotEqualTo(secondUrl);
        assertThat(PostgresTestServer.databaseName(firstUrl)).startsWith("it_");
        try (Connection connection = DriverManager.getConnection(firstUrl, server.user(), server.password());
             ResultSet rs = connection.createStatement().executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(PostgresTestServer.databaseName(firstUrl));
        }
        assertThat(server.exists(firstUrl)).isTrue();

        first.close();
        assertThat(server.exists(firstUrl)).isFalse();
        assertThat(server.exists(secondUrl)).isTrue();
        second.close();
        assertThat(server.exists(secondUrl)).isFalse();
    }

    @Test
    void customizersAreEqualSoContextsAreCached() {
        assertThat(new FreshPostgresDatabaseContextCustomizerFactory.Customizer())
                .isEqualTo(new FreshPostgresDatabaseContextCustomizerFactory.Customizer())
                .hasSameHashCodeAs(new FreshPostgresDatabaseContextCustomizerFactory.Customizer());
    }

    @Test
    void refusesToDropADatabaseItDidNotCreate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> server.dropDatabase("jdbc:postgresql://127.0.0.1:5432/postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private GenericApplicationContext startContext() {
        var context = new GenericApplicationContext();
        new FreshPostgresDatabaseContextCustomizerFactory.Customizer().customizeContext(context, null);
        context.refresh();
        return context;
    }
}
