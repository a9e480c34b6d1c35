package com.fleetcommerce.catalog.product.web;

import com.fleetcommerce.catalog.product.domain.ProductImage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Image metadata; position 0 is the main image. */
public record ImageBody(
        @NotBlank @Size(max = ProductImage.MAX_URL)
        @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an absolute http(s) URL") String url,
        @Size(max = ProductImage.MAX_ALT) String alt,
        @NotNull @Min(0) @Max(ProductImage.MAX_POSITION) Integer position) {

    ProductImage toDomain() {
        return new ProductImage(url, alt, position);
    }

    static ImageBody from(ProductImage image) {
        return new ImageBody(image.url(), image.alt(), image.position());
    }
}
