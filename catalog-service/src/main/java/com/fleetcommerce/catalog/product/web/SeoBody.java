package com.fleetcommerce.catalog.product.web;

import com.fleetcommerce.catalog.product.domain.Seo;
import jakarta.validation.constraints.Size;

/** SEO fields in requests and responses. */
public record SeoBody(@Size(max = Seo.MAX_TITLE) String title, @Size(max = Seo.MAX_DESCRIPTION) String description) {

    Seo toDomain() {
        return new Seo(title, description);
    }

    static SeoBody from(Seo seo) {
        return new SeoBody(seo.title(), seo.description());
    }
}
