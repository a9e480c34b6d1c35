package com.fleetcommerce.gateway.bff.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.gateway.TestUpstream.Reply;
import com.fleetcommerce.gateway.TestUpstreams;
import com.fleetcommerce.gateway.bff.application.BffPages;
import com.fleetcommerce.gateway.bff.application.BffProperties;
import com.fleetcommerce.gateway.bff.application.Caller;
import com.fleetcommerce.gateway.bff.application.PartView;
import com.fleetcommerce.gateway.bff.application.ProductPageView;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryClient;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service that does not run in this fleet yet (discovery knows no instance) is a part that is
 * {@code not-yet-available}, not an outage. The shared integration context registers every service the BFF calls,
 * so this builds the real {@link BffPages} and {@link LoadBalancedServiceCalls} over a discovery that knows
 * catalog-service only (a test upstream), with a WebClient that resolves the name as the load balancer would.
 */
class BffPartsTest {

    @Test
    void aServiceThatIsNotRegisteredIsNotYetAvailable() {
        TestUpstreams.CATALOG.respondWith(request -> request.path().startsWith("/api/v1/products/")
                ? Reply.json(200, "{\"id\":\"" + request.path().substring("/api/v1/products/".length()) + "\"}") : null);
        InstanceProperties catalog = new InstanceProperties();
        catalog.setUri(URI.create(TestUpstreams.CATALOG.uri()));
        SimpleReactiveDiscoveryProperties registered = new SimpleReactiveDiscoveryProperties();
        registered.setInstances(Map.of("catalog-service", List.of(catalog)));
        WebClient byName = WebClient.builder().filter((request, next) -> next.exchange(ClientRequest.from(request)
                .url(UriComponentsBuilder.fromUri(request.url()).uri(URI.create(TestUpstreams.CATALOG.uri()))
                        .replacePath(request.url().getRawPath()).build(true).toUri())
                .build())).build();
        BffPages pages = new BffPages(new LoadBalancedServiceCalls(byName, new SimpleReactiveDiscoveryClient(registered)),
                JsonMapper.builder().build(), new BffProperties(Duration.ofMillis(500), Duration.ofSeconds(2)));

        String id = UUID.randomUUID().toString();
        ProductPageView page;
        try {
            page = pages.productPage(id, new Caller(null, "req-1")).block();
        }
        finally {
            TestUpstreams.CATALOG.respondWith(null);
        }

        assertThat(page.product().path("id").asString()).isEqualTo(id);
        assertThat(page.reviews()).isEqualTo(PartView.missing(PartView.NOT_YET_AVAILABLE));
        assertThat(page.promotions()).isEqualTo(PartView.missing(PartView.NOT_YET_AVAILABLE));
        assertThat(page.missing()).containsExactly("reviews", "promotions");
        assertThat(TestUpstreams.REVIEW.received("/api/v1/reviews?productId=" + id)).isEmpty();
    }
}
