package com.fleetcommerce.catalog.attribute.web;

import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.CategoryTemplateService;
import com.fleetcommerce.catalog.attribute.application.CategoryTemplateView;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A category's attribute template. The template is part of the category, so the ETag is the category's and a
 * replacement bumps the category's version (a rename or move prepared before it is then refused, and vice versa).
 */
@RestController
@RequestMapping("/api/v1/categories/{id}/attributes")
class CategoryAttributesController {

    private final CategoryTemplateService templates;

    CategoryAttributesController(CategoryTemplateService templates) {
        this.templates = templates;
    }

    @GetMapping
    ResponseEntity<CategoryAttributesResponse> get(@PathVariable UUID id) {
        return withETag(templates.get(id));
    }

    @PutMapping
    @RequiresPermission(AttributeController.WRITE)
    ResponseEntity<CategoryAttributesResponse> replace(@PathVariable UUID id,
                                                       @RequestHeader(name = "If-Match", required = false)
                                                       String ifMatch,
                                                       @Valid @RequestBody TemplateRequest request) {
        return withETag(templates.replace(id, ETags.requireIfMatch(ifMatch),
                request.attributes().stream().map(TemplateLineBody::toLine).toList()));
    }

    private static ResponseEntity<CategoryAttributesResponse> withETag(CategoryTemplateView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.category().version()))
                .body(CategoryAttributesResponse.from(view));
    }
}
