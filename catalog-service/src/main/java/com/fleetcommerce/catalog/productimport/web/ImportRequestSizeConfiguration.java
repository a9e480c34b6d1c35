package com.fleetcommerce.catalog.productimport.web;

import com.fleetcommerce.shared.web.autoconfigure.PlatformWebProperties;
import com.fleetcommerce.shared.web.http.RequestSizeLimitFilter;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Replaces shared-web's {@code requestSizeLimitFilter} registration (it backs off for a bean of that name) with one
 * that keeps {@code platform.web.max-request-size} everywhere but allows
 * {@code catalog.product-import.max-request-size} (default 16 MB) on the import. Same order and dispatcher types as
 * the platform's. shared-web has no per-path setting yet; once it has one, this class should go.
 */
@Configuration(proxyBeanMethods = false)
class ImportRequestSizeConfiguration {

    @Bean
    FilterRegistrationBean<ImportAwareSizeLimitFilter> requestSizeLimitFilter(PlatformWebProperties platform,
            ProblemResponseWriter problems,
            @Value("${catalog.product-import.max-request-size:16MB}") DataSize importLimit) {
        FilterRegistrationBean<ImportAwareSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new ImportAwareSizeLimitFilter(
                        new RequestSizeLimitFilter(platform.maxRequestSize().toBytes(), problems),
                        new RequestSizeLimitFilter(importLimit.toBytes(), problems)));
        registration.setOrder(RequestSizeLimitFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
