package com.fleetcommerce.catalog.productimport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fleetcommerce.catalog.product.web.CreateProductRequest;
import com.fleetcommerce.catalog.productimport.application.ImportProblems;
import com.fleetcommerce.catalog.productimport.application.ImportRow;
import com.fleetcommerce.catalog.productimport.application.ProductImportService;
import com.fleetcommerce.catalog.productimport.application.RowError;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.problem.InvalidValueException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/products/import}: up to 10,000 new products with their SKUs in one request, all or nothing at
 * the check, written in batches. A row has the shape of a single create's body; values that break a create's bean
 * validation are reported first (422 {@code product-import-rejected}, each error with its row), the catalog's rules
 * (uniqueness, references, attribute templates) once every row is well-formed.
 */
@RestController
class ProductImportController {

    private final ProductImportService imports;
    private final Validator validator;

    ProductImportController(ProductImportService imports, Validator validator) {
        this.imports = imports;
        this.validator = validator;
    }

    @PostMapping("/api/v1/products/import")
    @RequiresPermission("catalog:write")
    ImportResponse importProducts(@Valid @RequestBody ImportProductsRequest request) {
        List<ImportProductBody> bodies = request.products();
        List<RowError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            ImportProductBody body = bodies.get(i);
            CreateProductRequest create = body.asCreateRequest();
            Set<ConstraintViolation<CreateProductRequest>> violations = validator.validate(create);
            for (ConstraintViolation<CreateProductRequest> violation : violations) {
                errors.add(new RowError(i, path(violation.getPropertyPath()), RowError.INVALID,
                        violation.getMessage()));
            }
            if (violations.isEmpty()) {
                try {
                    rows.add(new ImportRow(create.toInput(), create.skuInputs(), body.status()));
                } catch (InvalidValueException e) {
                    errors.add(new RowError(i, e.part(), RowError.INVALID, e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ImportProblems.rejected(errors, bodies.size());
        }
        return ImportResponse.from(imports.importAll(rows));
    }

    /** {@code skus[1].options[size]}: the same spelling as the platform's validation problems. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
