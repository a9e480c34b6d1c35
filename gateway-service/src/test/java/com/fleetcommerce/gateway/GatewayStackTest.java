package com.fleetcommerce.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The gateway uses shared-web for its problem codes with everything servlet- and database-bound excluded; this keeps
 * it so: a reactive application, no servlet API, Spring MVC or JDBC on the classpath.
 */
@GatewayIntegrationTest
class GatewayStackTest {

    @Autowired
    ApplicationContext context;

    @Test
    void runsOnTheReactiveStackOnly() {
        assertThat(context).isInstanceOf(ReactiveWebServerApplicationContext.class);
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("jakarta.servlet.Servlet", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet", loader)).isFalse();
        assertThat(ClassUtils.isPresent("javax.sql.DataSource", loader)).isTrue(); // the JDK's, not a pool
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
    }
}
