package com.fleetcommerce.catalog.brand.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.brand.domain.BrandRepository;
import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.catalog.common.application.CatalogProblems;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff manage brands; everyone reads them. */
@Service
public class BrandService {

    static final String RESOURCE = "brand";

    private final BrandRepository brands;
    private final StaffAudit audit;

    public BrandService(BrandRepository brands, StaffAudit audit) {
        this.brands = brands;
        this.audit = audit;
    }

    /** A brand's slug is its name's unless given; either way it must be free (409 {@code brand-slug-taken}). */
    @Transactional
    public Brand create(String name, Slug slug) {
        Slug chosen = slug != null ? slug : Slug.fromName(name);
        if (brands.findBySlug(chosen).isPresent()) {
            throw CatalogProblems.taken("brand-slug-taken", "brand slug", chosen.value());
        }
        Brand brand = Brand.create(Uuids.v7(), name, chosen);
        try {
            brands.insert(brand);
        } catch (DuplicateKeyException raced) {
            throw CatalogProblems.raced(raced);
        }
        audit.changed("brand.created", RESOURCE, brand.id().toString(), null, auditState(brand));
        return brand;
    }

    @Transactional(readOnly = true)
    public Brand get(UUID id) {
        return brands.findById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    @Transactional(readOnly = true)
    public Optional<Brand> findBySlug(Slug slug) {
        return brands.findBySlug(slug);
    }

    @Transactional(readOnly = true)
    public Map<UUID, Brand> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return brands.findByIds(ids).stream().collect(Collectors.toMap(Brand::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public BrandSlice list(int page, int size) {
        return new BrandSlice(brands.findPage(page, size), brands.count());
    }

    @Transactional
    public Brand rename(UUID id, long expectedVersion, String name) {
        Brand brand = brands.lockById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        CatalogProblems.requireVersion(expectedVersion, brand.version());
        Map<String, Object> before = auditState(brand);
        brand.rename(name);
        long version = brands.rename(brand);
        audit.changed("brand.renamed", RESOURCE, id.toString(), before, auditState(brand));
        return Brand.restore(brand.id(), brand.name(), brand.slug(), version);
    }

    private static Map<String, Object> auditState(Brand brand) {
        return Map.of("name", brand.name(), "slug", brand.slug().value());
    }
}
