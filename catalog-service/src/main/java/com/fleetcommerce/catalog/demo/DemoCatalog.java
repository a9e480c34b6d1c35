package com.fleetcommerce.catalog.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.AttributeService;
import com.fleetcommerce.catalog.attribute.application.CategoryTemplateService;
import com.fleetcommerce.catalog.attribute.application.CategoryTemplateView;
import com.fleetcommerce.catalog.attribute.application.NewAttribute;
import com.fleetcommerce.catalog.attribute.application.TemplateLine;
import com.fleetcommerce.catalog.attribute.domain.AttributeType;
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
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.domain.Seo;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A small demo catalog for local runs: a category tree, a few brands and active products whose SKU codes the
 * warehouse demo stock uses, with attribute definitions, category templates and the products' values. Keyed by
 * slug (categories, brands, products) and code (attributes), so starting the fleet again adds nothing.
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
                       List<DemoSku> skus, Map<String, Object> attributes) {
    }

    record DemoTemplate(String categorySlug, List<TemplateLine> lines) {
    }

    private static final List<String> MATERIALS = List.of("cotton", "denim", "leather", "mesh", "nylon",
            "polyester");

    static final List<NewAttribute> ATTRIBUTES = List.of(
            new NewAttribute("material", "Material", AttributeType.ENUM, null, null, null, null, MATERIALS),
            new NewAttribute("fit", "Fit", AttributeType.ENUM, null, null, null, null,
                    List.of("slim", "regular", "relaxed")),
            new NewAttribute("capacity", "Capacity", AttributeType.NUMBER, "l", BigDecimal.ONE,
                    BigDecimal.valueOf(100), null, null),
            new NewAttribute("screen_size", "Screen size", AttributeType.NUMBER, "in", BigDecimal.ONE,
                    BigDecimal.valueOf(20), null, null),
            new NewAttribute("noise_cancelling", "Active noise cancelling", AttributeType.BOOLEAN, null, null, null,
                    null, null),
            new NewAttribute("roast", "Roast", AttributeType.ENUM, null, null, null, null,
                    List.of("light", "medium", "dark")),
            new NewAttribute("origin", "Origin", AttributeType.TEXT, null, null, null, 100, null));

    /** Own templates; children inherit them (every fashion product may name its material). */
    static final List<DemoTemplate> TEMPLATES = List.of(
            new DemoTemplate("fashion", List.of(new TemplateLine("material", false))),
            new DemoTemplate("jeans", List.of(new TemplateLine("fit", true))),
            new DemoTemplate("bags", List.of(new TemplateLine("capacity", false))),
            new DemoTemplate("phones", List.of(new TemplateLine("screen_size", true))),
            new DemoTemplate("audio", List.of(new TemplateLine("noise_cancelling", false))),
            new DemoTemplate("food-and-drink", List.of(new TemplateLine("origin", false))),
            new DemoTemplate("coffee", List.of(new TemplateLine("roast", true))));

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
                    new DemoSku("TSHIRT-BASIC-BLK-M", Map.of("colour", "black", "size", "M"), 180, FOLDED_SHIRT)),
                    Map.of("material", "cotton")),
            new DemoProduct("slim-fit-jeans", "Slim fit jeans",
                    "Stretch denim jeans with a slim fit.", "denimworks", "jeans", List.of(
                    new DemoSku("JEANS-SLIM-BLU-32", Map.of("colour", "blue", "waist", "32"), 650, FOLDED_JEANS),
                    new DemoSku("JEANS-SLIM-BLU-34", Map.of("colour", "blue", "waist", "34"), 680, FOLDED_JEANS)),
                    Map.of("material", "denim", "fit", "slim")),
            new DemoProduct("running-sneakers", "Running sneakers",
                    "Light cushioned running shoes.", "stride", "shoes", List.of(
                    new DemoSku("SNEAKER-RUN-WHT-42", Map.of("colour", "white", "size", "42"), 900, SHOE_BOX),
                    new DemoSku("SNEAKER-RUN-BLK-43", Map.of("colour", "black", "size", "43"), 920, SHOE_BOX)),
                    Map.of("material", "mesh")),
            new DemoProduct("city-backpack", "City backpack",
                    "A 20 litre water-resistant backpack with a laptop sleeve.", "urbanpack", "bags", List.of(
                    new DemoSku("BACKPACK-CITY-GRY", Map.of("colour", "grey"), 850, new Dimensions(450, 300, 150))),
                    Map.of("material", "polyester", "capacity", BigDecimal.valueOf(20))),
            new DemoProduct("phone-x1", "Phone X1",
                    "A 6.1 inch smartphone with a dual camera.", "nova", "phones", List.of(
                    new DemoSku("PHONE-X1-128-BLK", Map.of("colour", "black", "storage", "128 GB"), 420, PHONE_BOX),
                    new DemoSku("PHONE-X1-256-BLU", Map.of("colour", "blue", "storage", "256 GB"), 420, PHONE_BOX)),
                    Map.of("screen_size", new BigDecimal("6.1"))),
            new DemoProduct("earbuds-pro", "Earbuds Pro",
                    "Wireless earbuds with active noise cancelling.", "soundwave", "audio", List.of(
                    new DemoSku("EARBUDS-PRO-WHT", Map.of("colour", "white"), 150, new Dimensions(110, 110, 50))),
                    Map.of("noise_cancelling", true)),
            new DemoProduct("arabica-coffee-beans-500g", "Arabica coffee beans 500 g",
                    "Whole Arabica beans from the Central Highlands, medium roast.", "highland-beans", "coffee",
                    List.of(new DemoSku("COFFEE-ARABICA-500G", Map.of("pack", "500 g"), 520,
                            new Dimensions(200, 120, 70))),
                    Map.of("roast", "medium", "origin", "Central Highlands, Vietnam")));

    private final CategoryService categories;
    private final BrandService brands;
    private final ProductService products;
    private final ProductQueries queries;
    private final AttributeService attributes;
    private final CategoryTemplateService templates;

    DemoCatalog(CategoryService categories, BrandService brands, ProductService products, ProductQueries queries,
                AttributeService attributes, CategoryTemplateService templates) {
        this.categories = categories;
        this.brands = brands;
        this.products = products;
        this.queries = queries;
        this.attributes = attributes;
        this.templates = templates;
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
        for (NewAttribute a : ATTRIBUTES) {
            if (attributes.findByCodes(List.of(a.code())).isEmpty()) {
                created += attempt(() -> attributes.create(a));
            }
        }
        for (DemoTemplate t : TEMPLATES) {
            Category category = category(t.categorySlug());
            CategoryTemplateView current = templates.get(category.id());
            // Only an empty template is filled: one staff have edited stays theirs.
            if (current.own().isEmpty()) {
                created += attempt(() -> templates.replace(category.id(), current.category().version(), t.lines()));
            }
        }
        int barcode = 0;
        for (DemoProduct p : PRODUCTS) {
            int first = barcode;
            barcode += p.skus().size();
            created += product(p, first);
        }
        log.info("Demo catalog: {} categories, brands, attributes, templates and products created", created);
    }

    private int product(DemoProduct p, int firstBarcode) {
        Optional<Product> existing = queries.findBySlug(new Slug(p.slug()));
        if (existing.isPresent()) {
            Product stored = existing.get();
            if (stored.content().attributes().isEmpty()) {
                // Seeded before attributes existed: give it its values.
                ProductContent c = stored.content();
                attempt(() -> products.describe(stored.id(), stored.version(), new ProductInput(c.name(), c.slug(),
                        c.description(), c.brandId(), c.categoryIds(), c.seo(), c.images(), p.attributes())));
            }
            Product product = queries.findBySlug(new Slug(p.slug())).orElseThrow();
            if (product.status() == ProductStatus.DRAFT) {
                // An earlier start created it but stopped before publishing it.
                attempt(() -> products.changeStatus(product.id(), product.version(), ProductStatus.ACTIVE));
            }
            return 0;
        }
        ProductInput input = new ProductInput(p.name(), new Slug(p.slug()), p.description(),
                brand(p.brandSlug()).id(), List.of(category(p.categorySlug()).id()),
                new Seo(p.name() + " | FleetCommerce", p.description()),
                List.of(new ProductImage(IMAGES + p.slug() + ".jpg", p.name(), 0)), p.attributes());
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

    /**
     * 1 when created; 0 when another replica created the same thing between our check and our insert, or when
     * staff changed the catalog so the demo item no longer fits.
     */
    private static int attempt(Runnable create) {
        try {
            create.run();
            return 1;
        } catch (ConflictException anotherReplicaWasFaster) {
            return 0;
        } catch (InvalidParameterException editedByStaff) {
            // e.g. staff changed a demo category's template so the demo values no longer fit: leave it to them
            log.warn("Demo catalog: skipped one item: {}", editedByStaff.getMessage());
            return 0;
        }
    }
}
