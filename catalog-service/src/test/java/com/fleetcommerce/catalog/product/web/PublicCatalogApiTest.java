package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** The storefront's reads: no token needed, ACTIVE products only. */
@CatalogIntegrationTest
class PublicCatalogApiTest {

    @LocalServerPort
    int port;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void onlyActiveProductsAreVisibleWithoutCatalogPermission() {
        UUID category = fixtures.category(unique("Lighting"), null);
        String code = uniqueSku("BULB");
        Response created = fixtures.createProduct(product(unique("Bulb"), null, List.of(category),
                List.of(sku(code, Map.of("watt", "9")))));
        UUID id = UUID.fromString(created.body().path("id").asString());
        String slug = created.body().path("slug").asString();

        for (String token : new String[] {null, CUSTOMER}) {
            Response byId = api.get("/api/v1/products/" + id, token);
            assertThat(byId.status()).isEqualTo(404);
            assertThat(byId.body().path("code").asString()).isEqualTo("not-found");
            assertThat(api.get("/api/v1/products/by-slug/" + slug, token).status()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/products/" + id, READER).body().path("status").asString()).isEqualTo("DRAFT");
        assertThat(listedIds("/api/v1/products?category=" + category, null)).isEmpty();

        assertThat(fixtures.status(id, "ACTIVE", "\"0\"").status()).isEqualTo(200);

        Response byId = api.get("/api/v1/products/" + id, null);
        assertThat(byId.status()).isEqualTo(200);
        // the ETag is the product's version, blind to stock: only staff (who need it for If-Match) get it
        assertThat(byId.headers().getETag()).isNull();
        assertThat(api.get("/api/v1/products/" + id, READER).headers().getETag()).isEqualTo("\"1\"");
        assertThat(byId.body().path("skus").get(0).path("code").asString()).isEqualTo(code);
        assertThat(byId.body().path("skus").get(0).path("options").path("watt").asString()).isEqualTo("9");
        Response bySlug = api.get("/api/v1/products/by-slug/" + slug, null);
        assertThat(bySlug.status()).isEqualTo(200);
        assertThat(bySlug.body().path("id").asString()).isEqualTo(id.toString());
        assertThat(bySlug.body().path("breadcrumbs").get(0).path("id").asString()).isEqualTo(category.toString());
        assertThat(listedIds("/api/v1/products?category=" + category, null)).containsExactly(id);

        assertThat(fixtures.status(id, "ARCHIVED", "\"1\"").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/products/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/products/by-slug/" + slug, CUSTOMER).status()).isEqualTo(404);
        assertThat(listedIds("/api/v1/products?category=" + category, null)).isEmpty();
        assertThat(api.get("/api/v1/products/by-slug/Not_A_Slug", null).status()).isEqualTo(400);
    }

    @Test
    void listingCoversACategorySubtreeFiltersByBrandAndSortsAndPages() {
        UUID root = fixtures.category(unique("Home"), null);
        UUID kitchen = fixtures.category(unique("Kitchen"), root);
        UUID knives = fixtures.category(unique("Knives"), kitchen);
        UUID bath = fixtures.category(unique("Bath"), root);
        UUID elsewhere = fixtures.category(unique("Elsewhere"), null);
        UUID acme = fixtures.brand(unique("Acme"));
        UUID zenith = fixtures.brand(unique("Zenith"));

        UUID chefKnife = fixtures.activeProduct("Chef knife", acme, List.of(knives));
        UUID pan = fixtures.activeProduct("Frying pan", zenith, List.of(kitchen));
        UUID towel = fixtures.activeProduct("Bath towel", acme, List.of(bath));
        UUID outside = fixtures.activeProduct("Apron", acme, List.of(elsewhere));
        Response draft = fixtures.createProduct(product("Bread knife", acme, List.of(knives),
                List.of(sku(uniqueSku("BK"), Map.of()))));
        UUID draftId = UUID.fromString(draft.body().path("id").asString());

        assertThat(listedIds("/api/v1/products?category=" + root, null)).containsExactly(towel, pan, chefKnife);
        assertThat(listedIds("/api/v1/products?category=" + root + "&sort=name", null))
                .containsExactly(towel, chefKnife, pan);
        assertThat(listedIds("/api/v1/products?category=" + kitchen + "&sort=name", null))
                .containsExactly(chefKnife, pan);
        assertThat(listedIds("/api/v1/products?category=" + kitchen + "&brand=" + acme, null))
                .containsExactly(chefKnife);
        assertThat(listedIds("/api/v1/products?category=" + root + "&brand=" + acme + "," + zenith + "&sort=name",
                null)).containsExactly(towel, chefKnife, pan);
        assertThat(listedIds("/api/v1/products?brand=" + zenith, null)).containsExactly(pan);

        Response first = api.get("/api/v1/products?category=" + root + "&sort=name&size=2", null);
        assertThat(first.body().path("totalElements").asLong()).isEqualTo(3);
        assertThat(first.body().path("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(towel, chefKnife);
        Response second = api.get("/api/v1/products?category=" + root + "&sort=name&size=2&page=1", null);
        assertThat(ids(second)).containsExactly(pan);
        var card = first.body().path("items").get(0);
        assertThat(card.path("brand").path("id").asString()).isEqualTo(acme.toString());
        assertThat(card.path("skuCodes").size()).isEqualTo(1);

        // a subtree listing follows the tree: move Bath under Kitchen and the towel is in the kitchen now
        Response moved = api.send(HttpMethod.POST, "/api/v1/categories/" + bath + "/move", EDITOR,
                Map.of("parentId", kitchen.toString()), Map.of("If-Match", "\"0\""));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(listedIds("/api/v1/products?category=" + kitchen + "&sort=name", null))
                .containsExactly(towel, chefKnife, pan);

        // drafts only for catalog staff
        assertThat(api.get("/api/v1/products?category=" + knives + "&status=DRAFT", null).status()).isEqualTo(401);
        Response customer = api.get("/api/v1/products?category=" + knives + "&status=DRAFT", CUSTOMER);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(listedIds("/api/v1/products?category=" + knives + "&status=DRAFT", READER))
                .containsExactly(draftId);
        assertThat(listedIds("/api/v1/products?category=" + knives + "&status=DRAFT,ACTIVE&sort=name", READER))
                .containsExactly(draftId, chefKnife);
        assertThat(outside).isNotNull();
    }

    @Test
    void badListingParametersAre4xxProblems() {
        Response sort = api.get("/api/v1/products?sort=price", null);
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(api.get("/api/v1/products?page=-1", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/products?brand=nope", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/products?status=GONE", READER).status()).isEqualTo(400);
        Response unknownCategory = api.get("/api/v1/products?category=" + UUID.randomUUID(), null);
        assertThat(unknownCategory.status()).isEqualTo(404);
        assertThat(unknownCategory.body().path("resourceType").asString()).isEqualTo("category");
        // an invalid token on a public path is still refused
        assertThat(api.get("/api/v1/products", "not-a-jwt").status()).isEqualTo(401);
    }

    private List<UUID> listedIds(String path, String token) {
        Response response = api.get(path, token);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return ids(response);
    }

    private static List<UUID> ids(Response response) {
        return response.body().path("items").valueStream().map(i -> UUID.fromString(i.path("id").asString()))
                .toList();
    }
}
