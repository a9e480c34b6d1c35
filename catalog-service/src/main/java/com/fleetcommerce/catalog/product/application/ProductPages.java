package com.fleetcommerce.catalog.product.application;

import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import org.springframework.stereotype.Service;

/**
 * Product detail reads: the public through {@link PublicProductCache} (no transaction, no query on a hit), staff
 * always from the database (they see drafts and must see their own edits exactly).
 */
@Service
public class ProductPages {

    private final ProductQueries queries;
    private final PublicProductCache cache;

    public ProductPages(ProductQueries queries, PublicProductCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    public ProductView byId(UUID id, boolean staff) {
        if (staff) {
            return queries.get(id, true);
        }
        ProductView cached = cache.find(id);
        return cached != null ? cached : remember(queries.get(id, false));
    }

    public ProductView bySlug(Slug slug, boolean staff) {
        if (staff) {
            return queries.bySlug(slug, true);
        }
        ProductView cached = cache.find(slug);
        return cached != null ? cached : remember(queries.bySlug(slug, false));
    }

    private ProductView remember(ProductView view) {
        cache.put(view);
        return view;
    }
}
