package com.fleetcommerce.pricing.price.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolution order as a table. Each row lists the prices that exist ({@code LIST:LEVEL=amount}, levels SW =
 * SKU+warehouse W1, S = SKU, PW = product+warehouse W1, P = product; optional {@code [minQty:amount,...]} tiers and
 * {@code @from/to} price window), the query (defaults: SKU-1 of product P1, quantity 1, warehouse W1, no customer
 * group, VND, at 2026-03-01) and the expected match ({@code LIST/LEVEL/amount/tierFrom}) or {@code none}.
 *
 * <p>Lists: A (VND, priority 0), AA (VND, 0: loses to A on the code tie-break), B (VND, 5), G (VND, 0, customer
 * group VIP), W (VND, 1, valid [2026-06-01, 2026-09-01)), U (USD, 0), X (VND, 100, inactive), S (VND SALE, 3).
 */
class PriceResolverTest {

    static final Currency VND = Currency.getInstance("VND");
    static final Currency USD = Currency.getInstance("USD");
    static final UUID P1 = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID W1 = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
    static final UUID W2 = UUID.fromString("00000000-0000-7000-8000-0000000000a2");
    static final Instant T1 = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2026-09-01T00:00:00Z");

    static final Map<String, PriceList> LISTS = Map.of(
            "A", list("A", VND, 0, null, Window.ALWAYS, true, PriceListKind.REGULAR),
            "AA", list("AA", VND, 0, null, Window.ALWAYS, true, PriceListKind.REGULAR),
            "B", list("B", VND, 5, null, Window.ALWAYS, true, PriceListKind.REGULAR),
            "G", list("G", VND, 0, "VIP", Window.ALWAYS, true, PriceListKind.REGULAR),
            "W", list("W", VND, 1, null, new Window(T1, T2), true, PriceListKind.REGULAR),
            "U", list("U", USD, 0, null, Window.ALWAYS, true, PriceListKind.REGULAR),
            "X", list("X", VND, 100, null, Window.ALWAYS, false, PriceListKind.REGULAR),
            "S", list("S", VND, 3, null, Window.ALWAYS, true, PriceListKind.SALE));

