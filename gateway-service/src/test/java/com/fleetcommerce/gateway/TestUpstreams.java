package com.fleetcommerce.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The services behind the gateway in tests, registered in simple discovery by an initializer of the shared context:
 * <ul>
 * <li>one live {@link TestUpstream} for auth, customer, catalog, warehouse, pricing, order, payment, promotion,
 * review and search;</li>
 * <li>notification-service and shipping-service: a dead address first, then a live upstream (retry tests: the load
 * balancer alternates between the two);</li>
 * <li>user-service: only a dead address (a service that is down);</li>
 * <li>admin-service: not registered at all.</li>
 * </ul>
 */
public final class TestUpstreams implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final TestUpstream AUTH = new TestUpstream("auth-service");
    public static final TestUpstream CUSTOMER = new TestUpstream("customer-service");
    public static final TestUpstream CATALOG = new TestUpstream("catalog-service");
    public static final TestUpstream WAREHOUSE = new TestUpstream("warehouse-service");
    public static final TestUpstream PRICING = new TestUpstream("pricing-service");
    public static final TestUpstream ORDER = new TestUpstream("order-service");
    public static final TestUpstream PAYMENT = new TestUpstream("payment-service");
    public static final TestUpstream PROMOTION = new TestUpstream("promotion-service");
    public static final TestUpstream REVIEW = new TestUpstream("review-service");
    public static final TestUpstream SEARCH = new TestUpstream("search-service");
    public static final TestUpstream NOTIFICATION = new TestUpstream("notification-service");
    public static final TestUpstream SHIPPING = new TestUpstream("shipping-service");
    /** Behind the test-only route {@code /api/v1/flaky/**} ({@link TestRoutes}). */
    public static final TestUpstream FLAKY = new TestUpstream("flaky-service");
    /** Behind the test-only route {@code /api/v1/wobbly/**} ({@link TestRoutes}): retries on 502/503 answers. */
    public static final TestUpstream WOBBLY = new TestUpstream("wobbly-service");

    /** An address where nothing listens: connections are refused at once. */
    public static final String DEAD = "http://127.0.0.1:" + freePort();

    private static final String INSTANCES = "spring.cloud.discovery.client.simple.instances.";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (TestUpstream upstream : new TestUpstream[] { AUTH, CUSTOMER, CATALOG, WAREHOUSE, PRICING, ORDER, PAYMENT,
                PROMOTION, REVIEW, SEARCH, FLAKY, WOBBLY }) {
            properties.put(INSTANCES + upstream.service() + "[0].uri", upstream.uri());
        }
        properties.put(INSTANCES + "notification-service[0].uri", DEAD);
        properties.put(INSTANCES + "notification-service[1].uri", NOTIFICATION.uri());
        properties.put(INSTANCES + "shipping-service[0].uri", DEAD);
        properties.put(INSTANCES + "shipping-service[1].uri", SHIPPING.uri());
        properties.put(INSTANCES + "user-service[0].uri", DEAD);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testUpstreams", properties));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
