package com.fleetcommerce.catalog.category.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CLERK;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@CatalogIntegrationTest
class CategoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void aTreeIsBuiltWithDerivedSlugsAndBreadcrumbsThatAnyoneCanRead() {
        String rootName = unique("Thời trang");
        UUID root = fixtures.category(rootName, null);
        String menName = unique("Men");
        UUID men = fixtures.category(menName, root);
        UUID shirts = fixtures.category("Áo sơ mi Đẹp", men);

        Response read = api.get("/api/v1/categories/" + shirts, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.headers().getETag()).isEqualTo("\"0\"");
        assertThat(read.body().path("slug").asString()).isEqualTo("ao-so-mi-dep");
        assertThat(read.body().path("depth").asInt()).isEqualTo(3);
        assertThat(read.body().path("parentId").asString()).isEqualTo(men.toString());
        assertThat(names(read.body().path("breadcrumbs"))).containsExactly(rootName, menName, "Áo sơ mi Đẹp");

        // the same name again: the derived slug gets a suffix instead of failing
        UUID again = fixtures.category("Áo sơ mi Đẹp", root);
        assertThat(api.get("/api/v1/categories/" + again, null).body().path("slug").asString())
                .isEqualTo("ao-so-mi-dep-2");

        JsonNode tree = node(api.get("/api/v1/categories", null).body(), root);
        assertThat(names(tree.path("children"))).containsExactly("Áo sơ mi Đẹp", menName);
        JsonNode menNode = node(tree.path("children"), men);
        assertThat(names(menNode.path("children"))).containsExactly("Áo sơ mi Đẹp");
    }

    @Test
    void movingACategoryMovesItsWholeSubtreeAndRewritesBreadcrumbs() {
        UUID fashion = fixtures.category(unique("Fashion"), null);
        UUID sale = fixtures.category(unique("Sale"), null);
        UUID shoes = fixtures.category(unique("Shoes"), fashion);
        UUID running = fixtures.category(unique("Running"), shoes);
        UUID trail = fixtures.category(unique("Trail"), running);

        Response moved = move(shoes, sale, "\"0\"");
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(moved.headers().getETag()).isEqualTo("\"1\"");
        assertThat(moved.body().path("parentId").asString()).isEqualTo(sale.toString());

        Response deepest = api.get("/api/v1/categories/" + trail, null);
        assertThat(ids(deepest.body().path("breadcrumbs"))).containsExactly(sale, shoes, running, trail);
        assertThat(deepest.body().path("depth").asInt()).isEqualTo(4);
        // descendants moved too, so their representation (and ETag) changed
        assertThat(deepest.headers().getETag()).isEqualTo("\"1\"");
        assertThat(node(api.get("/api/v1/categories", null).body(), fashion).path("children").size()).isZero();

        Response toTop = move(shoes, null, "\"1\"");
        assertThat(toTop.status()).isEqualTo(200);
        assertThat(toTop.body().path("parentId").isNull()).isTrue();
        assertThat(ids(api.get("/api/v1/categories/" + trail, null).body().path("breadcrumbs")))
                .containsExactly(shoes, running, trail);
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendantsAndNothingChanges() {
        UUID root = fixtures.category(unique("Electronics"), null);
        UUID phones = fixtures.category(unique("Phones"), root);
        UUID android = fixtures.category(unique("Android"), phones);
        String before = paths();

        Response underDescendant = move(phones, android, "\"0\"");
        assertThat(underDescendant.status()).isEqualTo(409);
        assertThat(underDescendant.body().path("code").asString()).isEqualTo("category-move-cycle");

        Response underItself = move(phones, phones, "\"0\"");
        assertThat(underItself.status()).isEqualTo(409);
        assertThat(underItself.body().path("code").asString()).isEqualTo("category-move-cycle");

        Response rootUnderGrandchild = move(root, android, "\"0\"");
        assertThat(rootUnderGrandchild.status()).isEqualTo(409);

        assertThat(paths()).isEqualTo(before);
        assertThat(api.get("/api/v1/categories/" + phones, null).headers().getETag()).isEqualTo("\"0\"");
    }

    @Test
    void theTreeIsAtMostSixLevelsDeepAlsoAfterAMove() {
        List<UUID> levels = new ArrayList<>(List.of(fixtures.category(unique("Deep"), null)));
        for (int depth = 2; depth <= 6; depth++) {
            levels.add(fixtures.category(unique("Level " + depth), levels.getLast()));
        }
        Response seventh = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR,
                Map.of("name", "Level 7", "parentId", levels.getLast().toString()), Map.of());
        assertThat(seventh.status()).isEqualTo(409);
        assertThat(seventh.body().path("code").asString()).isEqualTo("category-too-deep");

        UUID other = fixtures.category(unique("Other"), null);
        UUID otherChild = fixtures.category(unique("Child"), other);
        // under level 5, "other" itself would sit at depth 6, but its child would be at 7
        Response tooDeep = move(other, levels.get(4), "\"0\"");
        assertThat(tooDeep.status()).isEqualTo(409);
        assertThat(tooDeep.body().path("code").asString()).isEqualTo("category-too-deep");
        assertThat(api.get("/api/v1/categories/" + otherChild, null).body().path("depth").asInt()).isEqualTo(2);

        Response fits = move(other, levels.get(3), "\"0\"");
        assertThat(fits.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/categories/" + otherChild, null).body().path("depth").asInt()).isEqualTo(6);
    }

    @Test
    void renamingNeedsTheCurrentETagAndKeepsTheSlug() {
        UUID id = fixtures.category(unique("Kitchen"), null);
        String slug = api.get("/api/v1/categories/" + id, null).body().path("slug").asString();

        Response missing = api.send(HttpMethod.PUT, "/api/v1/categories/" + id, EDITOR, Map.of("name", "Cooking"),
                Map.of());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().path("code").asString()).isEqualTo("precondition-required");

        Response stale = api.send(HttpMethod.PUT, "/api/v1/categories/" + id, EDITOR, Map.of("name", "Cooking"),
                Map.of("If-Match", "\"3\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("currentETag").asString()).isEqualTo("\"0\"");

        Response renamed = api.send(HttpMethod.PUT, "/api/v1/categories/" + id, EDITOR, Map.of("name", "Cooking"),
                Map.of("If-Match", "\"0\""));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.headers().getETag()).isEqualTo("\"1\"");
        assertThat(renamed.body().path("name").asString()).isEqualTo("Cooking");
        assertThat(renamed.body().path("slug").asString()).isEqualTo(slug);

        Response staleMove = move(id, null, "\"0\"");
        assertThat(staleMove.status()).isEqualTo(412);
    }

    @Test
    void writesNeedCatalogWriteAndBadInputChangesNothing() {
        long before = count();
        String name = unique("Garden");
        assertThat(api.send(HttpMethod.POST, "/api/v1/categories", null, Map.of("name", name), Map.of()).status())
                .isEqualTo(401);
        Response denied = api.send(HttpMethod.POST, "/api/v1/categories", CLERK, Map.of("name", name), Map.of());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");

        Response invalid = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR,
                Map.of("name", "", "slug", "Not A Slug"), Map.of());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(invalid.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("name", "slug");

        Map<String, Object> unknownParent = new HashMap<>();
        unknownParent.put("name", name);
        unknownParent.put("parentId", UUID.randomUUID().toString());
        Response orphan = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR, unknownParent, Map.of());
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.body().path("errors").get(0).path("field").asString()).isEqualTo("parentId");

        Response malformed = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR, "{\"name\": ", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("code").asString()).isEqualTo("malformed-request");

        String slug = api.get("/api/v1/categories/" + fixtures.category(unique("Taken"), null), null)
                .body().path("slug").asString();
        Response taken = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR,
                Map.of("name", "Another", "slug", slug), Map.of());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("code").asString()).isEqualTo("category-slug-taken");

        assertThat(count()).isEqualTo(before + 1);
        assertThat(api.get("/api/v1/categories/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    private Response move(UUID id, UUID parentId, String etag) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId == null ? null : parentId.toString());
        return api.send(HttpMethod.POST, "/api/v1/categories/" + id + "/move", EDITOR, body, Map.of("If-Match", etag));
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM category", Long.class);
    }

    private String paths() {
        return String.join(",", jdbc.queryForList("SELECT path || depth || version FROM category ORDER BY id",
                String.class));
    }

    private static List<String> names(JsonNode array) {
        return array.valueStream().map(n -> n.path("name").asString()).toList();
    }

    private static List<UUID> ids(JsonNode array) {
        return array.valueStream().map(n -> UUID.fromString(n.path("id").asString())).toList();
    }

    private static JsonNode node(JsonNode array, UUID id) {
        return array.valueStream().filter(n -> n.path("id").asString().equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + array));
    }
}
