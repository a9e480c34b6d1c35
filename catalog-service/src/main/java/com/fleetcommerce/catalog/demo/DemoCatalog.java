package com.fleetcommerce.catalog.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.brand.application.BrandService;
import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.application.ProductInput;
import com.fleetcommerce.catalog.product.application.ProductQueries;
import com.fleetcommerce.catalog.product.application.ProductService;
import com.fleetcommerce.catalog.product.application.SkuInput;
import com.fleetcommerce.catalog.product.domain.Dimensions;
import com.fleetcommerce.catalog.product.domain.Gtin;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Seo;
import com.fleetcommerce.shared.web.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small demo catalog for local runs: a category tree, a few brands and active products whose SKU codes the
 * warehouse demo stock uses. Keyed by slug (categories, brands, products), so starting the fleet again adds nothing.
 * Enabled by {@code platform.demo-data.enabled=true} (the launcher and docker-compose set it).
 */
@Component
@ConditionalOnProperty(name = "platform.demo-data.enabled", havingValue = "true")
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    private static final String IMAGES = "https://images.fleetcommerce.example/demo/";

    record DemoCategory(String slug, String name, String parentSlug) {
    }

    record DemoBrand(String slug, String name) {
    }

    record DemoSku(String code, Map<String, String> options, int weightGrams, Dimensions dimensions) {
    }

    record DemoProduct(String slug, String name, String description, String brandSlug, String categorySlug,
                       List<DemoSku> skus) {
    }

    static final List<DemoCategory> CATEGORIES = List.of(
            new DemoCategory("fashion", "Fashion", null),
            new DemoCategory("clothing", "Clothing", "fashion"),
            new DemoCategory("t-shirts", "T-shirts", "clothing"),
            new DemoCategory("jeans", "Jeans", "clothing"),
            new DemoCategory("shoes", "Shoes", "fashion"),
            new DemoCategory("bags", "Bags", "fashion"),
            new DemoCategory("electronics", "Electronics", null),
            new DemoCategory("phones", "Phones", "electronics"),
            new DemoCategory("audio", "Audio", "electronics"),
            new DemoCategory("food-and-drink", "Food & drink", null),
            new DemoCategory("coffee", "Coffee", "food-and-drink"));

    static final List<DemoBrand> BRANDS = List.of(
            new DemoBrand("basics-co", "Basics Co."),
            new DemoBrand("denimworks", "DenimWorks"),
            new DemoBrand("stride", "Stride"),
            new DemoBrand("urbanpack", "UrbanPack"),
            new DemoBrand("nova", "Nova"),
            new DemoBrand("soundwave", "SoundWave"),
            new DemoBrand("highland-beans", "Highland Beans"));

    private static final Dimensions FOLDED_SHIRT = new Dimensions(300, 250, 20);
    private static final Dimensions FOLDED_JEANS = new Dimensions(350, 300, 50);
    private static final Dimensions SHOE_BOX = new Dimensions(330, 220, 120);
    private static final Dimensions PHONE_BOX = new Dimensions(180, 95, 60);

    static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("basic-cotton-t-shirt", "Basic cotton T-shirt",
                    "A soft 100% cotton crew-neck T-shirt for every day.", "basics-co", "t-shirts", List.of(
                    new DemoSku("TSHIRT-BASIC-WHT-M", Map.of("colour", "white", "size", "M"), 180, FOLDED_SHIRT),
                    new DemoSku("TSHIRT-BASIC-WHT-L", Map.of("colour", "white", "size", "L"), 190, FOLDED_SHIRT),
                    new DemoSku("TSHIRT-BASIC-BLK-M", Map.of("colour", "black", "size", "M"), 180, FOLDED_SHIRT))),
            new DemoProduct("slim-fit-jeans", "Slim fit jeans",
                    "Stretch denim jeans with a slim fit.", "denimworks", "jeans", List.of(
                    new DemoSku("JEANS-SLIM-BLU-32", Map.of("colour", "blue", "waist", "32"), 650, FOLDED_JEANS),
                    new DemoSku("JEANS-SLIM-BLU-34", Map.of("colour", "blue", "waist", "34"), 680, FOLDED_JEANS))),
            new DemoProduct("running-sneakers", "Running sneakers",
                    "Light cushioned running shoes.", "stride", "shoes", List.of(
                    new DemoSku("SNEAKER-RUN-WHT-42", Map.of("colour", "white", "size", "42"), 900, SHOE_BOX),
                    new DemoSku("SNEAKER-RUN-BLK-43", Map.of("colour", "black", "size", "43"), 920, SHOE_BOX))),
            new DemoProduct("city-backpack", "City backpack",
                    "A 20 litre water-resistant backpack with a laptop sleeve.", "urbanpack", "bags", List.of(
                    new DemoSku("BACKPACK-CITY-GRY", Map.of("colour", "grey"), 850, new Dimensions(450, 300, 150)))),
            new DemoProduct("phone-x1", "Phone X1",
                    "A 6.1 inch smartphone with a dual camera.", "nova", "phones", List.of(
                    new DemoSku("PHONE-X1-128-BLK", Map.of("colour", "black", "storage", "128 GB"), 420, PHONE_BOX),
                    new DemoSku("PHONE-X1-256-BLU", Map.of("colour", "blue", "storage", "256 GB"), 420, PHONE_BOX))),
            new DemoProduct("earbuds-pro", "Earbuds Pro",
                    "Wireless earbuds with active noise cancelling.", "soundwave", "audio", List.of(
                    new DemoSku("EARBUDS-PRO-WHT", Map.of("colour", "white"), 150, new Dimensions(110, 110, 50)))),
            new DemoProduct("arabica-coffee-beans-500g", "Arabica coffee beans 500 g",
                    "Whole Arabica beans from the Central Highlands, medium roast.", "highland-beans", "coffee",
                    List.of(new DemoSku("COFFEE-ARABICA-500G", Map.of("pack", "500 g"), 520,
                            new Dimensions(200, 120, 70)))));

    private final CategoryService categories;
    private final BrandService brands;
    private final ProductService products;
    private final ProductQueries queries;

    DemoCatalog(CategoryService categories, BrandService brands, ProductService products, ProductQueries queries) {
        this.categories = categories;
        this.brands = brands;
        this.products = products;
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoCategory c : CATEGORIES) {
            if (categories.findBySlug(new Slug(c.slug())).isEmpty()) {
                UUID parent = c.parentSlug() == null ? null : category(c.parentSlug()).id();
                created += attempt(() -> categories.create(c.name(), new Slug(c.slug()), parent));
            }
        }
        for (DemoBrand b : BRANDS) {
            if (brands.findBySlug(new Slug(b.slug())).isEmpty()) {
                created += attempt(() -> brands.create(b.name(), new Slug(b.slug())));
            }
        }
        int barcode = 0;
        for (DemoProduct p : PRODUCTS) {
            int first = barcode;
            barcode += p.skus().size();
            created += product(p, first);
        }
        log.info("Demo catalog: {} categories, brands and products created", created);
    }

    private int product(DemoProduct p, int firstBarcode) {
        Optional<Product> existing = queries.findBySlug(new Slug(p.slug()));
        if (existing.isPresent()) {
            Product product = existing.get();
            if (product.status() == ProductStatus.DRAFT) {
                // An earlier start created it but stopped before publishing it.
                attempt(() -> products.changeStatus(product.id(), product.version(), ProductStatus.ACTIVE));
            }
            return 0;
        }
        ProductInput input = new ProductInput(p.name(), new Slug(p.slug()), p.description(),
                brand(p.brandSlug()).id(), List.of(category(p.categorySlug()).id()),
                new Seo(p.name() + " | FleetCommerce", p.description()),
                List.of(new ProductImage(IMAGES + p.slug() + ".jpg", p.name(), 0)));
        int n = firstBarcode;
        List<SkuInput> skus = new ArrayList<>();
        for (DemoSku s : p.skus()) {
            // Vietnam's GS1 prefix 893 and a made-up company number: valid check digits, never a real product.
            skus.add(new SkuInput(s.code(), s.options(), Gtin.withCheckDigit(String.format("893999%06d", n++)),
                    s.weightGrams(), s.dimensions()));
        }
        return attempt(() -> {
            Product product = products.create(input, skus);
            products.changeStatus(product.id(), product.version(), ProductStatus.ACTIVE);
        });
    }

    private Category category(String slug) {
        return categories.findBySlug(new Slug(slug)).orElseThrow();
    }

    private Brand brand(String slug) {
        return brands.findBySlug(new Slug(slug)).orElseThrow();
    }

    /** 1 when created; 0 when another replica created the same thing between our check and our insert. */
    private static int attempt(Runnable create) {
        try {
            create.run();
            return 1;
        } catch (ConflictException anotherReplicaWasFaster) {
            return 0;
        }
    }
}
