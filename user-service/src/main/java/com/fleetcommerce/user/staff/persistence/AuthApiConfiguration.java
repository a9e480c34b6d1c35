package com.fleetcommerce.user.staff.persistence;

import java.net.http.HttpClient;

import com.fleetcommerce.shared.security.client.ServiceTokenInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The auth-service client with this service's client-credentials token and short timeouts. */
@Configuration(proxyBeanMethods = false)
class AuthApiConfiguration {

    @Bean
    AuthAccountsClient authAccountsClient(AuthApiProperties properties, RestClient.Builder builder,
                                          ObjectProvider<ServiceTokenInterceptor> serviceToken) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder client = builder.clone().baseUrl(properties.baseUrl()).requestFactory(requests);
        serviceToken.ifAvailable(client::requestInterceptor);
        return new AuthAccountsClient(client.build());
    }
}
