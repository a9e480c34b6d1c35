package com.fleetcommerce.gateway.bff.persistence;

import java.util.List;

import com.fleetcommerce.gateway.bff.application.ServiceCalls;
import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The BFF's WebClient: load-balanced over discovery and observed (so {@code traceparent} goes out). Built here
 * because no WebClient.Builder is auto-configured on this classpath.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCallsConfiguration {

    @Bean
    ServiceCalls serviceCalls(ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers,
                              ObservationRegistry observations, ReactiveDiscoveryClient discovery) {
        HttpClient http = HttpClient.create().option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000);
        WebClient webClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .filter(new ReactorLoadBalancerExchangeFilterFunction(loadBalancers, List.of()))
                .observationRegistry(observations)
                // the gateway's proxy already records http.client.requests with other tag keys; Prometheus refuses a
                // second meter of the same name with different keys, so the BFF's calls get a name of their own
                .observationConvention(new DefaultClientRequestObservationConvention("gateway.bff.client.requests"))
                .build();
        return new LoadBalancedServiceCalls(webClient, discovery);
    }
}
