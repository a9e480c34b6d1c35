package com.fleetcommerce.catalog.attribute.web;

import java.net.URI;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.AttributePage;
import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads are public (the storefront builds its filters from them); changes need {@code catalog:write}. */
@RestController
@RequestMapping("/api/v1/attributes")
class AttributeController {

    static final String WRITE = "catalog:write";

    private final AttributeService attributes;

    AttributeController(AttributeService attributes) {
        this.attributes = attributes;
    }

    /** By code. */
    @GetMapping
    PageResponse<AttributeResponse> list(PageQuery page) {
        AttributePage result = attributes.page(page.page(), page.size());
        return PageResponse.of(result.items().stream().map(AttributeResponse::from).toList(), page, result.total());
    }

    @GetMapping("/{id}")
    ResponseEntity<AttributeResponse> get(@PathVariable UUID id) {
        return withETag(attributes.get(id));
    }

    @PostMapping
    @RequiresPermission(WRITE)
    ResponseEntity<AttributeResponse> create(@Valid @RequestBody CreateAttributeRequest request) {
        AttributeDefinition created = attributes.create(request.toInput());
        return ResponseEntity.created(URI.create("/api/v1/attributes/" + created.id()))
                .eTag(ETags.of(created.version())).body(AttributeResponse.from(created));
    }

    @PutMapping("/{id}")
    @RequiresPermission(WRITE)
    ResponseEntity<AttributeResponse> revise(@PathVariable UUID id,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ReviseAttributeRequest request) {
        return withETag(attributes.revise(id, ETags.requireIfMatch(ifMatch), request.name(), request.unit(),
                request.allowedValues()));
    }

    private static ResponseEntity<AttributeResponse> withETag(AttributeDefinition definition) {
        return ResponseEntity.ok().eTag(ETags.of(definition.version())).body(AttributeResponse.from(definition));
    }
}