    static Stream<Arguments> table() {
        List<String> allLevels = List.of("A:SW=400", "A:S=300", "A:PW=200", "A:P=100");
        return Stream.of(
                // specificity: every level present, then each removed in turn
                row("all four levels, warehouse asked -> SKU+warehouse", allLevels, "", "A/SKU_WAREHOUSE/400/1"),
                row("no SKU+warehouse -> SKU", List.of("A:S=300", "A:PW=200", "A:P=100"), "", "A/SKU/300/1"),
                row("only product levels -> product+warehouse", List.of("A:PW=200", "A:P=100"), "",
                        "A/PRODUCT_WAREHOUSE/200/1"),
                row("only product -> product", List.of("A:P=100"), "", "A/PRODUCT/100/1"),
                row("nothing at all -> none", List.of(), "", "none"),
                row("no warehouse asked: warehouse prices do not apply", allLevels, "wh=none", "A/SKU/300/1"),
                row("other warehouse: W1 prices do not apply", allLevels, "wh=W2", "A/SKU/300/1"),
                row("price for W2 only, W1 asked -> none", List.of("A:S@W2=300"), "", "none"),
                row("product price but product unknown -> none", List.of("A:P=100"), "product=none", "none"),
                row("product price of another product -> none", List.of("A:P=100"), "product=other", "none"),
                // priority
                row("higher priority wins even when dearer", List.of("A:S=100", "B:S=120"), "", "B/SKU/120/1"),
                row("specificity beats priority", List.of("B:P=50", "A:S=100"), "", "A/SKU/100/1"),
                row("specificity beats priority (warehouse)", List.of("B:S=50", "A:SW=100"), "",
                        "A/SKU_WAREHOUSE/100/1"),
                row("equal priority and level: code tie-break", List.of("AA:S=90", "A:S=100"), "", "A/SKU/100/1"),
                row("inactive list ignored whatever its priority", List.of("X:S=1", "A:S=100"), "", "A/SKU/100/1"),
                // customer groups
                row("group list applies to its group", List.of("G:S=80", "A:S=100"), "group=VIP", "G/SKU/80/1"),
                row("group list ignored without a group", List.of("G:S=80", "A:S=100"), "", "A/SKU/100/1"),
                row("group list ignored for another group", List.of("G:S=80", "A:S=100"), "group=STAFF",
                        "A/SKU/100/1"),
                row("priority before group", List.of("G:S=80", "B:S=120"), "group=VIP", "B/SKU/120/1"),
                row("only a group list, no group -> none", List.of("G:S=80"), "", "none"),
                // list windows [from, to)
                row("list window: before start", List.of("W:S=70", "A:S=100"), "at=2026-05-31T23:59:59.999Z",
                        "A/SKU/100/1"),
                row("list window: start is inclusive", List.of("W:S=70", "A:S=100"), "at=2026-06-01T00:00:00Z",
                        "W/SKU/70/1"),
                row("list window: last instant inside", List.of("W:S=70", "A:S=100"),
                        "at=2026-08-31T23:59:59.999999999Z", "W/SKU/70/1"),
                row("list window: end is exclusive", List.of("W:S=70", "A:S=100"), "at=2026-09-01T00:00:00Z",
                        "A/SKU/100/1"),
                // price windows [from, to)
                row("price window: start inclusive", List.of("A:S=100@2026-06-01T00:00:00Z/2026-09-01T00:00:00Z"),
                        "at=2026-06-01T00:00:00Z", "A/SKU/100/1"),
                row("price window: end exclusive", List.of("A:S=100@2026-06-01T00:00:00Z/2026-09-01T00:00:00Z"),
                        "at=2026-09-01T00:00:00Z", "none"),
                row("price window: before start", List.of("A:S=100@2026-06-01T00:00:00Z/2026-09-01T00:00:00Z",
                        "A:P=90"), "at=2026-05-31T23:59:59Z", "A/PRODUCT/90/1"),
                row("open-ended price window from", List.of("A:S=100@2026-06-01T00:00:00Z/-"),
                        "at=2030-01-01T00:00:00Z", "A/SKU/100/1"),
                // currencies
                row("currency picks the list", List.of("U:S=5.00", "A:S=100"), "cur=USD", "U/SKU/5.00/1"),
                row("no list in the currency -> none", List.of("U:S=5.00", "A:S=100"), "cur=EUR", "none"),
                row("a VND list never prices USD", List.of("A:S=100"), "cur=USD", "none"),
                // sale lists carry compare-at
                row("sale list with higher priority", List.of("S:S=79/99", "A:S=99"), "", "S/SKU/79/1"),
                // tiers: the largest minQuantity <= quantity
                row("tier: quantity 1 -> base", List.of("A:S=100[10:90,50:80]"), "qty=1", "A/SKU/100/1"),
                row("tier: just below the first", List.of("A:S=100[10:90,50:80]"), "qty=9", "A/SKU/100/1"),
                row("tier: exactly the first", List.of("A:S=100[10:90,50:80]"), "qty=10", "A/SKU/90/10"),
                row("tier: between", List.of("A:S=100[10:90,50:80]"), "qty=49", "A/SKU/90/10"),
                row("tier: exactly the second", List.of("A:S=100[10:90,50:80]"), "qty=50", "A/SKU/80/50"),
                row("tier: far above", List.of("A:S=100[50:80,10:90]"), "qty=100000", "A/SKU/80/50"),
                row("tier never overrides specificity", List.of("A:S=100", "A:P=10[2:5]"), "qty=5", "A/SKU/100/1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void resolvesByTheDocumentedOrder(String name, List<String> prices, String query, String expected) {
        Optional<ResolvedPrice> resolved = PriceResolver.resolve(query(query), candidates(prices));
        String actual = resolved.map(p -> p.priceListCode() + "/" + p.level() + "/" + p.unitAmount().toPlainString()
                + "/" + p.tierMinQuantity()).orElse("none");
        assertThat(actual).as(name).isEqualTo(expected);
        // the answer is the same whatever order the candidates come in
        List<PriceCandidate> reversed = new ArrayList<>(candidates(prices));
        java.util.Collections.reverse(reversed);
        assertThat(PriceResolver.resolve(query(query), reversed)).isEqualTo(resolved);
    }

    @org.junit.jupiter.api.Test
    void explainsTheMatchAndCarriesTheCompareAtPrice() {
        ResolvedPrice price = PriceResolver.resolve(query("at=2026-07-01T00:00:00Z"),
                candidates(List.of("S:S=79/99", "W:S=85"))).orElseThrow();
        assertThat(price.compareAt()).isEqualByComparingTo("99");
        assertThat(price.window()).isEqualTo(Window.ALWAYS);
        assertThat(price.explanation()).isEqualTo("list S (priority 3), level SKU, tier from 1, valid [-, -)");

        ResolvedPrice windowed = PriceResolver.resolve(query("at=2026-07-01T00:00:00Z"),
                candidates(List.of("W:S=85@2026-07-01T00:00:00Z/-"))).orElseThrow();
        assertThat(windowed.window()).isEqualTo(new Window(Instant.parse("2026-07-01T00:00:00Z"), T2));
        assertThat(windowed.explanation())
                .isEqualTo("list W (priority 1), level SKU, tier from 1, valid [2026-07-01T00:00:00Z, 2026-09-01T00:00:00Z)");
    }

    static final UUID BRAND = UUID.fromString("00000000-0000-7000-8000-0000000000b1");
    static final UUID CAT1 = UUID.fromString("00000000-0000-7000-8000-0000000000c1");
    static final UUID CAT2 = UUID.fromString("00000000-0000-7000-8000-0000000000c2");
    /** What the catalog told about P1: brand BRAND, categories CAT1 and CAT2. */
    static final ProductFacts P1_FACTS = new ProductFacts(P1, BRAND, List.of(CAT1, CAT2));

    /**
     * Price rules on top of the base resolution. Rules: {@code CODE:LIST:%pct|-amount:target[@from/to][:off]} with
     * target {@code brand}, {@code otherbrand}, {@code cat2}, {@code product}, {@code otherproduct}; the product's
     * facts are {@link #P1_FACTS} (unless {@code facts=none}). Expected {@code LIST/amount/compareAt/rule} with
     * {@code -} for none.
     */
    static Stream<Arguments> rulesTable() {
        String window = "@2026-06-01T00:00:00Z/2026-09-01T00:00:00Z";
        return Stream.of(
                rule("no rules: the base price", List.of("A:S=200000"), List.of(), "", "A/200000/-/-"),
                rule("percentage on the brand", List.of("A:S=200000"), List.of("R10:A:%10:brand"), "",
                        "A/180000/200000/R10"),
                rule("fixed on a category", List.of("A:S=200000"), List.of("F15:A:-15000:cat2"), "",
                        "A/185000/200000/F15"),
                rule("explicit product list", List.of("A:S=200000"), List.of("PX:A:%50:product"), "",
                        "A/100000/200000/PX"),
                rule("another brand: no rule", List.of("A:S=200000"), List.of("R10:A:%10:otherbrand"), "",
                        "A/200000/-/-"),
                rule("another product: no rule", List.of("A:S=200000"), List.of("R10:A:%10:otherproduct"), "",
                        "A/200000/-/-"),
                rule("brand unknown (no catalog facts yet): no brand rule", List.of("A:S=200000"),
                        List.of("R10:A:%10:brand"), "facts=none", "A/200000/-/-"),
                rule("product id rules need only the product", List.of("A:S=200000"),
                        List.of("PX:A:%50:product"), "facts=none", "A/100000/200000/PX"),
                rule("rule of another base list: not applied", List.of("A:S=200000", "B:P=250000"),
                        List.of("RB:B:%10:brand"), "", "A/200000/-/-"),
                rule("rule of the matched list only", List.of("A:P=200000", "B:S=250000"),
                        List.of("RA:A:%10:brand", "RB:B:-1000:brand"), "", "B/249000/250000/RB"),
                rule("inactive rule ignored", List.of("A:S=200000"), List.of("R10:A:%10:brand:off"), "",
                        "A/200000/-/-"),
                // window [from, to)
                rule("window: before start", List.of("A:S=200000"), List.of("R10:A:%10:brand" + window),
                        "at=2026-05-31T23:59:59.999999999Z", "A/200000/-/-"),
                rule("window: start inclusive", List.of("A:S=200000"), List.of("R10:A:%10:brand" + window),
                        "at=2026-06-01T00:00:00Z", "A/180000/200000/R10"),
                rule("window: last instant inside", List.of("A:S=200000"), List.of("R10:A:%10:brand" + window),
                        "at=2026-08-31T23:59:59.999999999Z", "A/180000/200000/R10"),
                rule("window: end exclusive", List.of("A:S=200000"), List.of("R10:A:%10:brand" + window),
                        "at=2026-09-01T00:00:00Z", "A/200000/-/-"),
                // several apply: the biggest discount, then the code
                rule("biggest discount wins", List.of("A:S=200000"),
                        List.of("R10:A:%10:brand", "F30:A:-30000:cat2", "PX:A:%5:product"), "",
                        "A/170000/200000/F30"),
                rule("equal result: code tie-break", List.of("A:S=200000"),
                        List.of("RB:A:-20000:cat2", "RA:A:%10:brand"), "", "A/180000/200000/RA"),
                // amounts
                rule("never below zero", List.of("A:S=200000"), List.of("BIG:A:-500000:brand"), "",
                        "A/0/200000/BIG"),
                rule("100 percent is free", List.of("A:S=200000"), List.of("ALL:A:%100:brand"), "",
                        "A/0/200000/ALL"),
                rule("VND rounds half-up to whole dong", List.of("A:S=15"), List.of("R10:A:%10:brand"), "",
                        "A/14/15/R10"),
                rule("VND rounds down below half", List.of("A:S=99999"), List.of("R10:A:%10:brand"), "",
                        "A/89999/99999/R10"),
                rule("USD rounds half-up to cents", List.of("U:S=10.05"), List.of("H:U:%50:brand"), "cur=USD",
                        "U/5.03/10.05/H"),
                rule("USD fractional percentage", List.of("U:S=19.99"), List.of("Q:U:%12.5:brand"), "cur=USD",
                        "U/17.49/19.99/Q"),
                rule("sale keeps its own compare-at", List.of("S:S=79/99"), List.of("R10:S:%10:brand"), "",
                        "S/71/99/R10"),
                // the compare-at is the price before the rule at this quantity: the tier's
                rule("a tier, then the rule", List.of("A:S=100[10:90]"), List.of("R10:A:%10:brand"), "qty=10",
                        "A/81/90/R10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesTable")
    void rulesAdjustTheResolvedPrice(String name, List<String> prices, List<String> rules, String query,
                                     String expected) {
        PriceQuery q = query(query.replace("facts=none", ""));
        ProductFacts facts = query.contains("facts=none") ? ProductFacts.only(P1) : P1_FACTS;
        Optional<ResolvedPrice> resolved = PriceResolver.resolve(q, candidates(prices), rules(rules), facts);
        String actual = resolved.map(p -> p.priceListCode() + "/" + p.unitAmount().toPlainString() + "/"
                + (p.compareAt() == null ? "-" : p.compareAt().toPlainString()) + "/"
                + (p.rule() == null ? "-" : p.rule().code())).orElse("none");
        assertThat(actual).as(name).isEqualTo(expected);
        List<PriceRule> reversed = new ArrayList<>(rules(rules));
        java.util.Collections.reverse(reversed);
        assertThat(PriceResolver.resolve(q, candidates(prices), reversed, facts)).isEqualTo(resolved);
    }

    @org.junit.jupiter.api.Test
    void theExplanationNamesTheRule() {
        ResolvedPrice price = PriceResolver.resolve(query(""), candidates(List.of("A:S=200000")),
                rules(List.of("R10:A:%10:brand@2026-01-01T00:00:00Z/2026-04-01T00:00:00Z")), P1_FACTS).orElseThrow();
        assertThat(price.explanation()).isEqualTo("list A (priority 0), level SKU, tier from 1, rule R10 (PERCENTAGE"
                + " 10 off 200000), valid [2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z)");
        assertThat(price.rule().baseAmount()).isEqualByComparingTo("200000");
    }

    static Arguments rule(String name, List<String> prices, List<String> rules, String query, String expected) {
        return Arguments.of(name, prices, rules, query, expected);
    }

    static List<PriceRule> rules(List<String> specs) {
        List<PriceRule> rules = new ArrayList<>();
        for (String spec : specs) {
            Window window = Window.ALWAYS;
            int at = spec.indexOf('@');
            boolean off = spec.endsWith(":off");
            String main = off ? spec.substring(0, spec.length() - 4) : spec;
            if (at >= 0) {
                String[] bounds = main.substring(at + 1).split("/");
                window = Window.of(instant(bounds[0]), instant(bounds[1]));
                main = main.substring(0, at);
            }
            String[] parts = main.split(":");
            PriceList list = LISTS.get(parts[1]);
            boolean percent = parts[2].startsWith("%");
            RuleTarget target = switch (parts[3]) {
                case "brand" -> new RuleTarget(RuleTargetKind.BRANDS, java.util.Set.of(BRAND));
                case "otherbrand" -> new RuleTarget(RuleTargetKind.BRANDS, java.util.Set.of(UUID.randomUUID()));
                case "cat2" -> new RuleTarget(RuleTargetKind.CATEGORIES, java.util.Set.of(CAT2, UUID.randomUUID()));
                case "product" -> new RuleTarget(RuleTargetKind.PRODUCTS, java.util.Set.of(UUID.randomUUID(), P1));
                default -> new RuleTarget(RuleTargetKind.PRODUCTS, java.util.Set.of(UUID.randomUUID()));
            };
            rules.add(PriceRule.of(UUID.nameUUIDFromBytes(parts[0].getBytes()), parts[0], null, list,
                    percent ? AdjustmentKind.PERCENTAGE : AdjustmentKind.FIXED,
                    new BigDecimal(parts[2].substring(1)), target, window, !off, 0));
        }
        return rules;
    }

    static Arguments row(String name, List<String> prices, String query, String expected) {
        return Arguments.of(name, prices, query, expected);
    }

    static PriceList list(String code, Currency currency, int priority, String group, Window window, boolean active,
                          PriceListKind kind) {
        return new PriceList(UUID.nameUUIDFromBytes(code.getBytes()), code, code, currency, priority, group, window,
                true, kind, active, 0);
    }

    /** {@code LIST:LEVEL[@W2]=amount[/compareAt][[min:amount,...]][@from/to]}. */
    static List<PriceCandidate> candidates(List<String> specs) {
        List<PriceCandidate> candidates = new ArrayList<>();
        for (String spec : specs) {
            String[] listAndRest = spec.split(":", 2);
            PriceList list = LISTS.get(listAndRest[0]);
            String rest = listAndRest[1];
            String levelPart = rest.substring(0, rest.indexOf('='));
            String valuePart = rest.substring(rest.indexOf('=') + 1);
            UUID warehouse = levelPart.endsWith("@W2") ? W2 : levelPart.endsWith("W") ? W1 : null;
            String level = levelPart.replace("@W2", "");
            PriceTarget target = level.startsWith("S") ? PriceTarget.sku("SKU-1", warehouse)
                    : PriceTarget.product(P1, warehouse);
            Window window = Window.ALWAYS;
            int at = valuePart.indexOf('@');
            if (at >= 0) {
                String[] bounds = valuePart.substring(at + 1).split("/");
                window = Window.of(instant(bounds[0]), instant(bounds[1]));
                valuePart = valuePart.substring(0, at);
            }
            List<Tier> tiers = new ArrayList<>();
            int bracket = valuePart.indexOf('[');
            if (bracket >= 0) {
                for (String tier : valuePart.substring(bracket + 1, valuePart.length() - 1).split(",")) {
                    String[] parts = tier.split(":");
                    tiers.add(new Tier(Long.parseLong(parts[0]), new BigDecimal(parts[1])));
                }
                valuePart = valuePart.substring(0, bracket);
            }
            String[] amounts = valuePart.split("/");
            BigDecimal compareAt = amounts.length > 1 ? new BigDecimal(amounts[1]) : null;
            candidates.add(new PriceCandidate(list, Price.of(UUID.randomUUID(), list, target,
                    new BigDecimal(amounts[0]), compareAt, tiers, window, null)));
        }
        return candidates;
    }

    static PriceQuery query(String spec) {
        Map<String, String> q = new HashMap<>();
        for (String part : spec.split(" ")) {
            if (!part.isBlank()) {
                String[] kv = part.split("=", 2);
                q.put(kv[0], kv[1]);
            }
        }
        UUID warehouse = switch (q.getOrDefault("wh", "W1")) {
            case "none" -> null;
            case "W2" -> W2;
            default -> W1;
        };
        UUID product = switch (q.getOrDefault("product", "P1")) {
            case "none" -> null;
            case "other" -> UUID.randomUUID();
            default -> P1;
        };
        return new PriceQuery("SKU-1", product, Long.parseLong(q.getOrDefault("qty", "1")), warehouse,
                q.get("group"), Currency.getInstance(q.getOrDefault("cur", "VND")),
                Instant.parse(q.getOrDefault("at", "2026-03-01T00:00:00Z")));
    }

    private static Instant instant(String text) {
        return text.equals("-") ? null : Instant.parse(text);
    }
}
