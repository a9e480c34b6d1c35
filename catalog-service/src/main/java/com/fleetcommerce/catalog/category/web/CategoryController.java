package com.fleetcommerce.catalog.category.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.category.application.CategoryView;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.http.ETags;
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

/** Reads are public (the storefront menu); changes need {@code catalog:write} and the current ETag. */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

    static final String WRITE = "catalog:write";

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    List<CategoryTreeResponse> tree() {
        return categories.tree().stream().map(CategoryTreeResponse::from).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<CategoryResponse> get(@PathVariable UUID id) {
        return withETag(categories.get(id));
    }

    @PostMapping
    @RequiresPermission(WRITE)
    ResponseEntity<CategoryResponse> create(@Valid @RequestBody CreateCategoryRequest request) {
        Category created = categories.create(request.name(), request.slugOrNull(), request.parentId());
        CategoryView view = categories.get(created.id());
        return ResponseEntity.created(URI.create("/api/v1/categories/" + created.id()))
                .eTag(ETags.of(created.version())).body(CategoryResponse.from(view));
    }

    @PutMapping("/{id}")
    @RequiresPermission(WRITE)
    ResponseEntity<CategoryResponse> rename(@PathVariable UUID id,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody RenameCategoryRequest request) {
        return withETag(categories.rename(id, ETags.requireIfMatch(ifMatch), request.name()));
    }

    @PostMapping("/{id}/move")
    @RequiresPermission(WRITE)
    ResponseEntity<CategoryResponse> move(@PathVariable UUID id,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody MoveCategoryRequest request) {
        return withETag(categories.move(id, ETags.requireIfMatch(ifMatch), request.parentId()));
    }

    private static ResponseEntity<CategoryResponse> withETag(CategoryView view) {
        return ResponseEntity.ok().eTag(ETags.of(view.category().version())).body(CategoryResponse.from(view));
    }
}
