package com.fleetcommerce.gateway.bff.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Composes the BFF answers. The required part (the product, the account) decides the status: its service's 4xx is
 * passed through, its failure is a 503. Optional parts are fetched in parallel with a short timeout each and are left
 * out (flagged in {@code missing}) when they fail, so a slow review service never slows or breaks a product page.
 */
@Service
public class BffPages {

    static final String CATALOG = "catalog-service";
    static final String REVIEWS = "review-service";
    static final String PROMOTIONS = "promotion-service";
    static final String AUTH = "auth-service";
    static final String CUSTOMERS = "customer-service";

    private final ServiceCalls services;
    private final JsonMapper json;
    private final BffProperties properties;

    public BffPages(ServiceCalls services, JsonMapper json, BffProperties properties) {
        this.services = services;
        this.json = json;
        this.properties = properties;
    }

    public Mono<ProductPageView> productPage(String idOrSlug, Caller caller) {
        String path = isUuid(idOrSlug) ? "/api/v1/products/" + idOrSlug
                : "/api/v1/products/by-slug/" + encode(idOrSlug);
        return required(CATALOG, path, caller).flatMap(product -> {
            String productId = product.path("id").asString(idOrSlug);
            String query = "?productId=" + encode(productId);
            Mono<PartView> reviews = optional(REVIEWS, "/api/v1/reviews" + query + "&size=5", caller);
            Mono<PartView> promotions = optional(PROMOTIONS, "/api/v1/promotions" + query, caller);
            return Mono.zip(reviews, promotions).map(parts -> {
                List<String> missing = new ArrayList<>();
                if (!parts.getT1().available()) {
                    missing.add("reviews");
                }
                if (!parts.getT2().available()) {
                    missing.add("promotions");
                }
                return new ProductPageView(product, parts.getT1(), parts.getT2(), List.copyOf(missing));
            });
        });
    }

    public Mono<MeView> me(Caller caller) {
        return Mono.zip(required(AUTH, "/api/v1/auth/me", caller), optional(CUSTOMERS, "/api/v1/customers/me", caller))
                .map(parts -> new MeView(parts.getT1(), parts.getT2(),
                        parts.getT2().available() ? List.of() : List.of("profile")));
    }

    private Mono<JsonNode> required(String service, String path, Caller caller) {
        return services.get(service, path, caller, properties.productTimeout())
                .onErrorMap(ex -> new ServiceUnavailableException(service, ex))
                .flatMap(response -> {
                    if (response.ok()) {
                        return parse(response).map(Mono::just)
                                .orElseGet(() -> Mono.error(new ServiceUnavailableException(service, null)));
                    }
                    if (response.status() >= 400 && response.status() < 500) {
                        return Mono.error(new UpstreamAnswerException(response));
                    }
                    return Mono.error(new ServiceUnavailableException(service, null));
                });
    }

    private Mono<PartView> optional(String service, String path, Caller caller) {
        return services.isRegistered(service).flatMap(registered -> {
            if (!registered) {
                return Mono.just(PartView.missing(PartView.NOT_YET_AVAILABLE));
            }
            return services.get(service, path, caller, properties.partTimeout())
                    .map(response -> response.ok()
                            ? parse(response).map(PartView::of).orElse(PartView.missing(PartView.UNAVAILABLE))
                            : PartView.missing(PartView.UNAVAILABLE))
                    .onErrorResume(TimeoutException.class, ex -> Mono.just(PartView.missing(PartView.TIMEOUT)))
                    .onErrorResume(ex -> Mono.just(PartView.missing(PartView.UNAVAILABLE)));
        });
    }

    private java.util.Optional<JsonNode> parse(UpstreamResponse response) {
        try {
            return java.util.Optional.of(json.readTree(response.body()));
        }
        catch (JacksonException ex) {
            return java.util.Optional.empty();
        }
    }

    /** Percent-encoded for a path segment or a query value (no '+' for spaces: it means '+' in a path). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean isUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value) != null;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }
}
