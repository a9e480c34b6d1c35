package com.fleetcommerce.catalog.productimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;

/** Import rows for the tests: products named and coded by a per-test prefix, with SKUs, an image and a value. */
final class ImportBodies {

    private ImportBodies() {
    }

    /**
     * {@code count} rows {@code <slugPrefix>-<n>} with {@code skusEach} SKUs {@code <codePrefix>-<n>-<k>}; every
     * tenth row stays DRAFT, the rest are ACTIVE; {@code attributes} (code -> value) go on every row.
     */
    static List<Map<String, Object>> rows(String slugPrefix, String codePrefix, int count, int skusEach,
                                          UUID brand, UUID category, Map<String, Object> attributes) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<Map<String, Object>> skus = new ArrayList<>();
            for (int k = 0; k < skusEach; k++) {
                Map<String, Object> sku = CatalogFixtures.sku(codePrefix + "-" + n + "-" + k,
                        Map.of("size", "S" + k));
                sku.put("weightGrams", 100 + k);
                skus.add(sku);
            }
            Map<String, Object> row = CatalogFixtures.product("Imported " + slugPrefix + " " + n, brand,
                    category == null ? List.of() : List.of(category), skus);
            row.put("slug", slugPrefix + "-" + n);
            row.put("images", List.of(Map.of("url", "https://img.example/" + slugPrefix + "/" + n + ".jpg",
                    "alt", "front", "position", 0)));
            row.put("seo", Map.of("title", "Imported " + n));
            row.put("attributes", new LinkedHashMap<>(attributes));
            row.put("status", n % 10 == 9 ? "DRAFT" : "ACTIVE");
            rows.add(row);
        }
        return rows;
    }

    static Map<String, Object> request(List<Map<String, Object>> rows) {
        return Map.of("products", rows);
    }

    /** A slug prefix unique across runs on the shared database. */
    static String slugPrefix(String word) {
        return word + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
